import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseEpicJson, serializeEpic, type JsonObject, type NormalizedEpic, type NormalizedTask } from '../../domain/epic-format/index.js'
import { DEPENDENCY_TYPES, DURATION_MODES, EPIC_STATUSES, TASK_STATUSES, TDD_PHASES } from '../../domain/planning/index.js'
import type { Epic } from '../epics/epics.schema.js'
import type { Task, TaskDependency } from '../tasks/tasks.schema.js'
import { IMPORT_ENVELOPE_KEY, readEpicExtra } from './import-envelope.js'
import { changedFields, epicPlanFields, taskPlanFields, toNormalizedEpic } from './imports.mapping.js'

const text = fc.string({ maxLength: 12 })
const texts = fc.array(text, { maxLength: 2 })
const nullableText = fc.option(text, { nil: null })
const key = fc.string({ minLength: 1, maxLength: 8 }).filter((value) => value.trim() !== '')
const extra: fc.Arbitrary<JsonObject> = fc
  .dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', '10', '9'), fc.string({ maxLength: 6 })), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
  .map((value) => JSON.parse(JSON.stringify(value)) as JsonObject)

const task = (taskKey: string, position: number, keys: readonly string[]): fc.Arbitrary<NormalizedTask> => fc.record({
  key: fc.constant(taskKey),
  title: key,
  description: text,
  tddPhase: fc.constantFrom(...TDD_PHASES, null),
  tddSkipReason: nullableText,
  status: fc.constantFrom(...TASK_STATUSES),
  estimateMinutes: fc.option(fc.nat(1000), { nil: null }),
  actualMinutes: fc.nat(1000),
  storyPoints: fc.option(fc.nat(20).map((halves) => halves / 2), { nil: null }),
  position: fc.constant(position),
  acceptanceCriteria: texts,
  testSpecs: texts,
  deliverables: texts,
  filesTouched: texts,
  labels: texts,
  testPlan: texts,
  branch: nullableText,
  risk: nullableText,
  mitigation: nullableText,
  dependencies: fc.uniqueArray(fc.record({ key: fc.oneof(fc.constantFrom(...keys), key), type: fc.constantFrom(...DEPENDENCY_TYPES) }), {
    selector: (dependency) => dependency.key, maxLength: 3,
  }).map((list) => list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))),
  extra,
})

const epic: fc.Arbitrary<NormalizedEpic> = fc.uniqueArray(key, { maxLength: 4 }).chain((keys) => fc.record({
  key: key.filter((value) => !value.includes('/')),
  name: key,
  summary: text,
  description: text,
  durationText: fc.constantFrom(null, '1 dia', '2 semanas'),
  durationDays: fc.constant(null),
  durationMode: fc.constantFrom(...DURATION_MODES),
  status: fc.constantFrom(...EPIC_STATUSES),
  priority: fc.option(fc.nat(10), { nil: null }),
  goals: texts,
  definitionOfDone: texts,
  labels: texts,
  plannedStart: fc.constantFrom(null, '2025-09-01'),
  plannedEnd: fc.constantFrom(null, '2025-09-30'),
  extra,
  documentExtra: extra,
  tasks: fc.tuple(...keys.map((taskKey, index) => task(taskKey, index + 1, keys))),
}))

/** What the store hands back: every value through JSON, as the JSON columns and drivers do. */
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
const meta = (id: string) => ({ id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1, deletedAt: null })

function storeRows(file: NormalizedEpic): { epic: Epic; tasks: Task[]; dependencies: TaskDependency[] } {
  const epicRow = stored({
    ...meta('e'), ...epicPlanFields(file, 'sum'), epicKey: file.key, status: file.status, projectId: null, difficulty: 'medium',
    actualStart: null, actualEnd: null, pointsValue: 10, createdBy: null, assignedTo: null,
  }) as Epic
  const tasks = file.tasks.map((item, index) => stored({
    ...meta(`t${index}`), ...taskPlanFields(item), epicId: 'e', taskKey: item.key, status: item.status, actualMinutes: item.actualMinutes,
    difficultyModifier: null, priority: null, assignedTo: null, pointsEarned: 0, startedAt: null, completedAt: null,
  }) as Task)
  const dependencies = file.tasks.flatMap((item, index) => item.dependencies.map((dependency, at) => ({
    ...meta(`d${index}.${at}`), taskId: `t${index}`, dependsOnKey: dependency.key, dependsOnTaskId: null, dependencyType: dependency.type,
  })))
  return { epic: epicRow, tasks: [...tasks].reverse(), dependencies: [...dependencies].reverse() }
}

describe('import mapping', () => {
  it('rebuilds the file byte for byte from the rows an import writes', () => {
    fc.assert(fc.property(epic, (file) => {
      const rows = storeRows(file)
      expect(serializeEpic(toNormalizedEpic(rows.epic, rows.tasks, rows.dependencies))).toBe(serializeEpic(file))
    }), { numRuns: 150 })
  })

  it('stores defaults and whole story points, and exports the column once someone changed it', () => {
    const file = parseEpicJson(JSON.stringify({
      format: 'duration-epic', version: 1,
      epic: { key: 'E', name: 'E', priority: null, tasks: [{ key: 'T', title: 'T', estimateMinutes: null, storyPoints: 0.5 }] },
    })).epic
    const rows = storeRows(file)
    expect(rows.epic.priority).toBe(1)
    expect(rows.tasks[0]).toMatchObject({ estimateMinutes: 60, storyPoints: 1 })
    const untouched = toNormalizedEpic(rows.epic, rows.tasks, [])
    expect([untouched.priority, untouched.tasks[0]?.estimateMinutes, untouched.tasks[0]?.storyPoints]).toEqual([null, null, 0.5])
    const edited = toNormalizedEpic({ ...rows.epic, priority: 3 }, [{ ...rows.tasks[0]!, estimateMinutes: 45, storyPoints: 2 }], [])
    expect([edited.priority, edited.tasks[0]?.estimateMinutes, edited.tasks[0]?.storyPoints]).toEqual([3, 45, 2])
  })

  it('reads a damaged or hand-edited extra column without failing', () => {
    expect(readEpicExtra('text').fields).toEqual({})
    const read = readEpicExtra({ a: 1, [IMPORT_ENVELOPE_KEY]: { tasks: [null, { key: 7 }, { key: 'T', branch: 5, testPlan: ['x', 2] }], standIns: 'no' } })
    expect(read.fields).toEqual({ a: 1 })
    expect([...read.tasks.values()]).toEqual([{ key: 'T', testPlan: ['x'] }])
    expect(read.envelope).toEqual({})
  })

  it('reports only the fields that differ, ignoring object key order but not list order', () => {
    const current = { name: 'a', extra: { x: 1, y: { p: 1, q: 2 } }, labels: ['a', 'b'], summary: null }
    expect(changedFields(current, { name: 'a', extra: { y: { q: 2, p: 1 }, x: 1 }, labels: ['a', 'b'], summary: null })).toEqual({})
    expect(changedFields(current, { name: 'b', extra: { x: 1 }, labels: ['b', 'a'], summary: '' }))
      .toEqual({ name: 'b', extra: { x: 1 }, labels: ['b', 'a'], summary: '' })
  })
})
