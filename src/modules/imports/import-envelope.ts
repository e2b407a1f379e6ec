import type { JsonObject, JsonValue, NormalizedEpic, NormalizedTask } from '../../domain/epic-format/index.js'

/**
 * The epics table has no columns for some things an epic file carries: the document's top-level
 * extras, per-task extras, branch and test plan, and numbers the columns cannot hold as written
 * (left out, or fractional story points). They ride along in `epics.extra` under one reserved key, next to
 * the epic's own unknown fields, so an export rebuilds the file exactly.
 */
export const IMPORT_ENVELOPE_KEY = 'duration:import'

/** Store defaults for numbers a file may leave out (the columns' DEFAULTs). */
export const STORE_DEFAULTS = { priority: 1, estimateMinutes: 60, storyPoints: 1 } as const

/**
 * A number the column cannot hold as written — null (left out of the file) or a fraction of a
 * story point in an integer column — and what was stored instead. An export writes `file` back
 * while the column still holds `stored`; once someone changes the column, the column wins.
 */
export interface StandIn {
  stored: number
  file: number | null
}

/** A column value for a file number, and the stand-in record when they differ. */
export function standInFor(file: number | null, fallback: number): { stored: number; standIn: StandIn | null } {
  const stored = file === null ? fallback : Math.round(file)
  return { stored, standIn: stored === file ? null : { stored, file } }
}

/** The number to export: the file's while the column is untouched, else the column's. */
export function exportedNumber(column: number, standIn: StandIn | undefined): number | null {
  return standIn !== undefined && standIn.stored === column ? standIn.file : column
}

/** What the file said about one task beyond the task columns. */
export interface TaskEnvelope {
  key: string
  extra?: JsonObject
  branch?: string
  testPlan?: string[]
  standIns?: { estimateMinutes?: StandIn; storyPoints?: StandIn }
}

export interface ImportEnvelope {
  document?: JsonObject
  standIns?: { priority?: StandIn }
  /** An array, not an object keyed by task key: keys are arbitrary text ("__proto__" included). */
  tasks?: TaskEnvelope[]
}

function taskEnvelope(task: NormalizedTask): TaskEnvelope | null {
  const entry: TaskEnvelope = { key: task.key }
  if (Object.keys(task.extra).length > 0) {
    entry.extra = task.extra
  }
  if (task.branch !== null) {
    entry.branch = task.branch
  }
  if (task.testPlan.length > 0) {
    entry.testPlan = [...task.testPlan]
  }
  const estimate = standInFor(task.estimateMinutes, STORE_DEFAULTS.estimateMinutes).standIn
  const points = standInFor(task.storyPoints, STORE_DEFAULTS.storyPoints).standIn
  if (estimate !== null || points !== null) {
    entry.standIns = { ...(estimate === null ? {} : { estimateMinutes: estimate }), ...(points === null ? {} : { storyPoints: points }) }
  }
  return Object.keys(entry).length > 1 ? entry : null
}

/** The `epics.extra` value for an imported epic: its unknown fields plus the envelope (when needed). */
export function buildEpicExtra(epic: NormalizedEpic): JsonObject {
  const envelope: ImportEnvelope = {}
  if (Object.keys(epic.documentExtra).length > 0) {
    envelope.document = epic.documentExtra
  }
  const priority = standInFor(epic.priority, STORE_DEFAULTS.priority).standIn
  if (priority !== null) {
    envelope.standIns = { priority }
  }
  const tasks = epic.tasks.map(taskEnvelope).filter((entry): entry is TaskEnvelope => entry !== null)
  if (tasks.length > 0) {
    envelope.tasks = tasks
  }
  const extra: JsonObject = { ...epic.extra }
  if (Object.keys(envelope).length > 0) {
    extra[IMPORT_ENVELOPE_KEY] = envelope as unknown as JsonValue
  }
  return extra
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function readStandIn(raw: unknown): StandIn | undefined {
  if (!isObject(raw) || typeof raw.stored !== 'number' || !(typeof raw.file === 'number' || raw.file === null)) {
    return undefined
  }
  return { stored: raw.stored, file: raw.file }
}

function readTaskEnvelope(raw: unknown): TaskEnvelope | null {
  if (!isObject(raw) || typeof raw.key !== 'string') {
    return null
  }
  const entry: TaskEnvelope = { key: raw.key }
  if (isObject(raw.extra)) {
    entry.extra = raw.extra as JsonObject
  }
  if (typeof raw.branch === 'string') {
    entry.branch = raw.branch
  }
  if (Array.isArray(raw.testPlan)) {
    entry.testPlan = raw.testPlan.filter((item): item is string => typeof item === 'string')
  }
  if (isObject(raw.standIns)) {
    const estimateMinutes = readStandIn(raw.standIns.estimateMinutes)
    const storyPoints = readStandIn(raw.standIns.storyPoints)
    entry.standIns = {
      ...(estimateMinutes === undefined ? {} : { estimateMinutes }),
      ...(storyPoints === undefined ? {} : { storyPoints }),
    }
  }
  return entry
}

/**
 * Splits a stored `epics.extra` into the epic's unknown fields and the envelope. Tolerant: the
 * column is also editable through the API, so anything malformed is ignored rather than fatal.
 */
export function readEpicExtra(stored: unknown): { fields: JsonObject; envelope: ImportEnvelope; tasks: Map<string, TaskEnvelope> } {
  const envelope: ImportEnvelope = {}
  const tasks = new Map<string, TaskEnvelope>()
  if (!isObject(stored)) {
    return { fields: {}, envelope, tasks }
  }
  // fromEntries defines own properties, so a stored "__proto__" key stays data, never a prototype.
  const fields = Object.fromEntries(Object.entries(stored).filter(([name]) => name !== IMPORT_ENVELOPE_KEY)) as JsonObject
  const raw = stored[IMPORT_ENVELOPE_KEY]
  if (!isObject(raw)) {
    return { fields, envelope, tasks }
  }
  if (isObject(raw.document)) {
    envelope.document = raw.document as JsonObject
  }
  const priority = isObject(raw.standIns) ? readStandIn(raw.standIns.priority) : undefined
  if (priority !== undefined) {
    envelope.standIns = { priority }
  }
  for (const item of Array.isArray(raw.tasks) ? raw.tasks : []) {
    const entry = readTaskEnvelope(item)
    if (entry !== null) {
      tasks.set(entry.key, entry)
    }
  }
  return { fields, envelope, tasks }
}
