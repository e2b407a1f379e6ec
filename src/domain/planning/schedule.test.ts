import { describe, expect, it } from 'vitest'
import { DependencyCycleError, ValidationError } from '../errors.js'
import { createWeekendCalendar, thrownBy } from './planning.test-support.js'
import { scheduleTasks, type ScheduleInputTask } from './schedule.js'

const calendar = createWeekendCalendar()
const options = { projectStart: '2025-01-06', calendar }
const blocking = (key: string) => ({ key, type: 'blocking' as const })

const network: ScheduleInputTask[] = [
  { key: 'A', estimateMinutes: 480, dependsOn: [] },
  { key: 'B', estimateMinutes: 240, dependsOn: [blocking('A')] },
  { key: 'C', estimateMinutes: 960, dependsOn: [blocking('A')] },
  { key: 'D', estimateMinutes: 120, dependsOn: [blocking('B'), blocking('C')] },
  { key: 'E', estimateMinutes: 60, dependsOn: [blocking('A'), { key: 'D', type: 'related' }] },
  { key: 'F', estimateMinutes: 0, dependsOn: [blocking('Z'), { key: 'A', type: 'optional' }] },
]

describe('scheduleTasks', () => {
  const schedule = scheduleTasks(network, options)
  const byKey = new Map(schedule.tasks.map((task) => [task.key, task]))

  it('computes earliest and latest minutes and slack when tasks run in parallel', () => {
    const rows = schedule.tasks.map((t) => [
      t.key,
      t.earliestStartMinute,
      t.earliestFinishMinute,
      t.latestStartMinute,
      t.latestFinishMinute,
      t.slackMinutes,
    ])
    expect(rows).toEqual([
      ['A', 0, 480, 0, 480, 0],
      ['B', 480, 720, 1200, 1440, 720],
      ['C', 480, 1440, 480, 1440, 0],
      ['D', 1440, 1560, 1440, 1560, 0],
      ['E', 480, 540, 1500, 1560, 1020],
      ['F', 0, 0, 1560, 1560, 1560],
    ])
    expect(byKey.get('B')?.slackBusinessDays).toBe(1.5)
    expect(byKey.get('E')?.slackBusinessDays).toBe(2.13)
  })

  it('returns the critical path and totals when the network has one longest chain', () => {
    expect(schedule.criticalPath).toEqual(['A', 'C', 'D'])
    expect(schedule.tasks.filter((t) => t.critical).map((t) => t.key)).toEqual(['A', 'C', 'D'])
    expect(schedule.totalMinutes).toBe(1560)
    expect(schedule.totalBusinessDays).toBe(4)
    expect(schedule.start).toBe('2025-01-06')
    expect(schedule.finish).toBe('2025-01-09')
  })

  it('places tasks on business dates when minutes are mapped to 480-minute days', () => {
    const dates = (key: string) => {
      const t = byKey.get(key)
      return [t?.earliestStart, t?.earliestFinish, t?.latestStart, t?.latestFinish]
    }
    expect(dates('A')).toEqual(['2025-01-06', '2025-01-06', '2025-01-06', '2025-01-06'])
    expect(dates('B')).toEqual(['2025-01-07', '2025-01-07', '2025-01-08', '2025-01-08'])
    expect(dates('C')).toEqual(['2025-01-07', '2025-01-08', '2025-01-07', '2025-01-08'])
    expect(dates('D')).toEqual(['2025-01-09', '2025-01-09', '2025-01-09', '2025-01-09'])
    expect(dates('F')).toEqual(['2025-01-06', '2025-01-06', '2025-01-09', '2025-01-09'])
  })

  it('ignores related and optional links and reports unknown keys when scheduling', () => {
    expect(byKey.get('E')?.earliestStartMinute).toBe(480)
    expect(schedule.unresolved).toEqual([{ task: 'F', dependsOn: 'Z', type: 'blocking' }])
    expect(schedule.order).toEqual(['A', 'F', 'B', 'C', 'E', 'D'])
  })

  it('starts on the next business day when the project starts on a weekend', () => {
    const result = scheduleTasks(network, { ...options, projectStart: '2025-01-04' })
    expect(result.start).toBe('2025-01-06')
    expect(result.finish).toBe('2025-01-09')
  })

  it('skips holidays when the calendar has them', () => {
    const result = scheduleTasks(network, { ...options, calendar: createWeekendCalendar(['2025-01-07']) })
    expect(result.tasks.find((t) => t.key === 'C')?.earliestStart).toBe('2025-01-08')
    expect(result.finish).toBe('2025-01-10')
  })

  it('uses the stated minutes per day when one is given', () => {
    const result = scheduleTasks(network, { ...options, minutesPerDay: 240 })
    expect(result.totalBusinessDays).toBe(7)
    expect(result.finish).toBe('2025-01-14')
  })

  it('returns an empty schedule when there are no tasks', () => {
    expect(scheduleTasks([], options)).toEqual({
      tasks: [],
      order: [],
      criticalPath: [],
      totalMinutes: 0,
      totalBusinessDays: 0,
      start: '2025-01-06',
      finish: null,
      unresolved: [],
    })
  })

  it('throws DependencyCycleError listing the cycle in precedence order when blocking links loop', () => {
    const tasks: ScheduleInputTask[] = [
      { key: 'X', estimateMinutes: 10, dependsOn: [blocking('Z')] },
      { key: 'W', estimateMinutes: 10, dependsOn: [] },
      { key: 'Y', estimateMinutes: 10, dependsOn: [blocking('X')] },
      { key: 'Z', estimateMinutes: 10, dependsOn: [blocking('Y')] },
      { key: 'V', estimateMinutes: 10, dependsOn: [blocking('Z')] },
    ]
    const error = thrownBy(() => scheduleTasks(tasks, options), DependencyCycleError)
    expect(error.cycle).toEqual(['X', 'Y', 'Z'])
    expect(error.message).toBe('dependency cycle: X → Y → Z')
  })

  it('reports a one-task cycle when a task blocks itself', () => {
    expect(() => scheduleTasks([{ key: 'S', estimateMinutes: 5, dependsOn: [blocking('S')] }], options)).toThrow(
      expect.objectContaining({ cycle: ['S'] }),
    )
  })

  it('does not treat a related loop as a cycle', () => {
    const result = scheduleTasks(
      [
        { key: 'P', estimateMinutes: 5, dependsOn: [{ key: 'Q', type: 'related' }] },
        { key: 'Q', estimateMinutes: 5, dependsOn: [blocking('P')] },
      ],
      options,
    )
    expect(result.criticalPath).toEqual(['P', 'Q'])
  })

  it('throws ValidationError naming both pointers when keys repeat or estimates are bad', () => {
    const tasks: ScheduleInputTask[] = [
      { key: 'A', estimateMinutes: 5, dependsOn: [] },
      { key: 'A', estimateMinutes: -1, dependsOn: [] },
      { key: '', estimateMinutes: 2.5, dependsOn: [] },
    ]
    const error = thrownBy(() => scheduleTasks(tasks, { ...options, minutesPerDay: 0 }), ValidationError)
    expect(error.issues).toEqual([
      { pointer: '/minutesPerDay', message: 'must be a positive number' },
      { pointer: '/tasks/1/key', message: 'duplicate key "A" (first at /tasks/0/key)' },
      { pointer: '/tasks/1/estimateMinutes', message: 'must be a whole number of minutes ≥ 0' },
      { pointer: '/tasks/2/key', message: 'must not be empty' },
      { pointer: '/tasks/2/estimateMinutes', message: 'must be a whole number of minutes ≥ 0' },
    ])
  })
})
