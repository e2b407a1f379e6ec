import { ConflictError, ValidationError } from '../errors.js'
import {
  MAX_PLANNED_MINUTES, isOpenState, type FinishOutcome, type SessionKind, type SessionMode, type TimerSnapshot,
} from './focus-session.types.js'

/**
 * Whole seconds of an instant. Every duration is a difference of whole seconds, so the elapsed
 * time is exactly constant during a pause and continuous across a resume (no rounding wobble).
 */
function secondOf(epochMs: number): number {
  return Math.floor(epochMs / 1000)
}

function requireInstant(epochMs: number, pointer: string): void {
  if (!Number.isFinite(epochMs)) {
    throw new ValidationError('an instant must be a finite epoch-millisecond value', [{ pointer, message: 'not a finite number' }])
  }
}

export interface StartInput {
  kind: SessionKind
  mode: SessionMode
  /** Required for pomodoro sessions and breaks; must be null for flowtime. */
  plannedMinutes: number | null
  at: number
}

/**
 * A new running session. Breaks always count down (pomodoro mode); flowtime is for focus only.
 * @throws ValidationError for a missing or out-of-range planned length or a flowtime break.
 */
export function startTimer({ kind, mode, plannedMinutes, at }: StartInput): TimerSnapshot {
  requireInstant(at, '/at')
  if (mode === 'flowtime') {
    if (kind !== 'focus') {
      throw new ValidationError('breaks have a planned length; flowtime is for focus sessions', [{ pointer: '/mode', message: 'flowtime is focus-only' }])
    }
    if (plannedMinutes !== null) {
      throw new ValidationError('a flowtime session is open-ended', [{ pointer: '/plannedMinutes', message: 'must be absent for flowtime' }])
    }
  } else if (plannedMinutes === null || !Number.isInteger(plannedMinutes) || plannedMinutes < 1 || plannedMinutes > MAX_PLANNED_MINUTES) {
    throw new ValidationError(`a pomodoro session needs a planned length of 1–${MAX_PLANNED_MINUTES} minutes`, [
      { pointer: '/plannedMinutes', message: `an integer from 1 to ${MAX_PLANNED_MINUTES}` },
    ])
  }
  return { kind, mode, state: 'running', startedAtMs: at, endedAtMs: null, pausedAtMs: null, pausedSeconds: 0, plannedMinutes }
}

/** Pauses a running session. @throws ConflictError when it is not running. */
export function pauseTimer(session: TimerSnapshot, at: number): TimerSnapshot {
  requireInstant(at, '/at')
  if (session.state !== 'running') {
    throw new ConflictError(`the timer is ${session.state}, not running`)
  }
  return { ...session, state: 'paused', pausedAtMs: Math.max(at, session.startedAtMs) }
}

/** Closes an ongoing pause: its whole seconds join `pausedSeconds` (never a negative amount). */
function closePause(session: TimerSnapshot, at: number): TimerSnapshot {
  if (session.pausedAtMs === null) {
    return session
  }
  const pause = Math.max(0, secondOf(at) - secondOf(session.pausedAtMs))
  return { ...session, pausedAtMs: null, pausedSeconds: session.pausedSeconds + pause }
}

/** Resumes a paused session; the pause is excluded from elapsed time. @throws ConflictError when not paused. */
export function resumeTimer(session: TimerSnapshot, at: number): TimerSnapshot {
  requireInstant(at, '/at')
  if (session.state !== 'paused') {
    throw new ConflictError(`the timer is ${session.state}, not paused`)
  }
  return { ...closePause(session, at), state: 'running' }
}

/**
 * Ends an open session as completed or abandoned; an ongoing pause ends with it.
 * @throws ConflictError when the session has already ended.
 */
export function finishTimer(session: TimerSnapshot, at: number, outcome: FinishOutcome): TimerSnapshot {
  requireInstant(at, '/at')
  if (!isOpenState(session.state)) {
    throw new ConflictError(`the session is already ${session.state}`)
  }
  const endedAtMs = Math.max(at, session.startedAtMs)
  return { ...closePause(session, endedAtMs), state: outcome, endedAtMs }
}

/**
 * Seconds of work so far: from start to now (or to the pause, or to the end), minus ended pauses.
 * Never negative, even if the clock stepped backwards.
 */
export function elapsedSeconds(session: TimerSnapshot, now: number): number {
  const until = session.endedAtMs ?? session.pausedAtMs ?? now
  return Math.max(0, secondOf(until) - secondOf(session.startedAtMs) - session.pausedSeconds)
}

/** Seconds left of the planned length (0 once it is over), or null for open-ended flowtime. */
export function remainingSeconds(session: TimerSnapshot, now: number): number | null {
  if (session.plannedMinutes === null) {
    return null
  }
  return Math.max(0, session.plannedMinutes * 60 - elapsedSeconds(session, now))
}

/** Elapsed time in whole minutes, rounded half up (90 s → 2, 89 s → 1), as the task ledger records it. */
export function actualMinutesOf(session: TimerSnapshot, now: number): number {
  return Math.round(elapsedSeconds(session, now) / 60)
}
