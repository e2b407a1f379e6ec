import { addCalendarDays, type LocalDate } from '../calendar/index.js'

/** One point per five focused minutes, as the reference's sidebar counted them. */
export const MINUTES_PER_FOCUS_POINT = 5

/** A day counts for the focus streak once this many completed focus minutes were logged (reference: ≥ 15). */
export const FOCUS_STREAK_DAY_MINUTES = 15

/**
 * Points a completed focus session earns: ⌊minutes / 5⌋, at least 1 for any session of a minute
 * or more, 0 for a session that rounds to no time at all.
 */
export function focusSessionPoints(actualMinutes: number): number {
  if (!Number.isFinite(actualMinutes) || actualMinutes < 1) {
    return 0
  }
  return Math.max(1, Math.floor(actualMinutes / MINUTES_PER_FOCUS_POINT))
}

/** A stored streak row's counters (see domain/gamification for how a day advances it). */
export interface StreakState {
  currentCount: number
  bestCount: number
  lastActivityDate: LocalDate | null
}

/**
 * The streak as of `today`: a stored streak whose last active day is before yesterday has lapsed,
 * so it reads as 0 (today still has until midnight to extend yesterday's streak).
 */
export function currentStreak(state: Readonly<StreakState>, today: LocalDate): number {
  if (state.lastActivityDate === null) {
    return 0
  }
  const alive = state.lastActivityDate === today || addCalendarDays(state.lastActivityDate, 1) === today
  return alive ? state.currentCount : 0
}
