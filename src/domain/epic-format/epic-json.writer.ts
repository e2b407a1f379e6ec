import type { JsonValue } from './epic-format.types.js'

/** Keys whose values are free-form: their object keys are written sorted. */
const FREE_FORM_KEYS = new Set(['extra', 'documentExtra'])

/**
 * JSON text with 2-space indentation (the same layout as JSON.stringify(value, null, 2)) and a
 * deterministic key order: objects we build are written in their insertion order (our field
 * order), and everything under an `extra`/`documentExtra` key is written with keys sorted by
 * UTF-16 code unit. A custom writer instead of JSON.stringify because engines put integer-like
 * keys ("10", "9") first in numeric order, which a plain sort cannot control.
 *
 * Not RFC 8785 (that is `../canonical-json.ts`): epic files are read by people, so they keep their
 * indentation and our field order, and their checksums are taken over exactly this text.
 */
export function writeEpicJson(value: JsonValue): string {
  return write(value, '', false)
}

function write(value: JsonValue, indent: string, sorted: boolean): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify gives the shortest round-tripping number text and standard string escapes.
    return JSON.stringify(value)
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return '[]'
    }
    const items = value.map((item) => `${inner}${write(item, inner, sorted)}`)
    return `[\n${items.join(',\n')}\n${indent}]`
  }
  const keys = sorted ? Object.keys(value).sort() : Object.keys(value)
  if (keys.length === 0) {
    return '{}'
  }
  const members = keys.map((key) => {
    const member = value[key] ?? null
    return `${inner}${JSON.stringify(key)}: ${write(member, inner, sorted || FREE_FORM_KEYS.has(key))}`
  })
  return `{\n${members.join(',\n')}\n${indent}}`
}
