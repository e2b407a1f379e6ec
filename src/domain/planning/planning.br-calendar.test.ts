import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from '../calendar/index.js'
import { businessDays, plannedEndDate } from './day-counting.js'
import { forecastFinish } from './forecast.js'
import { scheduleTasks } from './schedule.js'

const brazil = createBusinessCalendar()

describe('planning on the Brazilian calendar', () => {
  it('skips Good Friday and Tiradentes when adding business days over Easter 2025', () => {
    expect(plannedEndDate('2025-04-17', 1, businessDays(brazil))).toBe('2025-04-22')
  })

  it('schedules a five-day chain past both holidays when it starts Monday 2025-04-14', () => {
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((key, index, keys) => ({
      key,
      estimateMinutes: 480,
      dependsOn: index === 0 ? [] : [{ key: keys[index - 1] ?? '', type: 'blocking' as const }],
    }))
    const schedule = scheduleTasks(tasks, { projectStart: '2025-04-14', calendar: brazil })
    expect(schedule.tasks.map((task) => task.earliestStart)).toEqual([
      '2025-04-14',
      '2025-04-15',
      '2025-04-16',
      '2025-04-17',
      '2025-04-22',
    ])
    expect(schedule.finish).toBe('2025-04-22')
    expect(schedule.criticalPath).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('forecasts past the holidays when pace is measured in Brazilian business days', () => {
    const forecast = forecastFinish({ start: '2025-04-14', asOf: '2025-04-17', doneMinutes: 960, remainingMinutes: 480 }, brazil)
    expect(forecast).toEqual({
      finishDate: '2025-04-23',
      minutesPerBusinessDay: 240,
      elapsedBusinessDays: 4,
      remainingBusinessDays: 2,
    })
  })
})
