/**
 * The one owner of "end from start + duration" and "duration between two dates" for epics, tasks
 * and projects. Both functions share one convention so they are exact inverses in either mode:
 *
 * - calendar days: end = start + trunc(days); duration = end − start (same day → 0);
 * - business days: end = the trunc(days)-th business day strictly after start; duration = the
 *   business days d with start < d ≤ end, i.e. the half-open range (start, end].
 *
 * So `durationDaysBetween(s, plannedEndDate(s, n, c), c) === n` for every whole n ≥ 0. The
 * reference counted business days over [start, end); both agree whenever start and end are
 * business days, which is every case its tests assert (spec vectors #11, #14).
 */
import type { BusinessCalendar, LocalDate } from '../calendar/index.js'
import { addCalendarDays, calendarDaysBetween } from '../calendar/index.js'
import { ValidationError } from '../errors.js'
import { requireLocalDate } from './date-input.js'

/**
 * Which days a duration consumes. Business mode carries its calendar so a caller cannot ask for
 * business days without saying whose holidays apply.
 */
export type DayCounting =
  | { readonly mode: 'calendar' }
  | { readonly mode: 'business'; readonly calendar: BusinessCalendar }

export const CALENDAR_DAYS: DayCounting = { mode: 'calendar' }

/** Business-day counting on `calendar` (weekends and its holidays are skipped). */
export function businessDays(calendar: BusinessCalendar): DayCounting {
  return { mode: 'business', calendar }
}

/**
 * Planned end from a start and a duration in days: the start plus trunc(days) calendar days, or
 * the trunc(days)-th business day strictly after the start (0 days → the start itself, even on a
 * weekend). Fractions are dropped as the reference did ("1.5 dias" from Wed ends Thu).
 * Inverse: {@link durationDaysBetween}.
 * @throws ValidationError "Invalid date format" for a start that is not a real 'YYYY-MM-DD' date;
 *   "Duration cannot be negative" when days is negative or not finite.
 */
export function plannedEndDate(start: LocalDate, days: number, counting: DayCounting): LocalDate {
  requireLocalDate(start, '/start')
  if (!Number.isFinite(days) || days < 0) {
    throw new ValidationError('Duration cannot be negative', [
      { pointer: '/durationDays', message: `expected a finite number ≥ 0, got ${days}` },
    ])
  }
  const whole = Math.trunc(days)
  return counting.mode === 'calendar'
    ? addCalendarDays(start, whole)
    : counting.calendar.addBusinessDays(start, whole)
}

/**
 * Duration in days between two dates — the inverse of {@link plannedEndDate}.
 * Calendar mode: end − start in whole days (same day → 0). Business mode: business days in
 * (start, end], so Fri → Mon is 1 and Sat → Mon is 1.
 * @throws ValidationError "Invalid date format" for a date that is not a real 'YYYY-MM-DD' date;
 *   "Start date (…) cannot be after end date (…)" when start is after end.
 */
export function durationDaysBetween(start: LocalDate, end: LocalDate, counting: DayCounting): number {
  requireLocalDate(start, '/start')
  requireLocalDate(end, '/end')
  if (start > end) {
    throw new ValidationError(`Start date (${start}) cannot be after end date (${end})`, [
      { pointer: '/end', message: 'must not be before the start date' },
    ])
  }
  return counting.mode === 'calendar'
    ? calendarDaysBetween(start, end)
    : counting.calendar.businessDaysBetween(start, end)
}
