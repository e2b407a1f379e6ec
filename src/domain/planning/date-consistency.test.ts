import { describe, expect, it } from 'vitest'
import { businessDays } from './day-counting.js'
import { checkDateConsistency } from './date-consistency.js'
import { createWeekendCalendar } from './planning.test-support.js'

describe('checkDateConsistency', () => {
  it('is valid with the planned duration when the dates match the expected days (vector 17)', () => {
    const result = checkDateConsistency({ plannedStart: '2025-01-01', plannedEnd: '2025-01-08', durationDays: 7 })
    expect(result).toEqual({ valid: true, errors: [], warnings: [], durations: { planned: 7 } })
  })

  it('warns "differs from expected" when the gap reaches the 0.5-day tolerance (vector 18)', () => {
    const dates = { plannedStart: '2025-01-01', plannedEnd: '2025-01-08' }
    const five = checkDateConsistency({ ...dates, durationDays: 5 })
    expect(five.valid).toBe(true)
    expect(five.warnings).toEqual([
      {
        code: 'planned_duration_mismatch',
        pointer: '/durationDays',
        message: 'Planned duration (7.0 days) differs from expected (5.0 days)',
      },
    ])
    expect(checkDateConsistency({ ...dates, durationDays: 7.4 }).warnings).toEqual([])
    expect(checkDateConsistency({ ...dates, durationDays: 7.5 }).warnings).toHaveLength(1)
  })

  it('honours a caller tolerance when one is stated', () => {
    const dates = { plannedStart: '2025-01-01', plannedEnd: '2025-01-08', durationDays: 6 }
    expect(checkDateConsistency(dates, { toleranceDays: 1.5 }).warnings).toEqual([])
    expect(checkDateConsistency(dates, { toleranceDays: 1 }).warnings).toHaveLength(1)
  })

  it('is invalid when a start is after its end (vector 19)', () => {
    const planned = checkDateConsistency({ plannedStart: '2025-01-08', plannedEnd: '2025-01-01' })
    expect(planned.valid).toBe(false)
    expect(planned.errors[0]?.message).toContain('cannot be after')
    expect(planned.errors[0]?.code).toBe('planned_start_after_end')
    const actual = checkDateConsistency({ actualStart: '2025-01-10', actualEnd: '2025-01-02' })
    expect(actual.valid).toBe(false)
    expect(actual.errors[0]?.code).toBe('actual_start_after_end')
  })

  it('measures the actual duration when both actual dates exist (vector 20)', () => {
    const result = checkDateConsistency({ actualStart: '2025-01-02', actualEnd: '2025-01-10' })
    expect(result.valid).toBe(true)
    expect(result.durations).toEqual({ actual: 8 })
  })

  it('warns but stays valid on an early start and on an overrun (vector 21)', () => {
    const early = checkDateConsistency({ plannedStart: '2025-01-05', actualStart: '2025-01-01' })
    expect(early.valid).toBe(true)
    expect(early.warnings.map((w) => w.message)).toEqual(['Actual start is before planned start'])
    const overrun = checkDateConsistency({ plannedEnd: '2025-01-05', actualEnd: '2025-01-10' })
    expect(overrun.valid).toBe(true)
    expect(overrun.warnings.map((w) => w.code)).toEqual(['actual_end_overrun'])
    expect(overrun.warnings[0]?.message).toContain('overrun')
  })

  it('stops with an invalid_date error when a date is malformed (vector 22)', () => {
    const result = checkDateConsistency({ plannedStart: 'invalid-date', plannedEnd: '2025-01-01' })
    expect(result.valid).toBe(false)
    expect(result.errors).toEqual([
      { code: 'invalid_date', pointer: '/plannedStart', message: 'Invalid date format: invalid-date' },
    ])
    expect(result.durations).toEqual({})
  })

  it('is valid and empty when given nothing (vector 22)', () => {
    expect(checkDateConsistency({})).toEqual({ valid: true, errors: [], warnings: [], durations: {} })
  })

  it('measures 1 planned day and warns when "1.5 dias" was truncated (vector 23)', () => {
    const result = checkDateConsistency({ plannedStart: '2025-08-13', plannedEnd: '2025-08-14', durationDays: 1.5 })
    expect(result.valid).toBe(true)
    expect(result.durations.planned).toBe(1)
    expect(result.warnings[0]?.message).toContain('differs from expected')
  })

  it('counts business days when given a business counting mode', () => {
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
    expect(result.errors[0]?.code).toBe('invalid_duration')
  })
})
