import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromDayNumber, toDayNumber } from '../calendar/index.js'
import { ValidationError } from '../errors.js'
import { CALENDAR_DAYS, businessDays, durationDaysBetween, plannedEndDate } from './day-counting.js'
import { createWeekendCalendar } from './planning.test-support.js'

const business = businessDays(createWeekendCalendar())

describe('plannedEndDate', () => {
  it('adds truncated calendar days when counting calendar days (spec vector #12)', () => {
    expect(plannedEndDate('2025-01-01', 5, CALENDAR_DAYS)).toBe('2025-01-06')
    expect(plannedEndDate('2025-01-01', 2.5, CALENDAR_DAYS)).toBe('2025-01-03')
    expect(plannedEndDate('2025-01-01', 0, CALENDAR_DAYS)).toBe('2025-01-01')
    expect(plannedEndDate('2025-01-01', 7, CALENDAR_DAYS)).toBe('2025-01-08')
    expect(plannedEndDate('2025-01-01', 10_000, CALENDAR_DAYS)).toBe('2052-05-19')
  })

  it('ends "1.5 dias" the next day when started on 2025-08-13 (spec vector #23)', () => {
    expect(plannedEndDate('2025-08-13', 1.5, CALENDAR_DAYS)).toBe('2025-08-14')
  })

  it('steps business days strictly after the start when counting business days (spec vector #14)', () => {
    expect(plannedEndDate('2025-01-06', 3, business)).toBe('2025-01-09')
    expect(plannedEndDate('2025-01-03', 1, business)).toBe('2025-01-06')
    expect(plannedEndDate('2025-01-04', 0, business)).toBe('2025-01-04')
  })

  it('throws a "cannot be negative" ValidationError when the duration is negative (spec vector #13)', () => {
    expect(() => plannedEndDate('2025-01-01', -1, CALENDAR_DAYS)).toThrow(ValidationError)
    expect(() => plannedEndDate('2025-01-01', -1, CALENDAR_DAYS)).toThrow(/cannot be negative/)
    expect(() => plannedEndDate('2025-01-01', Number.NaN, business)).toThrow(/cannot be negative/)
  })

  it('throws an "Invalid date format" ValidationError at /start when the start is not a date', () => {
    expect(() => plannedEndDate('2025-02-30', 1, business)).toThrow(
      expect.objectContaining({ message: expect.stringContaining('Invalid date format') as unknown, issues: [expect.objectContaining({ pointer: '/start' })] }),
    )
  })
})

describe('durationDaysBetween', () => {
  it('counts whole calendar days when counting calendar days (spec vector #8)', () => {
    expect(durationDaysBetween('2025-01-01', '2025-01-03', CALENDAR_DAYS)).toBe(2)
    expect(durationDaysBetween('2025-01-01', '2025-01-01', CALENDAR_DAYS)).toBe(0)
    expect(durationDaysBetween('2025-01-01', '2025-01-08', CALENDAR_DAYS)).toBe(7)
  })

  it('counts business days after the start up to the end when counting business days (spec vector #11)', () => {
    expect(durationDaysBetween('2025-01-06', '2025-01-10', business)).toBe(4)
    expect(durationDaysBetween('2025-01-03', '2025-01-07', business)).toBe(2)
    expect(durationDaysBetween('2025-01-03', '2025-01-06', business)).toBe(1)
  })

  it('counts a weekend start as nothing when the end is the next Monday', () => {
    expect(durationDaysBetween('2025-01-04', '2025-01-06', business)).toBe(1)
    expect(durationDaysBetween('2025-01-04', '2025-01-05', business)).toBe(0)
  })

  it('throws "cannot be after" when start is after end (spec vector #10)', () => {
    expect(() => durationDaysBetween('2025-01-03', '2025-01-01', CALENDAR_DAYS)).toThrow(
      'Start date (2025-01-03) cannot be after end date (2025-01-01)',
    )
  })

  it('throws "Invalid date format" when a date is unreadable (spec vector #10)', () => {
    expect(() => durationDaysBetween('invalid-date', '2025-01-01', CALENDAR_DAYS)).toThrow(ValidationError)
    expect(() => durationDaysBetween('invalid-date', '2025-01-01', CALENDAR_DAYS)).toThrow(
      "Invalid date format: 'invalid-date' is not a real date as YYYY-MM-DD",
    )
    expect(() => durationDaysBetween('2025-01-01', '2025-1-8', business)).toThrow('Invalid date format')
  })
})

describe('plannedEndDate and durationDaysBetween', () => {
  const holidays = createWeekendCalendar(['2025-04-18', '2025-04-21', '2025-12-25'])
  const anyDate = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2026-12-31') }).map(fromDayNumber)
  const anyDays = fc.integer({ min: 0, max: 400 })

  it('are exact inverses in both counting modes when given any start and whole day count', () => {
    fc.assert(
      fc.property(anyDate, anyDays, fc.boolean(), (start, days, inBusinessDays) => {
        const counting = inBusinessDays ? businessDays(holidays) : CALENDAR_DAYS
        expect(durationDaysBetween(start, plannedEndDate(start, days, counting), counting)).toBe(days)
      }),
      { numRuns: 300, seed: 8_24 },
    )
  })

  it('round-trips a span that starts on a Saturday when counting business days', () => {
    const end = plannedEndDate('2025-01-04', 7, business)
    expect(end).toBe('2025-01-14')
    expect(durationDaysBetween('2025-01-04', end, business)).toBe(7)
  })
})
