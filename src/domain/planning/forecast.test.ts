import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { forecastFinish, forecastFromVariance } from './forecast.js'
import { createWeekendCalendar } from './planning.test-support.js'
import { epicVariance } from './variance.js'

const calendar = createWeekendCalendar()

describe('forecastFinish', () => {
  it('projects the remaining work at the observed pace when work has been done', () => {
    // Mon 2025-01-06 .. Fri 2025-01-10 = 5 business days, 1200 min done → 240 min/day; 600 left → 3 days.
    expect(
      forecastFinish({ start: '2025-01-06', asOf: '2025-01-10', doneMinutes: 1200, remainingMinutes: 600 }, calendar),
    ).toEqual({ finishDate: '2025-01-15', minutesPerBusinessDay: 240, elapsedBusinessDays: 5, remainingBusinessDays: 3 })
  })

  it('rounds partial days up when the remaining work does not divide evenly', () => {
    const forecast = forecastFinish(
      { start: '2025-01-06', asOf: '2025-01-06', doneMinutes: 100, remainingMinutes: 250 },
      calendar,
    )
    expect(forecast?.remainingBusinessDays).toBe(3)
    expect(forecast?.finishDate).toBe('2025-01-09')
  })

  it('returns null when nothing has been done yet', () => {
    expect(forecastFinish({ start: '2025-01-06', asOf: '2025-01-10', doneMinutes: 0, remainingMinutes: 60 }, calendar)).toBeNull()
  })

  it('returns null when asOf is before the start or no business day has elapsed', () => {
    expect(forecastFinish({ start: '2025-01-06', asOf: '2025-01-03', doneMinutes: 10, remainingMinutes: 60 }, calendar)).toBeNull()
    expect(forecastFinish({ start: '2025-01-04', asOf: '2025-01-05', doneMinutes: 10, remainingMinutes: 60 }, calendar)).toBeNull()
  })

  it('finishes on asOf when nothing is left', () => {
    expect(
      forecastFinish({ start: '2025-01-06', asOf: '2025-01-07', doneMinutes: 100, remainingMinutes: 0 }, calendar)?.finishDate,
    ).toBe('2025-01-07')
  })

  it('throws ValidationError when minutes are negative', () => {
    expect(() =>
      forecastFinish({ start: '2025-01-06', asOf: '2025-01-07', doneMinutes: -1, remainingMinutes: 0 }, calendar),
    ).toThrow(ValidationError)
  })
})

describe('forecastFromVariance', () => {
  it('uses completed estimate minutes as the pace when forecasting an epic', () => {
    const summary = epicVariance(
      {
        plannedStart: '2025-01-06',
        actualStart: '2025-01-07',
        tasks: [
          { status: 'completed', estimateMinutes: 300, actualMinutes: 500 },
          { status: 'completed', estimateMinutes: 300, actualMinutes: 400 },
          { status: 'pending', estimateMinutes: 600, actualMinutes: 0 },
          { status: 'cancelled', estimateMinutes: 900, actualMinutes: 0 },
        ],
      },
      { calendar },
    )
    // Tue 07 .. Thu 09 = 3 days, 600 estimate-minutes earned → 200/day; 600 left → 3 days after Thu.
    expect(forecastFromVariance(summary, '2025-01-09', calendar)).toEqual({
      finishDate: '2025-01-14',
      minutesPerBusinessDay: 200,
      elapsedBusinessDays: 3,
      remainingBusinessDays: 3,
    })
  })

  it('returns null when the summary has no start date', () => {
    const summary = epicVariance({ tasks: [{ status: 'completed', estimateMinutes: 10, actualMinutes: 10 }] }, { calendar })
    expect(forecastFromVariance(summary, '2025-01-09', calendar)).toBeNull()
  })
})
