import { describe, expect, it } from 'vitest'
import { writeEpicJson } from './epic-json.writer.js'
import type { JsonValue } from './epic-format.types.js'

describe('writeEpicJson', () => {
  it('matches JSON.stringify with 2 spaces when no free-form keys are involved', () => {
    const value: JsonValue = { b: [1, 'two', { c: null }], a: {}, d: [], e: true, f: -0, g: 1e21, h: 'é\n"' }
    expect(writeEpicJson(value)).toBe(JSON.stringify(value, null, 2))
  })

  it('sorts keys by code unit under extra, integer-like keys included', () => {
    const value = JSON.parse('{"z": 1, "extra": {"b": 1, "10": 2, "9": 3, "a": {"y": 1, "x": 2}}}') as JsonValue
    expect(writeEpicJson(value)).toBe(
      '{\n  "z": 1,\n  "extra": {\n    "10": 2,\n    "9": 3,\n    "a": {\n      "x": 2,\n      "y": 1\n    },\n    "b": 1\n  }\n}',
    )
  })

  it('writes a "__proto__" key as data when it is an own property', () => {
    const value = JSON.parse('{"extra": {"__proto__": {"polluted": true}}}') as JsonValue
    expect(writeEpicJson(value)).toContain('"__proto__": {')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
