import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tryParseDuration } from '../duration/index.js'
import { DEPENDENCY_TYPES, DURATION_MODES, EPIC_STATUSES, TASK_STATUSES, TDD_PHASES } from '../planning/index.js'
import type { JsonObject, NormalizedEpic, NormalizedTask } from './epic-format.types.js'
import { parseEpicJson } from './epic.parse.js'
import { serializeEpic } from './epic.serialize.js'

const nonBlank = (maxLength: number) => fc.string({ minLength: 1, maxLength }).filter((text) => text.trim() !== '')
const text = fc.string({ maxLength: 30 })
const texts = fc.array(text, { maxLength: 3 })
const nullableText = fc.option(text, { nil: null })
/** Whatever JSON.parse(JSON.stringify(x)) gives back, so -0 and friends are already settled. */
const extra: fc.Arbitrary<JsonObject> = fc
  .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 })
  .map((value) => JSON.parse(JSON.stringify(value)) as JsonObject)
const date = fc.integer({ min: 0, max: 20_000 }).map((day) => new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10))

const task: fc.Arbitrary<NormalizedTask> = fc.record({
  key: nonBlank(50),
  title: nonBlank(60),
  description: text,
  tddPhase: fc.constantFrom(...TDD_PHASES, null),
  tddSkipReason: nullableText,
  status: fc.constantFrom(...TASK_STATUSES),
  estimateMinutes: fc.option(fc.nat(10_000), { nil: null }),
  actualMinutes: fc.nat(10_000),
  storyPoints: fc.option(fc.nat(40).map((halves) => halves / 2), { nil: null }),
  position: fc.integer({ min: 1, max: 500 }),
  acceptanceCriteria: texts,
  testSpecs: texts,
  deliverables: texts,
  filesTouched: texts,
  labels: texts,
  testPlan: texts,
  branch: nullableText,
  risk: nullableText,
  mitigation: nullableText,
  dependencies: fc.uniqueArray(fc.record({ key: nonBlank(20), type: fc.constantFrom(...DEPENDENCY_TYPES) }), {
    selector: (dependency) => dependency.key,
    maxLength: 3,
  }),
  extra,
})

const epic: fc.Arbitrary<NormalizedEpic> = fc
  .record({
    key: nonBlank(50).filter((key) => !key.includes('/')),
    name: nonBlank(80),
    summary: text,
    description: text,
    durationText: fc.option(fc.oneof(fc.constantFrom('1 dia', '1.5 dias', '2 semanas', '3 meses', '[X dias]'), text), { nil: null }),
    durationMode: fc.constantFrom(...DURATION_MODES),
    status: fc.constantFrom(...EPIC_STATUSES),
    priority: fc.option(fc.nat(10), { nil: null }),
    goals: texts,
    definitionOfDone: texts,
    labels: texts,
    plannedStart: fc.option(date, { nil: null }),
    plannedSpan: fc.nat(60),
    hasEnd: fc.boolean(),
    extra,
    documentExtra: extra,
    tasks: fc.uniqueArray(task, { selector: (item) => item.key, maxLength: 5 }),
  })
  .map(({ plannedSpan, hasEnd, ...rest }) => {
    const parsed = rest.durationText === null ? null : tryParseDuration(rest.durationText)
    const plannedEnd =
      hasEnd && rest.plannedStart !== null
        ? new Date(Date.parse(rest.plannedStart) + plannedSpan * 86_400_000).toISOString().slice(0, 10)
        : null
    return { ...rest, plannedEnd, durationDays: parsed?.ok === true ? parsed.value.days : null }
  })

describe('serializeEpic round trip', () => {
  it('reads back the same epic and writes the same bytes when given any epic', () => {
    fc.assert(
      fc.property(epic, (original) => {
        const first = serializeEpic(original)
        const parsed = parseEpicJson(first)
        expect(parsed.dialect).toBe('duration-epic')
        expect(parsed.epic).toEqual(original)
        expect(serializeEpic(parsed.epic)).toBe(first)
        expect(first.endsWith('}\n')).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})
