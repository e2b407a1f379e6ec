import { addCalendarDays, type LocalDate } from '../calendar/index.js'

export interface StreakState {
  currentCount: number
  bestCount: number
  lastActivityDate: LocalDate | null
}

/**
 * The daily streak after an activity on `today` (a date in the user's time zone): yesterday's
 * streak grows by one, today's stays, anything older restarts at 1. The best count never drops —
 * the original reset it to 0 or left it NULL for new users.
 */
export function advanceStreak(state: StreakState | null, today: LocalDate): StreakState {
  const previous = state ?? { currentCount: 0, bestCount: 0, lastActivityDate: null }
  let current: number
  if (previous.lastActivityDate === today) {
    current = Math.max(previous.currentCount, 1)
  } else if (previous.lastActivityDate !== null && addCalendarDays(previous.lastActivityDate, 1) === today) {
    current = previous.currentCount + 1
  } else {
    current = 1
  }
  return { currentCount: current, bestCount: Math.max(previous.bestCount, current), lastActivityDate: today }
}
