/** Closed vocabularies of the timer; the store's CHECK constraints use the same lists. */
export const SESSION_KINDS = ['focus', 'short_break', 'long_break'] as const
export type SessionKind = (typeof SESSION_KINDS)[number]
export type BreakKind = Exclude<SessionKind, 'focus'>

/** Pomodoro counts down a planned length; flowtime runs open-ended until stopped. */
export const SESSION_MODES = ['pomodoro', 'flowtime'] as const
export type SessionMode = (typeof SESSION_MODES)[number]

export const SESSION_STATES = ['running', 'paused', 'completed', 'abandoned'] as const
export type SessionState = (typeof SESSION_STATES)[number]
export type OpenState = Extract<SessionState, 'running' | 'paused'>
export type FinishOutcome = Extract<SessionState, 'completed' | 'abandoned'>

/**
 * The timing part of a work session, with instants as epoch milliseconds. `pausedSeconds` sums
 * the pauses that have already ended; an ongoing pause is `pausedAtMs` until resume or finish.
 */
export interface TimerSnapshot {
  readonly kind: SessionKind
  readonly mode: SessionMode
  readonly state: SessionState
  readonly startedAtMs: number
  readonly endedAtMs: number | null
  readonly pausedAtMs: number | null
  readonly pausedSeconds: number
  /** Planned length for pomodoro sessions and breaks; null for flowtime. */
  readonly plannedMinutes: number | null
}

/** Longest planned session accepted (the reference's max_work_session_minutes). */
export const MAX_PLANNED_MINUTES = 480

export function isOpenState(state: SessionState): state is OpenState {
  return state === 'running' || state === 'paused'
}
