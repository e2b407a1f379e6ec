import { describe, expect, it } from 'vitest'
import { InvalidDurationError } from '../errors.js'
import { checkDateConsistency, checkEpicDates } from './date-consistency.js'
import { CALENDAR_DAYS, businessDays, plannedEndDate } from './day-counting.js'
import { createWeekendCalendar } from './planning.test-support.js'

const planned = { plannedStart: '2025-01-01', plannedEnd: '2025-01-08' }

describe('checkDateConsistency', () => {
  it('is valid with the planned duration when the dates match the expected days (spec vector #17)', () => {
    const result = checkDateConsistency({ ...planned, durationDays: 7 })
    expect(result).toEqual({ valid: true, errors: [], warnings: [], durations: { planned: 7 } })
  })

  it('warns "differs from expected" when the gap reaches the 0.5-day tolerance (spec vector #18)', () => {
    const five = checkDateConsistency({ ...planned, durationDays: 5 })
    expect(five.valid).toBe(true)
    expect(five.warnings).toEqual([
      {
        code: 'planned_duration_mismatch',
        pointer: '/durationDays',
        message: 'Planned duration (7.0 days) differs from expected (5.0 days)',
      },
    ])
    expect(checkDateConsistency({ ...planned, durationDays: 7.4 }).warnings).toEqual([])
    expect(checkDateConsistency({ ...planned, durationDays: 7.5 }).warnings).toHaveLength(1)
  })

  it('prints the expected days to one decimal with ties to even when they have more decimals', () => {
    const result = checkDateConsistency({ ...planned, durationDays: 6.25 })
    expect(result.warnings[0]?.message).toBe('Planned duration (7.0 days) differs from expected (6.2 days)')
  })

  it('honours a caller tolerance when one is stated', () => {
    const dates = { ...planned, durationDays: 6 }
    expect(checkDateConsistency(dates, { toleranceDays: 1.5 }).warnings).toEqual([])
    expect(checkDateConsistency(dates, { toleranceDays: 1 }).warnings).toHaveLength(1)
  })

  it('is invalid with a "cannot be after" error when a start is after its end (spec vector #19)', () => {
    const reversed = checkDateConsistency({ plannedStart: '2025-01-08', plannedEnd: '2025-01-01' })
    expect(reversed).toEqual({
      valid: false,
      errors: [
        {
          code: 'planned_start_after_end',
          pointer: '/plannedEnd',
          message: 'Planned start date cannot be after planned end date',
        },
      ],
      warnings: [],
      durations: {},
    })
    const actual = checkDateConsistency({ actualStart: '2025-01-10', actualEnd: '2025-01-02' })
    expect(actual.valid).toBe(false)
    expect(actual.errors.map((e) => e.code)).toEqual(['actual_start_after_end'])
  })

  it('measures the actual duration when both actual dates exist (spec vector #20)', () => {
    const result = checkDateConsistency({ actualStart: '2025-01-02', actualEnd: '2025-01-10' })
    expect(result).toEqual({ valid: true, errors: [], warnings: [], durations: { actual: 8 } })
  })

  it('warns but stays valid on an early start and on an overrun (spec vector #21)', () => {
    const early = checkDateConsistency({ plannedStart: '2025-01-05', actualStart: '2025-01-01' })
    expect(early.valid).toBe(true)
    expect(early.warnings).toEqual([
      { code: 'actual_start_before_planned', pointer: '/actualStart', message: 'Actual start is before planned start' },
    ])
    const overrun = checkDateConsistency({ plannedEnd: '2025-01-05', actualEnd: '2025-01-10' })
    expect(overrun.valid).toBe(true)
    expect(overrun.warnings).toEqual([
      { code: 'actual_end_overrun', pointer: '/actualEnd', message: 'Actual end is after planned end (overrun)' },
    ])
  })

  it('stops with an invalid_date error when a date is malformed (spec vector #22)', () => {
    const result = checkDateConsistency({ plannedStart: 'invalid-date', plannedEnd: '2025-01-08' })
    expect(result).toEqual({
      valid: false,
      errors: [
        {
          code: 'invalid_date',
          pointer: '/plannedStart',
          message: "Invalid date format: 'invalid-date' is not a real date as YYYY-MM-DD",
        },
      ],
      warnings: [],
      durations: {},
    })
  })

  it('is valid and empty when given nothing or only nulls (spec vector #22)', () => {
    const empty = { valid: true, errors: [], warnings: [], durations: {} }
    expect(checkDateConsistency({})).toEqual(empty)
    expect(checkDateConsistency({ plannedStart: null, plannedEnd: null, actualEnd: null, durationDays: null })).toEqual(empty)
  })

  it('measures 1 planned day and warns when "1.5 dias" was truncated (spec vector #23)', () => {
    const start = '2025-08-13'
    const end = plannedEndDate(start, 1.5, CALENDAR_DAYS)
    expect(end).toBe('2025-08-14')
    const result = checkDateConsistency({ plannedStart: start, plannedEnd: end, durationDays: 1.5 })
    expect(result.valid).toBe(true)
    expect(result.durations.planned).toBe(1)
    expect(result.warnings.map((w) => w.message)).toEqual(['Planned duration (1.0 days) differs from expected (1.5 days)'])
  })

  it('counts business days in (start, end] when given a business counting mode', () => {
    const result = checkDateConsistency(
      { plannedStart: '2025-01-03', plannedEnd: '2025-01-10', durationDays: 5 },
      { counting: businessDays(createWeekendCalendar()) },
    )
    expect(result.durations.planned).toBe(5)
    expect(result.warnings).toEqual([])
  })

  it('rejects a negative expected duration as an error', () => {
    const result = checkDateConsistency({ durationDays: -2 })
    expect(result.valid).toBe(false)
    expect(result.errors).toEqual([
      { code: 'invalid_duration', pointer: '/durationDays', message: 'Duration cannot be negative' },
    ])
  })
})

describe('checkEpicDates', () => {
  it('parses the duration text before checking the planned span (spec vector #24)', () => {
    expect(checkEpicDates({ ...planned, durationText: '1 semana' })).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      durations: { planned: 7 },
    })
  })

  it('warns when the duration text disagrees with the planned span', () => {
    const result = checkEpicDates({ ...planned, durationText: '5 dias' })
    expect(result.warnings.map((w) => w.message)).toEqual(['Planned duration (7.0 days) differs from expected (5.0 days)'])
  })

  it('skips the duration check when there is no duration text', () => {
    expect(checkEpicDates({ ...planned, durationText: null }).warnings).toEqual([])
  })

  it('throws InvalidDurationError when the duration text cannot be parsed', () => {
    expect(() => checkEpicDates({ ...planned, durationText: 'uma semana' })).toThrow(InvalidDurationError)
  })
})
