import { toIsoTimestamp } from '../../domain/clock.js'
import { ValidationError, type ValidationIssue } from '../../domain/errors.js'
import { SESSION_EDITABLE_FIELDS, type SessionEdit, type WorkSession, type WorkSessionPatch } from './sessions.schema.js'

export interface FieldChange {
  field: string
  oldValue: unknown
  newValue: unknown
}

/** What one PATCH does: the columns to write, the change records, and task-minute corrections. */
export interface SessionEditPlan {
  patch: WorkSessionPatch
  changes: FieldChange[]
  /** Minutes to add (negative: remove) per task, so task time keeps matching its focus sessions. */
  taskMinutes: { taskId: string; delta: number }[]
  /** Minutes before and after, for a completed focus session whose minutes changed (points follow). */
  minutes: { before: number; after: number } | null
}

const secondOf = (iso: string): number => Math.floor(Date.parse(iso) / 1000)

function check(current: WorkSession, next: WorkSession, edit: SessionEdit, now: number): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const finished = current.state === 'completed' || current.state === 'abandoned'
  for (const field of ['endedAt', 'actualMinutes'] as const) {
    if (edit[field] !== undefined && !finished) {
      issues.push({ pointer: `/body/${field}`, message: 'can be edited once the session has ended' })
    }
  }
  if (current.kind === 'focus' && edit.taskId === null) {
    issues.push({ pointer: '/body/taskId', message: 'a focus session belongs to a task' })
  }
  if (current.kind !== 'focus' && edit.taskId !== undefined && edit.taskId !== null) {
    issues.push({ pointer: '/body/taskId', message: 'breaks never count as task time' })
  }
  if (edit.plannedMinutes !== undefined && (current.mode === 'flowtime') !== (edit.plannedMinutes === null)) {
    issues.push({ pointer: '/body/plannedMinutes', message: current.mode === 'flowtime' ? 'a flowtime session has no planned length' : 'a pomodoro session needs a planned length' })
  }
  if (Date.parse(next.startedAt) > now) {
    issues.push({ pointer: '/body/startedAt', message: 'must not be in the future' })
  }
  if (next.endedAt !== null && Date.parse(next.endedAt) < Date.parse(next.startedAt)) {
    issues.push({ pointer: '/body/endedAt', message: 'must not be before startedAt' })
  }
  return issues
}

/**
 * Plans an edit of a session without touching storage. Moving the start or end of a finished
 * session recomputes its minutes (span minus pauses) unless the edit sets them explicitly.
 * @throws ValidationError naming every field that cannot take the new value.
 */
export function planSessionEdit(current: WorkSession, input: SessionEdit, now: number): SessionEditPlan {
  // Stored timestamps are canonical UTC ISO text (ranges compare them as strings); '…+02:00' is not.
  const edit: SessionEdit = { ...input }
  for (const field of ['startedAt', 'endedAt'] as const) {
    const value = edit[field]
    if (value !== undefined) {
      edit[field] = toIsoTimestamp(Date.parse(value))
    }
  }
  const next: WorkSession = { ...current }
  for (const field of SESSION_EDITABLE_FIELDS) {
    if (edit[field] !== undefined) {
      Object.assign(next, { [field]: edit[field] })
    }
  }
  const issues = check(current, next, edit, now)
  if (issues.length > 0) {
    throw new ValidationError('this session cannot be changed that way', issues)
  }
  const moved = next.startedAt !== current.startedAt || next.endedAt !== current.endedAt
  if (moved && edit.actualMinutes === undefined && next.endedAt !== null) {
    next.actualMinutes = Math.max(0, Math.round((secondOf(next.endedAt) - secondOf(next.startedAt) - next.pausedSeconds) / 60))
  }
  const patch: WorkSessionPatch = {}
  const changes: FieldChange[] = []
  for (const field of SESSION_EDITABLE_FIELDS) {
    if (next[field] !== current[field]) {
      Object.assign(patch, { [field]: next[field] })
      changes.push({ field, oldValue: current[field], newValue: next[field] })
    }
  }
  return { patch, changes, ...taskCorrections(current, next) }
}

function taskCorrections(current: WorkSession, next: WorkSession): Pick<SessionEditPlan, 'taskMinutes' | 'minutes'> {
  if (current.kind !== 'focus' || current.state !== 'completed') {
    return { taskMinutes: [], minutes: null }
  }
  const before = current.actualMinutes ?? 0
  const after = next.actualMinutes ?? 0
  const taskMinutes: { taskId: string; delta: number }[] = []
  if (current.taskId === next.taskId) {
    if (current.taskId !== null && after !== before) {
      taskMinutes.push({ taskId: current.taskId, delta: after - before })
    }
  } else {
    if (current.taskId !== null && before > 0) {
      taskMinutes.push({ taskId: current.taskId, delta: -before })
    }
    if (next.taskId !== null && after > 0) {
      taskMinutes.push({ taskId: next.taskId, delta: after })
    }
  }
  return { taskMinutes, minutes: after === before ? null : { before, after } }
}
