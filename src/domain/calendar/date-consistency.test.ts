import { describe, expect, it } from 'vitest'
import { InvalidDurationError, ValidationError } from '../errors.js'
import { createBusinessCalendar } from './business-calendar.js'
import { calculateDurationDays, calculateEndDate, validateDateConsistency, validateEpicDates } from './date-consistency.js'
import { normalizeDate } from './date.normalizer.js'

const weekdaysOnly = createBusinessCalendar({ holidayTypes: [] })

describe('normalizeDate', () => {
  it('pads ISO dates and reads slash dates day-first (spec vectors #15, #16)', () => {
    expect(normalizeDate('2025-1-5')).toBe('2025-01-05')
    expect(normalizeDate('01/01/2025')).toBe('2025-01-01')
    expect(normalizeDate('01/02/2025')).toBe('2025-02-01')
    expect(normalizeDate('12/31/2025')).toBe('2025-12-31')
    expect(normalizeDate(' 2025-01-05 ')).toBe('2025-01-05')
  })

  it('reads month-first when asked', () => {
    expect(normalizeDate('01/02/2025', { dayOrder: 'MDY' })).toBe('2025-01-02')
    expect(normalizeDate('31/12/2025', { dayOrder: 'MDY' })).toBe('2025-12-31')
  })

  it('throws ValidationError for date-times and garbage (spec vectors #15, #16)', () => {
    for (const input of ['2025-01-05T10:00:00', 'invalid-date-format', '2024-13-45', '31/31/2025', '']) {
      expect(() => normalizeDate(input), input).toThrow(ValidationError)
      expect(() => normalizeDate(input), input).toThrow('unable to parse date string')
    }
  })
})

describe('calculateDurationDays', () => {
  it('counts calendar days when no calendar is given (spec vector #8)', () => {
    expect(calculateDurationDays('2025-01-01', '2025-01-03')).toBe(2)
    expect(calculateDurationDays('2025-01-01', '2025-01-01')).toBe(0)
    expect(calculateDurationDays('2025-01-01', '2025-01-08')).toBe(7)
  })

  it('throws when start is after end or a date is unreadable (spec vector #10)', () => {
    expect(() => calculateDurationDays('2025-01-03', '2025-01-01')).toThrow('cannot be after')
    expect(() => calculateDurationDays('invalid-date', '2025-01-01')).toThrow('Invalid date format')
  })

  it('counts business days after the start when a calendar is given (spec vector #11)', () => {
    const options = { calendar: weekdaysOnly }
    expect(calculateDurationDays('2025-01-06', '2025-01-10', options)).toBe(4)
    expect(calculateDurationDays('2025-01-03', '2025-01-07', options)).toBe(2)
    expect(calculateDurationDays('2025-01-03', '2025-01-06', options)).toBe(1)
  })
})

describe('calculateEndDate', () => {
  it('adds truncated calendar days (spec vector #12)', () => {
    expect(calculateEndDate('2025-01-01', 5)).toBe('2025-01-06')
    expect(calculateEndDate('2025-01-01', 2.5)).toBe('2025-01-03')
    expect(calculateEndDate('2025-01-01', 0)).toBe('2025-01-01')
    expect(calculateEndDate('2025-01-01', 7)).toBe('2025-01-08')
    expect(calculateEndDate('2025-01-01', 10_000)).toBe('2052-05-19')
  })

  it('throws when the duration is negative (spec vector #13)', () => {
    expect(() => calculateEndDate('2025-01-01', -1)).toThrow('cannot be negative')
  })

  it('adds business days when a calendar is given (spec vector #14)', () => {
    expect(calculateEndDate('2025-01-06', 3, { calendar: weekdaysOnly })).toBe('2025-01-09')
    expect(calculateEndDate('2025-01-03', 1, { calendar: weekdaysOnly })).toBe('2025-01-06')
  })
})

describe('validateDateConsistency', () => {
  const planned = { plannedStart: '2025-01-01', plannedEnd: '2025-01-08' }

  it('is valid with the planned span when it matches the expected days (spec vector #17)', () => {
    expect(validateDateConsistency({ ...planned, durationDays: 7 })).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      durations: { planned: 7 },
    })
  })

  it('warns when the planned span is half a day or more off (spec vector #18)', () => {
    expect(validateDateConsistency({ ...planned, durationDays: 5 }).warnings).toEqual([
      'Planned duration (7.0 days) differs from expected (5.0 days)',
    ])
    expect(validateDateConsistency({ ...planned, durationDays: 7.4 }).warnings).toEqual([])
    expect(validateDateConsistency({ ...planned, durationDays: 7.5 }).warnings).toHaveLength(1)
  })

  it('is invalid when a start is after its end (spec vector #19)', () => {
    const reversed = validateDateConsistency({ plannedStart: '2025-01-08', plannedEnd: '2025-01-01' })
    expect(reversed.valid).toBe(false)
    expect(reversed.errors).toEqual(['Planned start date cannot be after planned end date'])
    expect(validateDateConsistency({ actualStart: '2025-01-10', actualEnd: '2025-01-02' }).valid).toBe(false)
  })

  it('reports the actual span (spec vector #20)', () => {
    const report = validateDateConsistency({ actualStart: '2025-01-02', actualEnd: '2025-01-10' })
    expect(report).toMatchObject({ valid: true, durations: { actual: 8 } })
  })

  it('warns about early starts and overruns without invalidating (spec vector #21)', () => {
    const early = validateDateConsistency({ plannedStart: '2025-01-05', actualStart: '2025-01-01' })
    expect(early).toMatchObject({ valid: true, warnings: ['Actual start is before planned start'] })
    const overrun = validateDateConsistency({ plannedEnd: '2025-01-05', actualEnd: '2025-01-10' })
    expect(overrun).toMatchObject({ valid: true, warnings: ['Actual end is after planned end (overrun)'] })
  })

  it('stops at an unreadable date and is valid with no input (spec vector #22)', () => {
    const bad = validateDateConsistency({ plannedStart: 'invalid-date', plannedEnd: '2025-01-08' })
    expect(bad.valid).toBe(false)
    expect(bad.errors).toHaveLength(1)
    expect(bad.errors[0]).toContain('plannedStart: Invalid date format')
    expect(validateDateConsistency({})).toEqual({ valid: true, errors: [], warnings: [], durations: {} })
  })

  it('truncates 1.5 days to a one-day span and then warns (spec vector #23)', () => {
    const start = '2025-08-13'
    const end = calculateEndDate(start, 1.5)
    expect(end).toBe('2025-08-14')
    const report = validateDateConsistency({ plannedStart: start, plannedEnd: end, durationDays: 1.5 })
    expect(report.valid).toBe(true)
    expect(report.durations.planned).toBe(1)
    expect(report.warnings[0]).toContain('differs from expected')
  })
})

describe('validateEpicDates', () => {
  it('parses the duration text before checking (spec vector #24)', () => {
    expect(validateEpicDates('2025-01-01', '2025-01-08', '1 semana')).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      durations: { planned: 7 },
    })
  })

  it('throws InvalidDurationError when the duration text is invalid', () => {
    expect(() => validateEpicDates('2025-01-01', '2025-01-08', 'uma semana')).toThrow(InvalidDurationError)
  })
})
