import {
  normalizeDependencyType,
  normalizeTaskStatus,
  normalizeTddPhase,
  type DependencyType,
  type TaskStatus,
  type TddPhase,
} from '../planning/index.js'
import type { DialectRules } from './epic-dialects.js'
import type { NormalizedDependency, NormalizedTask } from './epic-format.types.js'
import { describeType, isJsonObject, pointerOf, readString, readStringList, type IssueSink } from './json-reader.js'
import { createFieldReader, createRecordCursor, type TakenField } from './record-cursor.js'

/** Store limit for task_key and epic_key (VARCHAR(50)). */
export const MAX_KEY_LENGTH = 50
export const MAX_TITLE_LENGTH = 255

function readPhase({ value, pointer }: TakenField, rules: DialectRules, sink: IssueSink): TddPhase | null {
  if (value === undefined || value === null) {
    return null
  }
  if (rules.tolerant && value === '') {
    sink.warnings.push({ pointer, message: 'empty tdd_phase read as "not a TDD task"' })
    return null
  }
  const phase = typeof value === 'string' ? normalizeTddPhase(value) : null
  if (phase === null || (!rules.tolerant && phase !== value)) {
    sink.errors.push({ pointer, message: `expected one of analysis, red, green, refactor, review, got ${JSON.stringify(value)}` })
  }
  return phase
}

function readStatus({ value, pointer }: TakenField, rules: DialectRules, sink: IssueSink): TaskStatus {
  if (value === undefined || (rules.tolerant && value === null)) {
    return 'pending'
  }
  const status = typeof value === 'string' ? normalizeTaskStatus(value) : null
  if (status === null || (!rules.tolerant && status !== value)) {
    sink.errors.push({ pointer, message: `expected one of pending, in_progress, blocked, completed, cancelled, got ${JSON.stringify(value)}` })
  }
  return status ?? 'pending'
}

/** Reads the reference's alternative shape {red_phase: [...], green_phase: [...], …} as one list. */
function readTestSpecs({ value, pointer }: TakenField, rules: DialectRules, sink: IssueSink): string[] {
  if (!rules.tolerant || !isJsonObject(value)) {
    return readStringList(value, pointer, sink)
  }
  const preferred = ['red_phase', 'green_phase', 'refactor_phase']
  const names = [...preferred.filter((name) => Object.hasOwn(value, name)), ...Object.keys(value).filter((name) => !preferred.includes(name)).sort()]
  sink.warnings.push({ pointer, message: `test_specs object flattened into one list (${names.join(', ')})` })
  return names.flatMap((name) => {
    const item = value[name]
    return typeof item === 'string' ? [item] : readStringList(item, pointerOf(pointer, name), sink)
  })
}

function readDependency(item: unknown, pointer: string, rules: DialectRules, sink: IssueSink): NormalizedDependency | null {
  if (rules.tolerant && typeof item === 'string') {
    const key = item.trim()
    if (key === '') {
      sink.errors.push({ pointer, message: 'dependency key must not be empty' })
      return null
    }
    return { key, type: 'blocking' }
  }
  if (!isJsonObject(item)) {
    sink.errors.push({ pointer, message: `expected ${rules.tolerant ? 'a task key or ' : ''}{ key, type }, got ${describeType(item)}` })
    return null
  }
  const cursor = createRecordCursor(item, pointer)
  const keyNames = rules.tolerant ? ['key', 'task_key', 'depends_on_task_key', 'id'] : ['key']
  const typeNames = rules.tolerant ? ['type', 'dependency_type'] : ['type']
  const keyField = cursor.take(keyNames)
  const key = readString(keyField.value, keyField.pointer, sink, { required: true, acceptNumber: rules.tolerant })
  const typeField = cursor.take(typeNames)
  let type: DependencyType | null = 'blocking'
  if (typeField.value !== undefined) {
    type = typeof typeField.value === 'string' ? normalizeDependencyType(typeField.value) : null
    if (type === null || (!rules.tolerant && type !== typeField.value)) {
      sink.errors.push({ pointer: typeField.pointer, message: 'expected blocking, related or optional' })
    }
  }
  if (!rules.tolerant) {
    for (const name of cursor.restNames()) {
      sink.errors.push({ pointer: pointerOf(pointer, name), message: 'unknown field' })
    }
  }
  return key === null || type === null ? null : { key, type }
}

function readDependencies({ value, pointer }: TakenField, rules: DialectRules, sink: IssueSink): NormalizedDependency[] {
  if (value === undefined || value === null) {
    return []
  }
  if (!Array.isArray(value)) {
    sink.errors.push({ pointer, message: `expected a list, got ${describeType(value)}` })
    return []
  }
  const seen = new Set<string>()
  const dependencies: NormalizedDependency[] = []
  value.forEach((item: unknown, index) => {
    const itemPointer = pointerOf(pointer, index)
    const dependency = readDependency(item, itemPointer, rules, sink)
    if (dependency === null) {
      return
    }
    // The store keeps one row per (task, depends_on_task_key); a repeat would be lost there anyway.
    if (seen.has(dependency.key)) {
      sink.warnings.push({ pointer: itemPointer, message: `duplicate dependency "${dependency.key}" ignored` })
      return
    }
    seen.add(dependency.key)
    dependencies.push(dependency)
  })
  return dependencies
}

/** Reads one task; problems go to `sink` with pointers under `pointer`. */
export function readTask(raw: unknown, pointer: string, index: number, rules: DialectRules, sink: IssueSink): NormalizedTask | null {
  if (!isJsonObject(raw)) {
    sink.errors.push({ pointer, message: `expected a task object, got ${describeType(raw)}` })
    return null
  }
  const cursor = createRecordCursor(raw, pointer)
  const read = createFieldReader(cursor, sink)
  const f = rules.taskFields
  const whole = { integer: true, acceptNumericString: rules.tolerant }
  const task: NormalizedTask = {
    key: read.text(f.key, { required: true, maxLength: MAX_KEY_LENGTH, acceptNumber: rules.tolerant }) ?? '',
    title: read.text(f.title, { required: true, maxLength: MAX_TITLE_LENGTH }) ?? '',
    description: read.text(f.description) ?? '',
    tddPhase: readPhase(cursor.take(f.tddPhase), rules, sink),
    tddSkipReason: read.text(f.tddSkipReason),
    status: readStatus(cursor.take(f.status), rules, sink),
    estimateMinutes: read.number(f.estimateMinutes, whole),
    actualMinutes: read.number(f.actualMinutes, whole) ?? 0,
    storyPoints: read.number(f.storyPoints, { acceptNumericString: rules.tolerant }),
    position: read.number(f.position, { ...whole, min: 1 }) ?? index + 1,
    acceptanceCriteria: read.list(f.acceptanceCriteria),
    testSpecs: readTestSpecs(cursor.take(f.testSpecs), rules, sink),
    deliverables: read.list(f.deliverables),
    filesTouched: read.list(f.filesTouched),
    labels: read.list(f.labels),
    testPlan: read.list(f.testPlan),
    branch: read.text(f.branch),
    risk: read.text(f.risk),
    mitigation: read.text(f.mitigation),
    dependencies: readDependencies(cursor.take(f.dependencies), rules, sink),
    extra: {},
  }
  task.extra = readExtra(cursor, pointer, rules, sink)
  return task
}

/** Tolerant: unread fields become extra. Strict: only an `extra` object is allowed. */
export function readExtra(
  cursor: ReturnType<typeof createRecordCursor>,
  pointer: string,
  rules: DialectRules,
  sink: IssueSink,
): NormalizedTask['extra'] {
  if (rules.tolerant) {
    return cursor.rest(sink)
  }
  const field = cursor.take(['extra'])
  for (const name of cursor.restNames()) {
    sink.errors.push({ pointer: pointerOf(pointer, name), message: 'unknown field (custom data belongs under "extra")' })
  }
  if (field.value === undefined) {
    return {}
  }
  if (!isJsonObject(field.value)) {
    sink.errors.push({ pointer: field.pointer, message: `expected an object, got ${describeType(field.value)}` })
    return {}
  }
  return createRecordCursor(field.value, field.pointer).rest(sink)
}
