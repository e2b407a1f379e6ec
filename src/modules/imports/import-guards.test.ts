import { describe, expect, it } from 'vitest'
import { parseEpicDocument } from '../../domain/epic-format/index.js'
import { ValidationError } from '../../domain/errors.js'
import { assertFitsStore } from './import-guards.js'

function pointersOf(document: unknown): string[] {
  try {
    assertFitsStore(document, parseEpicDocument(document))
    return []
  } catch (error) {
    return error instanceof ValidationError ? error.issues.map((issue) => issue.pointer) : ['unexpected']
  }
}

describe('assertFitsStore', () => {
  it('accepts ordinary files', () => {
    expect(pointersOf({ format: 'duration-epic', version: 1, epic: { key: 'E', name: 'E', tasks: [{ key: 'T', title: 'T', estimateMinutes: 90 }] } })).toEqual([])
  })

  it('points at the reserved envelope key in each dialect and shape', () => {
    expect(pointersOf({ format: 'duration-epic', version: 1, epic: { key: 'E', name: 'E', extra: { 'duration:import': 1 }, tasks: [] } }))
      .toEqual(['/epic/extra/duration:import'])
    expect(pointersOf({ epic: { id: 'E', name: 'E', 'duration:import': 1, tasks: [] } })).toEqual(['/epic/duration:import'])
    expect(pointersOf({ id: 'E', name: 'E', 'duration:import': 1, tasks: [] })).toEqual(['/duration:import'])
  })

  it('points at tasks whose numbers exceed the integer columns, wherever the list lives', () => {
    expect(pointersOf({ format: 'duration-epic', version: 1, epic: { key: 'E', name: 'E', tasks: [{ key: 'T', title: 'T' }, { key: 'U', title: 'U', estimateMinutes: 3e9 }] } }))
      .toEqual(['/epic/tasks/1'])
    expect(pointersOf({ epic: { id: 'E', name: 'E', priority: 3e9 }, tasks: [{ id: 'T', title: 'T', story_points: 2.2e9 }] }))
      .toEqual(['/epic', '/tasks/0'])
  })
})
