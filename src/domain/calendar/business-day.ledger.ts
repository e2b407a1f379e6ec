/**
 * The running count of business days over every year a calendar has touched. Years are built
 * lazily and kept in one contiguous run, each with the number of business days before it
 * (relative to the first year built — only differences of ranks mean anything). Counting is
 * O(1); finding the n-th business day is a binary search over years, then over days.
 */
import { MAX_YEAR, MIN_YEAR, civilFromDays } from './day-number.js'
import { businessDaysBefore, indexOfBusinessDay } from './business-year.table.js'
import type { BusinessYear } from './business-year.table.js'

interface LedgerYear {
  table: BusinessYear
  /** Business days in all built years before this one. */
  before: number
}

export interface BusinessDayLedger {
  isBusinessDay(dayNumber: number): boolean
  /** Business days up to and including `dayNumber`, relative to a fixed but arbitrary origin. */
  rankThrough(dayNumber: number): number
  /** The earliest day whose rankThrough is ≥ `rank` — always a business day. */
  dayAtRank(rank: number): number
  /** Every built-or-buildable year's holidays between two day numbers, inclusive. */
  holidaysBetween(fromDay: number, toDay: number): Array<{ dayNumber: number; name: string }>
}

function total(entry: LedgerYear): number {
  return businessDaysBefore(entry.table, entry.table.length)
}

/** Creates an empty ledger that builds year tables with `buildYear` on first use. */
export function createBusinessDayLedger(buildYear: (year: number) => BusinessYear): BusinessDayLedger {
  const years: LedgerYear[] = []
  let firstYear = 0

  function entryAt(index: number): LedgerYear {
    const entry = years[index]
    if (entry === undefined) {
      throw new Error(`business-day ledger: no year at index ${index}`) // unreachable: callers ensure first
    }
    return entry
  }

  function ensureYear(year: number): LedgerYear {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new RangeError(`Date out of range: business days are only known for years ${MIN_YEAR}–${MAX_YEAR}`)
    }
    if (years.length === 0) {
      firstYear = year
      years.push({ table: buildYear(year), before: 0 })
    }
    while (year < firstYear) {
      const table = buildYear(firstYear - 1)
      years.unshift({ table, before: entryAt(0).before - businessDaysBefore(table, table.length) })
      firstYear--
    }
    while (year >= firstYear + years.length) {
      const last = entryAt(years.length - 1)
      years.push({ table: buildYear(firstYear + years.length), before: last.before + total(last) })
    }
    return entryAt(year - firstYear)
  }

  function rankThrough(dayNumber: number): number {
    const entry = ensureYear(civilFromDays(dayNumber).year)
    return entry.before + businessDaysBefore(entry.table, dayNumber - entry.table.firstDay + 1)
  }

  function dayAtRank(rank: number): number {
    // Grow the run until it holds the rank: upward for later days, downward for earlier ones.
    while (entryAt(years.length - 1).before + total(entryAt(years.length - 1)) < rank) {
      ensureYear(firstYear + years.length)
    }
    while (entryAt(0).before >= rank) {
      ensureYear(firstYear - 1)
    }
    let low = 0
    let high = years.length - 1
    while (low < high) {
      const mid = (low + high) >>> 1
      const entry = entryAt(mid)
      if (entry.before + total(entry) >= rank) {
        high = mid
      } else {
        low = mid + 1
      }
    }
    const entry = entryAt(low)
    return entry.table.firstDay + indexOfBusinessDay(entry.table, rank - entry.before)
  }

  return {
    isBusinessDay(dayNumber) {
      const entry = ensureYear(civilFromDays(dayNumber).year)
      const index = dayNumber - entry.table.firstDay
      return businessDaysBefore(entry.table, index + 1) > businessDaysBefore(entry.table, index)
    },
    rankThrough,
    dayAtRank,
    holidaysBetween(fromDay, toDay) {
      const found: Array<{ dayNumber: number; name: string }> = []
      for (let year = civilFromDays(fromDay).year; year <= civilFromDays(toDay).year; year++) {
        for (const holiday of ensureYear(year).table.holidays) {
          if (holiday.dayNumber >= fromDay && holiday.dayNumber <= toDay) {
            found.push(holiday)
          }
        }
      }
      return found
    },
  }
}
