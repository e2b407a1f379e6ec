import type { BusinessCalendar, LocalDate } from '../calendar/index.js'
import { addCalendarDays, calendarDaysBetween } from '../calendar/index.js'
import { ValidationError } from '../errors.js'

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
 * @throws ValidationError when days is negative or not finite.
 */
export function plannedEndDate(start: LocalDate, days: number, counting: DayCounting): LocalDate {
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
 * Calendar mode: end − start in whole days (same day → 0). Business mode: business days d with
 * start < d ≤ end, so `durationDaysBetween(s, plannedEndDate(s, n))` is n; this equals the
 * reference's [start, end) count whenever both ends are business days.
 * @throws ValidationError when start is after end.
 */
export function durationDaysBetween(start: LocalDate, end: LocalDate, counting: DayCounting): number {
  if (start > end) {
    throw new ValidationError(`Start date (${start}) cannot be after end date (${end})`, [
      { pointer: '/end', message: 'must not be before the start date' },
    ])
  }
  return counting.mode === 'calendar'
    ? calendarDaysBetween(start, end)
    : counting.calendar.businessDaysBetween(start, end)
}

/** Default working day used to turn minutes into days: 8 hours, as the reference's /480. */
export const DEFAULT_MINUTES_PER_DAY = 480

/** Rounds to 2 decimals, half away from zero, guarding against 1.005-style binary artefacts. */
export function roundTo2(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9) / 100
}

/**
 * Minutes of work as days of work at `minutesPerDay`, rounded to 2 decimals
 * (4 × 120 min → 1; 66 min → 0.14).
 * @throws ValidationError when minutesPerDay is not positive or minutes is negative.
 */
export function minutesToDays(minutes: number, minutesPerDay: number = DEFAULT_MINUTES_PER_DAY): number {
  assertPositive(minutesPerDay, '/minutesPerDay')
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new ValidationError('minutes must be a finite number ≥ 0', [
      { pointer: '/minutes', message: `got ${minutes}` },
    ])
  }
  return roundTo2(minutes / minutesPerDay)
}

export function assertPositive(value: number, pointer: string): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ValidationError(`${pointer.slice(1)} must be a positive number`, [
      { pointer, message: `expected > 0, got ${value}` },
    ])
  }
}
