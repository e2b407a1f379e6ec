import type { LocalDate } from '../calendar/index.js'
import { ValidationError } from '../errors.js'
import { durationDaysBetween, type DayCounting } from './day-counting.js'
import { DEFAULT_MINUTES_PER_DAY, minutesToDays } from './work-days.js'

/**
 * Elapsed duration from the actual dates, in the given counting mode; null until both exist
 * (an unfinished epic has no actual duration yet).
 * @throws ValidationError when the actual start is after the actual end.
 */
export function actualDurationDays(
  actualStart: LocalDate | null | undefined,
  actualEnd: LocalDate | null | undefined,
  counting: DayCounting,
): number | null {
  if (!actualStart || !actualEnd) {
    return null
  }
  return durationDaysBetween(actualStart, actualEnd, counting)
}

/** The part of a work or focus session that counts as effort. */
export interface SessionEffort {
  focusMinutes: number
}

/**
 * Effort actually spent, as days of work: Σ focusMinutes ÷ minutesPerDay (default 480, an
 * 8-hour day), rounded to 2 decimals. This measures effort, not elapsed time: three 4-hour days
 * of focus are 1.5 days here however many calendar days they spanned.
 * @throws ValidationError naming every session whose minutes are negative or not finite.
 */
export function actualDaysFromSessions(
  sessions: readonly SessionEffort[],
  minutesPerDay: number = DEFAULT_MINUTES_PER_DAY,
): number {
  let total = 0
  const issues: { pointer: string; message: string }[] = []
  sessions.forEach((session, index) => {
    if (!Number.isFinite(session.focusMinutes) || session.focusMinutes < 0) {
      issues.push({ pointer: `/${index}/focusMinutes`, message: 'must be a finite number ≥ 0' })
    } else {
      total += session.focusMinutes
    }
  })
  if (issues.length > 0) {
    throw new ValidationError('invalid session minutes', issues)
  }
  return minutesToDays(total, minutesPerDay)
}
