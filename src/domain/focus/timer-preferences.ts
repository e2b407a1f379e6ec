import { ValidationError, type ValidationIssue } from '../errors.js'
import type { BreakKind, SessionKind } from './focus-session.types.js'

/** A user's pomodoro rhythm. */
export interface TimerPreferences {
  focusMinutes: number
  shortBreakMinutes: number
  longBreakMinutes: number
  /** A long break replaces the short one after this many completed focus sessions. */
  longBreakEvery: number
}

/** The reference's FOCUS_SESSION_DURATION / SHORT_BREAK / LONG_BREAK / SESSIONS_UNTIL_LONG_BREAK. */
export const DEFAULT_TIMER_PREFERENCES: Readonly<TimerPreferences> = Object.freeze({
  focusMinutes: 25,
  shortBreakMinutes: 5,
  longBreakMinutes: 15,
  longBreakEvery: 4,
})

/** Inclusive bounds of each preference. */
export const TIMER_PREFERENCE_LIMITS: Readonly<Record<keyof TimerPreferences, readonly [number, number]>> = Object.freeze({
  focusMinutes: [1, 480] as const,
  shortBreakMinutes: [1, 120] as const,
  longBreakMinutes: [1, 120] as const,
  longBreakEvery: [1, 12] as const,
})

const KEYS = Object.keys(DEFAULT_TIMER_PREFERENCES) as (keyof TimerPreferences)[]

function isValidPreference(key: keyof TimerPreferences, value: unknown): value is number {
  const [min, max] = TIMER_PREFERENCE_LIMITS[key]
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

/**
 * The effective preferences from whatever is stored: a missing or invalid stored value falls
 * back to its default, so a hand-edited setting can never stop the timer from starting.
 */
export function resolveTimerPreferences(stored: Readonly<Partial<Record<keyof TimerPreferences, unknown>>>): TimerPreferences {
  const resolved = { ...DEFAULT_TIMER_PREFERENCES }
  for (const key of KEYS) {
    const value = stored[key]
    if (isValidPreference(key, value)) {
      resolved[key] = value
    }
  }
  return resolved
}

/** @throws ValidationError naming every out-of-range field of `patch`. */
export function validateTimerPreferences(patch: Readonly<Partial<TimerPreferences>>): void {
  const issues: ValidationIssue[] = []
  for (const key of KEYS) {
    const value = patch[key]
    if (value !== undefined && !isValidPreference(key, value)) {
      const [min, max] = TIMER_PREFERENCE_LIMITS[key]
      issues.push({ pointer: `/${key}`, message: `an integer from ${min} to ${max}` })
    }
  }
  if (issues.length > 0) {
    throw new ValidationError('invalid timer preferences', issues)
  }
}

/** Planned minutes of a new pomodoro session or break of `kind`. */
export function plannedMinutesFor(kind: SessionKind, preferences: TimerPreferences): number {
  switch (kind) {
    case 'focus':
      return preferences.focusMinutes
    case 'short_break':
      return preferences.shortBreakMinutes
    case 'long_break':
      return preferences.longBreakMinutes
  }
}

/**
 * Which break comes next: long once `longBreakEvery` focus sessions have been completed since the
 * last long break (the reference's `cycles % N == 0`, counted from the last long break so a missed
 * long break is not skipped), short otherwise.
 */
export function nextBreakKind(focusSessionsSinceLongBreak: number, longBreakEvery: number): BreakKind {
  return focusSessionsSinceLongBreak >= Math.max(1, longBreakEvery) ? 'long_break' : 'short_break'
}

/**
 * Flowtime has no fixed rhythm: the break is a fifth of the focus just done (50 min → 10),
 * at least 1 minute and at most the long-break length.
 */
export function flowtimeBreakMinutes(focusMinutes: number, preferences: TimerPreferences): number {
  return Math.min(preferences.longBreakMinutes, Math.max(1, Math.round(focusMinutes / 5)))
}
