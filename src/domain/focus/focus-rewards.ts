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

export interface StreakState {
  currentCount: number
  bestCount: number
  lastActivityDate: LocalDate | null
}

/**
 * The streak after activity on `today`: unchanged when today already counted, +1 when the last
 * active day was yesterday, otherwise a new streak of 1. Best is never lower than current (the
 * reference's trigger left best NULL for a new row and reset it to 0 in its first version).
 */
export function advanceStreak(state: Readonly<StreakState>, today: LocalDate): StreakState {
  if (state.lastActivityDate === today) {
    return { ...state, bestCount: Math.max(state.bestCount, state.currentCount) }
  }
  const continues = state.lastActivityDate !== null && addCalendarDays(state.lastActivityDate, 1) === today
  const currentCount = continues ? state.currentCount + 1 : 1
  return { currentCount, bestCount: Math.max(state.bestCount, currentCount), lastActivityDate: today }
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
