/**
 * Calendar dates as integer day numbers (days since 1970-01-01 in the proleptic Gregorian
 * calendar). Pure integer arithmetic (H. Hinnant's civil-date algorithms): no `Date`, so no
 * time-zone or DST drift can move a date-only value.
 */

export interface CivilDate {
  year: number
  month: number
  day: number
}

/** Oldest and newest years a LocalDate may have (four-digit years only). */
export const MIN_YEAR = 1
export const MAX_YEAR = 9999

/** Day number of a civil date (1970-01-01 → 0). Month 1–12, no validation. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const shiftedMonth = (month + 9) % 12 // March = 0, so the leap day ends the year
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** Civil date of a day number; inverse of `daysFromCivil`. */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return { year, month, day }
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** First and last day numbers a LocalDate can denote (0001-01-01 and 9999-12-31). */
export const MIN_DAY_NUMBER = daysFromCivil(MIN_YEAR, 1, 1)
export const MAX_DAY_NUMBER = daysFromCivil(MAX_YEAR, 12, 31)
