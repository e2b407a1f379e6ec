import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from './day-number.js'
import {
  addCalendarDays,
  calendarDaysBetween,
  dayOfWeek,
  fromDayNumber,
  isValidLocalDate,
  toDayNumber,
} from './local-date.js'
import { createLocalDateFormatter, toLocalDate } from './time-zone.js'

describe('isValidLocalDate', () => {
  it('accepts real dates and leap days when written YYYY-MM-DD (spec vector #45)', () => {
    expect(['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2024-06-03'].map(isValidLocalDate)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
  })

  it('rejects impossible or loosely written dates', () => {
    const bad = ['2024-13-45', '2023-02-29', '1900-02-29', '2024-04-31', '0000-01-01', 'invalid-date', '2024-6-3', '']
    expect(bad.map(isValidLocalDate)).toEqual(bad.map(() => false))
    expect(isValidLocalDate('2024-06-03T00:00:00Z')).toBe(false)
  })
})

describe('toDayNumber', () => {
  it('counts days from 1970-01-01 when given a valid date', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(toDayNumber('2024-06-03')).toBe(19_877)
    expect(toDayNumber('1969-12-31')).toBe(-1)
  })

  it('throws ValidationError naming the input when the date is invalid', () => {
    expect(() => toDayNumber('2024-13-45')).toThrow(ValidationError)
    expect(() => toDayNumber('2024-13-45')).toThrow("Invalid date '2024-13-45'")
  })

  it('agrees with Date.UTC and round-trips over the whole supported range', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (dayNumber) => {
        const date = fromDayNumber(dayNumber)
        const utc = new Date(dayNumber * 86_400_000)
        const sameText = utc.getUTCFullYear() < 1000 || date === utc.toISOString().slice(0, 10)
        return toDayNumber(date) === dayNumber && dayOfWeek(date) === utc.getUTCDay() && sameText
      }),
      { numRuns: 3000 },
    )
  })

  it('throws RangeError when a day number falls outside years 0001–9999', () => {
    expect(() => fromDayNumber(MAX_DAY_NUMBER + 1)).toThrow(RangeError)
    expect(() => fromDayNumber(MIN_DAY_NUMBER - 1)).toThrow(RangeError)
  })
})

describe('addCalendarDays', () => {
  it('steps across month, year and leap boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(addCalendarDays('2025-01-01', -1)).toBe('2024-12-31')
    expect(addCalendarDays('2025-01-01', 10_000)).toBe('2052-05-19') // spec vector #12: a valid date
  })

  it('truncates fractions toward zero when n is not whole', () => {
    expect(addCalendarDays('2025-01-01', 2.5)).toBe('2025-01-03')
    expect(addCalendarDays('2025-01-01', -2.5)).toBe('2024-12-30')
  })

  it('throws when n is not finite or the result leaves years 0001–9999', () => {
    expect(() => addCalendarDays('2025-01-01', Number.NaN)).toThrow(RangeError)
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError)
  })
})

describe('calendarDaysBetween', () => {
  it('returns the signed difference in days (spec vector #8)', () => {
    expect(calendarDaysBetween('2025-01-01', '2025-01-03')).toBe(2)
    expect(calendarDaysBetween('2025-01-01', '2025-01-01')).toBe(0)
    expect(calendarDaysBetween('2025-01-01', '2025-01-08')).toBe(7)
    expect(calendarDaysBetween('2025-01-08', '2025-01-01')).toBe(-7)
  })
})

describe('toLocalDate', () => {
  it('returns the São Paulo wall date by default when the UTC date differs', () => {
    expect(toLocalDate(Date.UTC(2024, 5, 1, 2, 0))).toBe('2024-05-31')
    expect(toLocalDate(Date.UTC(2024, 5, 1, 3, 0))).toBe('2024-06-01')
  })

  it('uses the given zone when one is passed', () => {
    const instant = Date.UTC(2024, 2, 31, 22, 30) // 2024-03-31 22:30Z
    expect(toLocalDate(instant, 'UTC')).toBe('2024-03-31')
    expect(toLocalDate(instant, 'Europe/Berlin')).toBe('2024-04-01') // DST already started
    expect(toLocalDate(instant, 'America/New_York')).toBe('2024-03-31')
  })

  it('measures datetimes by their local dates (spec vector #9)', () => {
    const start = toLocalDate(Date.UTC(2025, 0, 1, 13, 30))
    const end = toLocalDate(Date.UTC(2025, 0, 3, 18, 45))
    expect(calendarDaysBetween(start, end)).toBe(2)
  })

  it('reuses one Intl formatter when created once', () => {
    const inTokyo = createLocalDateFormatter('Asia/Tokyo')
    expect(inTokyo(Date.UTC(2024, 11, 31, 15, 0))).toBe('2025-01-01')
    expect(inTokyo(0)).toBe('1970-01-01')
  })

  it('throws RangeError for an unknown zone or a non-finite instant', () => {
    expect(() => toLocalDate(0, 'Mars/Olympus')).toThrow(RangeError)
    expect(() => toLocalDate(Number.NaN)).toThrow(RangeError)
  })
})
