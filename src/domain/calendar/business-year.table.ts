/**
 * One year of a business calendar, precomputed: a prefix sum of business days per day of the
 * year, so counting over any part of the year is one subtraction and finding the k-th business
 * day is a binary search.
 */
import { daysFromCivil, weekdayOfDayNumber } from './day-number.js'
import type { HolidayOnDay, HolidaySource } from './holiday.source.js'

/** What makes a day a business day; shared by every year of one calendar. */
export interface BusinessDayRules {
  /** weekendMask[d] is true when weekday d (0 = Sunday) is a weekend day. */
  weekendMask: readonly boolean[]
  holidaysOf: HolidaySource
  /** Day numbers that are worked whatever the weekend or holidays say. */
  extraWorkingDays: ReadonlySet<number>
  /** Day numbers that are never worked (unless also in extraWorkingDays, which is refused upstream). */
  extraNonWorkingDays: ReadonlySet<number>
  extraNonWorkingName: string
}

export interface BusinessYear {
  year: number
  /** Day number of 1 January. */
  firstDay: number
  /** Number of days in the year (365 or 366). */
  length: number
  /** prefix[i] = business days among the first i days of the year; prefix[length] = the year's total. */
  prefix: Uint16Array
  /** Holidays and extra non-working days in date order, minus dates declared as extra working days. */
  holidays: readonly HolidayOnDay[]
}

/** Builds the table for `year`; cost is one holiday lookup plus one pass over ≤ 366 days. */
export function buildBusinessYear(year: number, rules: BusinessDayRules): BusinessYear {
  const firstDay = daysFromCivil(year, 1, 1)
  const length = daysFromCivil(year + 1, 1, 1) - firstDay
  const inYear = (dayNumber: number): boolean => dayNumber >= firstDay && dayNumber < firstDay + length
  const holidays: HolidayOnDay[] = rules.holidaysOf(year).filter((h) => inYear(h.dayNumber))
  const named = new Set(holidays.map((h) => h.dayNumber))
  for (const dayNumber of rules.extraNonWorkingDays) {
    if (inYear(dayNumber) && !named.has(dayNumber)) {
      holidays.push({ dayNumber, name: rules.extraNonWorkingName })
    }
  }
  const closed = new Set(holidays.map((h) => h.dayNumber))
  const prefix = new Uint16Array(length + 1)
  let weekday = weekdayOfDayNumber(firstDay)
  let count = 0
  for (let i = 0; i < length; i++) {
    const dayNumber = firstDay + i
    const isBusiness =
      rules.extraWorkingDays.has(dayNumber) || (rules.weekendMask[weekday] !== true && !closed.has(dayNumber))
    if (isBusiness) {
      count++
    }
    prefix[i + 1] = count
    weekday = weekday === 6 ? 0 : weekday + 1
  }
  return {
    year,
    firstDay,
    length,
    prefix,
    holidays: holidays
      .filter((h) => !rules.extraWorkingDays.has(h.dayNumber))
      .sort((a, b) => a.dayNumber - b.dayNumber),
  }
}

/** Business days among the first `count` days of the year (0 ≤ count ≤ length). */
export function businessDaysBefore(table: BusinessYear, count: number): number {
  return table.prefix[count] ?? 0
}

/**
 * Index (0-based day of year) of the `k`-th business day of the year, k ≥ 1, by binary search
 * on the prefix sums. The caller guarantees 1 ≤ k ≤ the year's total.
 */
export function indexOfBusinessDay(table: BusinessYear, k: number): number {
  let low = 0
  let high = table.length - 1
  while (low < high) {
    const mid = (low + high) >>> 1
    if (businessDaysBefore(table, mid + 1) >= k) {
      high = mid
    } else {
      low = mid + 1
    }
  }
  return low
}
