import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import {
  CALENDAR_DAYS,
  businessDays,
  durationDaysBetween,
  minutesToDays,
  plannedEndDate,
  roundTo2,
} from './day-counting.js'
import { createWeekendCalendar } from './planning.test-support.js'

const business = businessDays(createWeekendCalendar())

describe('plannedEndDate', () => {
  it('adds truncated calendar days when counting calendar days (vector 12)', () => {
    expect(plannedEndDate('2025-01-01', 5, CALENDAR_DAYS)).toBe('2025-01-06')
    expect(plannedEndDate('2025-01-01', 2.5, CALENDAR_DAYS)).toBe('2025-01-03')
    expect(plannedEndDate('2025-01-01', 0, CALENDAR_DAYS)).toBe('2025-01-01')
    expect(plannedEndDate('2025-01-01', 7, CALENDAR_DAYS)).toBe('2025-01-08')
    expect(plannedEndDate('2025-01-01', 10_000, CALENDAR_DAYS)).toBe('2052-05-19')
  })

  it('ends "1.5 dias" the next day when started on 2025-08-13 (vector 23)', () => {
    expect(plannedEndDate('2025-08-13', 1.5, CALENDAR_DAYS)).toBe('2025-08-14')
  })

  it('steps business days strictly after the start when counting business days (vector 14)', () => {
    expect(plannedEndDate('2025-01-06', 3, business)).toBe('2025-01-09')
    expect(plannedEndDate('2025-01-03', 1, business)).toBe('2025-01-06')
    expect(plannedEndDate('2025-01-04', 0, business)).toBe('2025-01-04')
  })

  it('throws ValidationError when the duration is negative (vector 13)', () => {
    expect(() => plannedEndDate('2025-01-01', -1, CALENDAR_DAYS)).toThrow(ValidationError)
    expect(() => plannedEndDate('2025-01-01', -1, CALENDAR_DAYS)).toThrow(/cannot be negative/)
  })
})

describe('durationDaysBetween', () => {
  it('counts whole calendar days when counting calendar days (vector 8)', () => {
    expect(durationDaysBetween('2025-01-01', '2025-01-03', CALENDAR_DAYS)).toBe(2)
    expect(durationDaysBetween('2025-01-01', '2025-01-01', CALENDAR_DAYS)).toBe(0)
    expect(durationDaysBetween('2025-01-01', '2025-01-08', CALENDAR_DAYS)).toBe(7)
  })

  it('matches the reference business counts when both ends are business days (vector 11)', () => {
    expect(durationDaysBetween('2025-01-06', '2025-01-10', business)).toBe(4)
    expect(durationDaysBetween('2025-01-03', '2025-01-07', business)).toBe(2)
    expect(durationDaysBetween('2025-01-03', '2025-01-06', business)).toBe(1)
  })

  it('inverts plannedEndDate when counting business days', () => {
    const end = plannedEndDate('2025-01-04', 7, business)
    expect(end).toBe('2025-01-14')
    expect(durationDaysBetween('2025-01-04', end, business)).toBe(7)
  })

  it('throws a "cannot be after" ValidationError when start is after end (vector 10)', () => {
    expect(() => durationDaysBetween('2025-01-03', '2025-01-01', CALENDAR_DAYS)).toThrow(/cannot be after/)
  })
})

describe('minutesToDays', () => {
  it('divides by 480 and rounds to 2 decimals when using the default day (vector 61)', () => {
    expect(minutesToDays(4 * 120)).toBe(1)
    expect(minutesToDays(3 * 160)).toBe(1)
    expect(minutesToDays(66)).toBe(0.14)
    expect(minutesToDays(0)).toBe(0)
    expect(minutesToDays(300, 600)).toBe(0.5)
  })

  it('throws when minutesPerDay is not positive', () => {
    expect(() => minutesToDays(10, 0)).toThrow(ValidationError)
  })
})

describe('roundTo2', () => {
  it('rounds halves away from zero when the binary value sits just below the half', () => {
    expect(roundTo2(1.005)).toBe(1.01)
    expect(roundTo2(33.333333)).toBe(33.33)
    expect(roundTo2(-1.005)).toBe(-1.01)
  })
})
