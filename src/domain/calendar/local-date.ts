/**
 * `LocalDate`: a calendar date 'YYYY-MM-DD' in the workspace's time zone — a day on a wall
 * calendar, never an instant. All arithmetic goes through integer day numbers.
 */
import { ValidationError } from '../errors.js'
import {
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  MIN_YEAR,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  weekdayOfDayNumber,
} from './day-number.js'

/** A calendar date written 'YYYY-MM-DD' (years 0001–9999). */
export type LocalDate = string

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

function parseDayNumber(text: string): number | undefined {
  const match = LOCAL_DATE_RE.exec(text)
  if (match === null) {
    return undefined
  }
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined
  }
  return daysFromCivil(year, month, day)
}

/** True for a real calendar date written 'YYYY-MM-DD': '2024-02-29' yes, '2023-02-29' and '2024-13-45' no. */
export function isValidLocalDate(s: string): boolean {
  return parseDayNumber(s) !== undefined
}

/**
 * Day number (days since 1970-01-01) of a LocalDate.
 * @throws ValidationError when `date` is not a real 'YYYY-MM-DD' date.
 */
export function toDayNumber(date: LocalDate): number {
  const dayNumber = parseDayNumber(date)
  if (dayNumber === undefined) {
    const message = `Invalid date '${String(date).slice(0, 40)}': expected a real calendar date as YYYY-MM-DD`
    throw new ValidationError(message, [{ pointer: '', message }])
  }
  return dayNumber
}

/**
 * LocalDate of a day number.
 * @throws RangeError when the date would fall outside years 0001–9999.
 */
export function fromDayNumber(dayNumber: number): LocalDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`Date out of range: day ${dayNumber} is outside years 0001–9999`)
  }
  const { year, month, day } = civilFromDays(dayNumber)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Whole days to step: fractions are dropped toward zero, like the reference's `trunc(days)`. */
export function wholeDays(n: number, what: string): number {
  if (!Number.isFinite(n)) {
    throw new RangeError(`${what} must be a finite number, got ${n}`)
  }
  return Math.trunc(n) + 0 // + 0 turns -0 into 0
}

/**
 * `date` plus `n` calendar days (negative goes back). Fractions are truncated toward zero
 * (2.5 → 2), as the reference's calculate_end_date did.
 * @throws ValidationError for an invalid date; RangeError for a non-finite n or a result outside 0001–9999.
 */
export function addCalendarDays(date: LocalDate, n: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + wholeDays(n, 'Calendar days'))
}

/** Signed calendar days from `from` to `to` (`to − from`; 0 when equal). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** Day of week of a LocalDate: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return weekdayOfDayNumber(toDayNumber(date))
}
