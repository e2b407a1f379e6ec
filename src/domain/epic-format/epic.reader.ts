import { tryParseDuration } from '../duration/index.js'
import { isDurationMode, normalizeEpicStatus, type DurationMode, type EpicStatus } from '../planning/index.js'
import type { DialectRules } from './epic-dialects.js'
import type { NormalizedEpic, NormalizedTask } from './epic-format.types.js'
import { describeType, isJsonObject, pointerOf, type IssueSink } from './json-reader.js'
import { createFieldReader, createRecordCursor, type TakenField } from './record-cursor.js'
import { MAX_KEY_LENGTH, MAX_TITLE_LENGTH, readExtra, readTask } from './task.reader.js'

function readEpicStatus({ value, pointer }: TakenField, rules: DialectRules, sink: IssueSink): EpicStatus {
  if (value === undefined || (rules.tolerant && value === null)) {
    return 'pending'
  }
  const status = typeof value === 'string' ? normalizeEpicStatus(value) : null
  if (status === null || (!rules.tolerant && status !== value)) {
    sink.errors.push({ pointer, message: `unknown epic status ${JSON.stringify(value)}` })
  }
  return status ?? 'pending'
}

function readDurationMode({ value, pointer }: TakenField, sink: IssueSink): DurationMode {
  if (value === undefined || value === null) {
    return 'calendar'
  }
  if (!isDurationMode(value)) {
    sink.errors.push({ pointer, message: 'expected "calendar" or "business"' })
    return 'calendar'
  }
  return value
}

/**
 * Days from the duration text. Templates carry placeholders like "[X dias]": those import with
 * null days and a warning rather than failing the whole file.
 */
function durationDaysOf(text: string | null, pointer: string, sink: IssueSink): number | null {
  if (text === null) {
    return null
  }
  const parsed = tryParseDuration(text)
  if (!parsed.ok) {
    sink.warnings.push({ pointer, message: `duration "${text}" is not understood; durationDays left empty` })
    return null
  }
  return parsed.value.days
}

/** Reports every repeated task key at its pointer, naming where it was first seen. */
function checkDuplicateKeys(
  tasks: readonly (NormalizedTask | null)[],
  keyPointerOf: (index: number) => string,
  sink: IssueSink,
): void {
  const firstIndex = new Map<string, number>()
  tasks.forEach((task, index) => {
    if (task === null || task.key === '') {
      return
    }
    const first = firstIndex.get(task.key)
    if (first === undefined) {
      firstIndex.set(task.key, index)
      return
    }
    sink.errors.push({
      pointer: keyPointerOf(index),
      message: `duplicate task key "${task.key}" (also at ${keyPointerOf(first)})`,
    })
  })
}

/**
 * Reads an epic object at `pointer`. `outerTasks` is the legacy variant with tasks next to the
 * epic instead of inside it; giving both is an error (which list would be right?).
 */
export function readEpic(
  raw: unknown,
  pointer: string,
  rules: DialectRules,
  sink: IssueSink,
  outerTasks?: { value: unknown; pointer: string },
): NormalizedEpic | null {
  if (!isJsonObject(raw)) {
    sink.errors.push({ pointer, message: `expected an epic object, got ${describeType(raw)}` })
    return null
  }
  const cursor = createRecordCursor(raw, pointer)
  const read = createFieldReader(cursor, sink)
  const f = rules.epicFields
  const key = read.text(f.key, { required: true, maxLength: MAX_KEY_LENGTH, acceptNumber: rules.tolerant })
  if (key?.includes('/') === true) {
    sink.errors.push({ pointer: cursor.take(f.key).pointer, message: 'must not contain "/" (it separates epic and task in qualified keys)' })
  }
  const durationText = read.text(f.durationText)
  const epic: NormalizedEpic = {
    key: key ?? '',
    name: read.text(f.name, { required: true, maxLength: MAX_TITLE_LENGTH }) ?? '',
    summary: read.text(f.summary) ?? '',
    description: read.text(f.description) ?? '',
    durationText,
    durationDays: durationDaysOf(durationText, cursor.take(f.durationText).pointer, sink),
    durationMode: readDurationMode(cursor.take(f.durationMode), sink),
    status: readEpicStatus(cursor.take(f.status), rules, sink),
    priority: read.number(f.priority, { integer: true, acceptNumericString: rules.tolerant }),
    goals: read.list(f.goals),
    definitionOfDone: read.list(f.definitionOfDone),
    labels: read.list(f.labels),
    plannedStart: read.date(f.plannedStart),
    plannedEnd: read.date(f.plannedEnd),
    extra: {},
    documentExtra: {},
    tasks: [],
  }
  if (epic.plannedStart !== null && epic.plannedEnd !== null && epic.plannedStart > epic.plannedEnd) {
    sink.errors.push({ pointer: cursor.take(f.plannedEnd).pointer, message: 'planned end is before planned start' })
  }
  const inner = cursor.take(f.tasks)
  if (inner.value !== undefined && outerTasks?.value !== undefined) {
    sink.errors.push({ pointer: outerTasks.pointer, message: `tasks given twice (also at ${inner.pointer})` })
  }
  const tasksField = inner.value === undefined && outerTasks !== undefined ? outerTasks : inner
  epic.tasks = readTasks(tasksField, rules, sink)
  epic.extra = readExtra(cursor, pointer, rules, sink)
  return epic
}

function readTasks({ value, pointer }: TakenField, rules: DialectRules, sink: IssueSink): NormalizedTask[] {
  if (value === undefined || value === null) {
    return []
  }
  if (!Array.isArray(value)) {
    sink.errors.push({ pointer, message: `expected a list of tasks, got ${describeType(value)}` })
    return []
  }
  const tasks = value.map((item: unknown, index) => readTask(item, pointerOf(pointer, index), index, rules, sink))
  const keyPointerOf = (index: number): string => {
    const item: unknown = value[index]
    const names = rules.taskFields.key
    const name = isJsonObject(item) ? names.find((candidate) => Object.hasOwn(item, candidate)) : undefined
    return pointerOf(pointerOf(pointer, index), name ?? names[0] ?? 'key')
  }
  checkDuplicateKeys(tasks, keyPointerOf, sink)
  return tasks.filter((task): task is NormalizedTask => task !== null)
}
