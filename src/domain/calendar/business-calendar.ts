/**
 * The business calendar: weekends, date-holidays public holidays and a workspace's own extra
 * days off / days on. Year tables are built lazily and memoised inside each calendar instance,
 * so the first query over a year costs one holiday lookup (~1–2 ms) and later ones microseconds,
 * whatever the span.
 *
 * Conventions (spec §3.1, with the reference defects fixed):
 * - `addBusinessDays(d, n)` is the n-th business day strictly after d (n < 0: strictly before),
 *   exactly what stepping one day at a time gives — also for n > 30 (spec vector #46).
 * - `businessDaysBetween(from, to)` counts business days in (from, to] and mirrors to
 *   −count of [to, from) when to < from, so `businessDaysBetween(d, addBusinessDays(d, n)) === n`.
 * - `countBusinessDaysInclusive(from, to)` is the reference's [from, to] count, 0 when from > to.
 * - Fractional day counts are truncated toward zero (2.5 → 2, −2.5 → −2), as the reference did;
 *   NaN and ±Infinity are refused with a RangeError.
 */
import { createBusinessDayLedger } from './business-day.ledger.js'
import { resolveBusinessDayRules } from './business-calendar.options.js'
import type { BusinessCalendarOptions } from './business-calendar.options.js'
import { buildBusinessYear } from './business-year.table.js'
import { fromDayNumber, isValidLocalDate, toDayNumber, wholeDays } from './local-date.js'
import type { LocalDate } from './local-date.js'

export interface BusinessCalendar {
  /** False on weekends, holidays and extra non-working days — and for invalid dates (spec vector #45). */
  isBusinessDay(date: LocalDate): boolean
  /** The n-th business day strictly after `date` (n<0: strictly before). n=0 returns `date` unchanged. */
  addBusinessDays(date: LocalDate, n: number): LocalDate
  /** Business days d with from < d <= to; negative mirror when to < from; 0 when equal. So between(d, add(d, n)) === n. */
  businessDaysBetween(from: LocalDate, to: LocalDate): number
  /** Inclusive count [from, to] (the reference's count; 0 when from > to). */
  countBusinessDaysInclusive(from: LocalDate, to: LocalDate): number
  /** First business day strictly after `date`. */
  nextBusinessDay(date: LocalDate): LocalDate
  /** First business day strictly before `date`. */
  previousBusinessDay(date: LocalDate): LocalDate
  /**
   * Holidays of the configured types and extra non-working days in [from, to], in date order,
   * weekends included; dates declared as extra working days are left out. [] when from > to.
   */
  holidaysBetween(from: LocalDate, to: LocalDate): Array<{ date: LocalDate; name: string }>
  /** Business days in the `calendarDays` days after `start`: businessDaysBetween(start, start + calendarDays). */
  businessDaysForCalendarSpan(start: LocalDate, calendarDays: number): number
  /** Calendar days from `start` to its `businessDays`-th business day: the inverse of the above. */
  calendarDaysForBusinessSpan(start: LocalDate, businessDays: number): number
}

/**
 * Creates a calendar (default: Brazil, public holidays, Saturday+Sunday weekend).
 * Invalid dates passed to any method other than isBusinessDay throw ValidationError; results
 * beyond years 0001–9999 throw RangeError.
 * @throws ValidationError for invalid options (see BusinessCalendarOptions).
 */
export function createBusinessCalendar(options: BusinessCalendarOptions = {}): BusinessCalendar {
  const rules = resolveBusinessDayRules(options)
  const ledger = createBusinessDayLedger((year) => buildBusinessYear(year, rules))

  /** Business days strictly before `day`, on the ledger's scale. */
  function rankBefore(day: number): number {
    return ledger.rankThrough(day) - (ledger.isBusinessDay(day) ? 1 : 0)
  }

  function addBusinessDayNumbers(day: number, n: number): number {
    if (n === 0) {
      return day
    }
    // The n-th business day after `day` is the first one whose running count reaches count(day) + n;
    // going back, it is the |n|-th one counting down from the last business day before `day`.
    return n > 0 ? ledger.dayAtRank(ledger.rankThrough(day) + n) : ledger.dayAtRank(rankBefore(day) + n + 1)
  }

  function between(fromDay: number, toDay: number): number {
    return toDay >= fromDay
      ? ledger.rankThrough(toDay) - ledger.rankThrough(fromDay)
      : -(rankBefore(fromDay) - rankBefore(toDay))
  }

  const calendar: BusinessCalendar = {
    isBusinessDay: (date) => isValidLocalDate(date) && ledger.isBusinessDay(toDayNumber(date)),
    addBusinessDays: (date, n) =>
      fromDayNumber(addBusinessDayNumbers(toDayNumber(date), wholeDays(n, 'Business days'))),
    businessDaysBetween: (from, to) => between(toDayNumber(from), toDayNumber(to)),
    countBusinessDaysInclusive(from, to) {
      const fromDay = toDayNumber(from)
      const toDay = toDayNumber(to)
      return fromDay > toDay ? 0 : ledger.rankThrough(toDay) - rankBefore(fromDay)
    },
    nextBusinessDay: (date) => calendar.addBusinessDays(date, 1),
    previousBusinessDay: (date) => calendar.addBusinessDays(date, -1),
    holidaysBetween(from, to) {
      const fromDay = toDayNumber(from)
      const toDay = toDayNumber(to)
      if (fromDay > toDay) {
        return []
      }
      return ledger.holidaysBetween(fromDay, toDay).map((h) => ({ date: fromDayNumber(h.dayNumber), name: h.name }))
    },
    businessDaysForCalendarSpan(start, calendarDays) {
      const startDay = toDayNumber(start)
      return between(startDay, startDay + wholeDays(calendarDays, 'Calendar days'))
    },
    calendarDaysForBusinessSpan(start, businessDays) {
      const startDay = toDayNumber(start)
      return addBusinessDayNumbers(startDay, wholeDays(businessDays, 'Business days')) - startDay
    },
  }
  return calendar
}
