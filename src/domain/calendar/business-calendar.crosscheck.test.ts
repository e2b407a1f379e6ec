/**
 * Cross-check against an independent, naive implementation: date-holidays queried directly,
 * weekdays from `Date`, days counted one by one. Covers 2000–2100 for three countries.
 */
import Holidays from 'date-holidays'
import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from './business-calendar.js'
import type { BusinessCalendar } from './business-calendar.js'

const FIRST_YEAR = 2000
const LAST_YEAR = 2100
const RANGES_PER_COUNTRY = 2000
const MS_PER_DAY = 86_400_000

/** Deterministic PRNG (mulberry32) so every run checks the same ranges. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

interface NaiveCalendar {
  flags: boolean[]
  dates: string[]
  /** Ours, shared by both tests of a country so its year tables are built once. */
  calendar: BusinessCalendar
}

const naiveByCountry = new Map<string, NaiveCalendar>()

/** Naive flags: one entry per day from FIRST_YEAR-01-01, true when the day is a business day. */
function naiveBusinessFlags(country: string): NaiveCalendar {
  const known = naiveByCountry.get(country)
  if (known !== undefined) {
    return known
  }
  const library = new Holidays(country, { types: ['public'] })
  const closed = new Set<string>()
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const holiday of library.getHolidays(year)) {
      if (holiday.type === 'public') {
        closed.add(holiday.date.slice(0, 10))
      }
    }
  }
  const flags: boolean[] = []
  const dates: string[] = []
  const end = Date.UTC(LAST_YEAR, 11, 31)
  for (let ms = Date.UTC(FIRST_YEAR, 0, 1); ms <= end; ms += MS_PER_DAY) {
    const day = new Date(ms)
    const date = day.toISOString().slice(0, 10)
    const weekday = day.getUTCDay()
    dates.push(date)
    flags.push(weekday !== 0 && weekday !== 6 && !closed.has(date))
  }
  const naive = { flags, dates, calendar: createBusinessCalendar({ country }) }
  naiveByCountry.set(country, naive)
  return naive
}

describe('BusinessCalendar cross-check with date-holidays', () => {
  for (const [country, seed] of [
    ['BR', 1],
    ['US', 2],
    ['DE', 3],
  ] as const) {
    it(`matches a naive day-by-day count for ${country} on ${RANGES_PER_COUNTRY} random ranges in 2000–2100`, () => {
      const { flags, dates, calendar } = naiveBusinessFlags(country)
      const random = seededRandom(seed)
      const pick = (max: number): number => Math.floor(random() * max)
      for (let i = 0; i < RANGES_PER_COUNTRY; i++) {
        // Half short ranges (up to two years), half anywhere in the century.
        const start = pick(dates.length)
        const end = i % 2 === 0 ? Math.min(dates.length - 1, start + pick(731)) : pick(dates.length)
        const [low, high] = start <= end ? [start, end] : [end, start]
        let naive = 0
        for (let day = low; day <= high; day++) {
          naive += flags[day] === true ? 1 : 0
        }
        const from = dates[low] ?? ''
        const to = dates[high] ?? ''
        expect(calendar.countBusinessDaysInclusive(from, to), `${country} ${from}..${to}`).toBe(naive)
        expect(calendar.businessDaysBetween(from, to)).toBe(naive - (flags[low] === true ? 1 : 0))
      }
    })

    it(`matches naive stepping for ${country} when adding business days`, () => {
      const { flags, dates, calendar } = naiveBusinessFlags(country)
      const random = seededRandom(seed + 100)
      for (let i = 0; i < 500; i++) {
        const start = 800 + Math.floor(random() * (dates.length - 1600))
        const n = Math.floor(random() * 1001) - 500
        let day = start
        for (let left = Math.abs(n); left > 0; ) {
          day += n > 0 ? 1 : -1
          left -= flags[day] === true ? 1 : 0
        }
        expect(calendar.addBusinessDays(dates[start] ?? '', n), `${country} ${dates[start]} + ${n}`).toBe(dates[day])
      }
    })
  }
})
