/**
 * Cross-check against an independent, naive implementation: date-holidays queried directly,
 * weekdays from `Date`, one business/non-business flag per day. Covers 2000–2100 for three countries.
 *
 * Cost: almost all of it is date-holidays computing 101 years twice per country (once for the
 * oracle, once inside the calendar under test), so each country's oracle is built once and shared
 * by both of its tests; counts are read from a running total of the flags rather than re-walked
 * per range, and mismatches are collected and asserted once instead of one `expect` per range.
 */
import Holidays from 'date-holidays'
import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from './business-calendar.js'
import type { BusinessCalendar } from './business-calendar.js'

const FIRST_YEAR = 2000
const LAST_YEAR = 2100
const RANGES_PER_COUNTRY = 2000
const STEPS_PER_COUNTRY = 500
const MS_PER_DAY = 86_400_000
const FIRST_MS = Date.UTC(FIRST_YEAR, 0, 1)
const DAY_COUNT = (Date.UTC(LAST_YEAR, 11, 31) - FIRST_MS) / MS_PER_DAY + 1

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

/** 'YYYY-MM-DD' of the index-th day from FIRST_YEAR-01-01, via `Date` rather than our day numbers. */
function dateAt(index: number): string {
  return new Date(FIRST_MS + index * MS_PER_DAY).toISOString().slice(0, 10)
}

interface NaiveCalendar {
  /** flags[i]: day i (from FIRST_YEAR-01-01) is a business day. */
  flags: Uint8Array
  /** through[i]: business days among days 0..i, a plain running total of `flags`. */
  through: Int32Array
  /** Ours, shared by both tests of a country so its year tables are built once. */
  calendar: BusinessCalendar
}

const naiveByCountry = new Map<string, NaiveCalendar>()

function naiveCalendar(country: string): NaiveCalendar {
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
  const flags = new Uint8Array(DAY_COUNT)
  const through = new Int32Array(DAY_COUNT)
  let running = 0
  for (let index = 0; index < DAY_COUNT; index++) {
    const day = new Date(FIRST_MS + index * MS_PER_DAY)
    const weekday = day.getUTCDay()
    const open = weekday !== 0 && weekday !== 6 && !closed.has(day.toISOString().slice(0, 10))
    flags[index] = open ? 1 : 0
    running += flags[index] ?? 0
    through[index] = running
  }
  const naive = { flags, through, calendar: createBusinessCalendar({ country }) }
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
      const { flags, through, calendar } = naiveCalendar(country)
      const random = seededRandom(seed)
      const pick = (max: number): number => Math.floor(random() * max)
      const mismatches: string[] = []
      for (let i = 0; i < RANGES_PER_COUNTRY; i++) {
        // Half short ranges (up to two years), half anywhere in the century.
        const start = pick(DAY_COUNT)
        const end = i % 2 === 0 ? Math.min(DAY_COUNT - 1, start + pick(731)) : pick(DAY_COUNT)
        const [low, high] = start <= end ? [start, end] : [end, start]
        const inclusive = (through[high] ?? 0) - (through[low] ?? 0) + (flags[low] ?? 0)
        const from = dateAt(low)
        const to = dateAt(high)
        const ours = [calendar.countBusinessDaysInclusive(from, to), calendar.businessDaysBetween(from, to)]
        const expected = [inclusive, inclusive - (flags[low] ?? 0)]
        if (ours[0] !== expected[0] || ours[1] !== expected[1]) {
          mismatches.push(`${from}..${to}: ours ${ours.join('/')}, naive ${expected.join('/')}`)
        }
      }
      expect(mismatches.slice(0, 10), `${mismatches.length} of ${RANGES_PER_COUNTRY} ranges differ`).toEqual([])
    })

    it(`matches naive stepping for ${country} on ${STEPS_PER_COUNTRY} random starts when adding business days`, () => {
      const { flags, calendar } = naiveCalendar(country)
      const random = seededRandom(seed + 100)
      const mismatches: string[] = []
      for (let i = 0; i < STEPS_PER_COUNTRY; i++) {
        const start = 800 + Math.floor(random() * (DAY_COUNT - 1600))
        const n = Math.floor(random() * 1001) - 500
        let day = start
        for (let left = Math.abs(n); left > 0; ) {
          day += n > 0 ? 1 : -1
          left -= flags[day] ?? 0
        }
        const ours = calendar.addBusinessDays(dateAt(start), n)
        if (ours !== dateAt(day)) {
          mismatches.push(`${dateAt(start)} + ${n}: ours ${ours}, naive ${dateAt(day)}`)
        }
      }
      expect(mismatches.slice(0, 10), `${mismatches.length} of ${STEPS_PER_COUNTRY} steps differ`).toEqual([])
    })
  }
})
