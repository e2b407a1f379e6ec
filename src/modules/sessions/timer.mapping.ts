import { toIsoTimestamp } from '../../domain/clock.js'
import { elapsedSeconds, remainingSeconds, type TimerSnapshot } from '../../domain/focus/index.js'
import type { Task } from '../tasks/tasks.schema.js'
import type { WorkSession, WorkSessionPatch } from './sessions.schema.js'
import type { TimerView } from './timer.schema.js'

const msOf = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso))

/** The timing part of a stored session, as the domain state machine takes it. */
export function toSnapshot(session: WorkSession): TimerSnapshot {
  return {
    kind: session.kind,
    mode: session.mode,
    state: session.state,
    startedAtMs: Date.parse(session.startedAt),
    endedAtMs: msOf(session.endedAt),
    pausedAtMs: msOf(session.pausedAt),
    pausedSeconds: session.pausedSeconds,
    plannedMinutes: session.plannedMinutes,
  }
}

const isoOf = (ms: number | null): string | null => (ms === null ? null : toIsoTimestamp(ms))

/** The columns a state-machine transition changes. */
export function snapshotPatch(snapshot: TimerSnapshot): WorkSessionPatch {
  return {
    state: snapshot.state,
    endedAt: isoOf(snapshot.endedAtMs),
    pausedAt: isoOf(snapshot.pausedAtMs),
    pausedSeconds: snapshot.pausedSeconds,
  }
}

/** What GET /timer answers: the session (or none) with seconds computed from the server clock. */
export function buildTimerView(session: WorkSession | null, task: Task | undefined, now: number): TimerView {
  if (session === null) {
    return { now: toIsoTimestamp(now), session: null, task: null, elapsedSeconds: 0, remainingSeconds: null, expired: false }
  }
  const snapshot = toSnapshot(session)
  const remaining = remainingSeconds(snapshot, now)
  return {
    now: toIsoTimestamp(now),
    session,
    task: task ? { id: task.id, taskKey: task.taskKey, title: task.title, actualMinutes: task.actualMinutes } : null,
    elapsedSeconds: elapsedSeconds(snapshot, now),
    remainingSeconds: remaining,
    expired: remaining === 0 && (session.state === 'running' || session.state === 'paused'),
  }
}
