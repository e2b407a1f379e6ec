import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { actualDaysFromSessions, actualDurationDays } from './actual-duration.js'
import { CALENDAR_DAYS, businessDays } from './day-counting.js'
import { createWeekendCalendar, thrownBy } from './planning.test-support.js'

describe('actualDurationDays', () => {
  it('counts calendar or business days when both actual dates exist', () => {
    expect(actualDurationDays('2025-08-13', '2025-08-18', CALENDAR_DAYS)).toBe(5)
    expect(actualDurationDays('2025-08-13', '2025-08-18', businessDays(createWeekendCalendar()))).toBe(3)
  })

  it('returns null when the epic has not finished', () => {
    expect(actualDurationDays('2025-08-13', null, CALENDAR_DAYS)).toBeNull()
    expect(actualDurationDays(undefined, '2025-08-13', CALENDAR_DAYS)).toBeNull()
  })
})

describe('actualDaysFromSessions', () => {
  it('sums focus minutes into 480-minute days when using the default day', () => {
    expect(actualDaysFromSessions([{ focusMinutes: 240 }, { focusMinutes: 240 }, { focusMinutes: 240 }])).toBe(1.5)
    expect(actualDaysFromSessions([])).toBe(0)
  })

  it('uses the stated minutes per day when given', () => {
    expect(actualDaysFromSessions([{ focusMinutes: 100 }, { focusMinutes: 50 }], 360)).toBe(0.42)
  })

  it('reports every bad session when minutes are negative or not finite', () => {
    const error = thrownBy(
      () => actualDaysFromSessions([{ focusMinutes: -5 }, { focusMinutes: 10 }, { focusMinutes: Number.NaN }]),
      ValidationError,
    )
    expect(error.issues.map((issue) => issue.pointer)).toEqual(['/0/focusMinutes', '/2/focusMinutes'])
  })
})
