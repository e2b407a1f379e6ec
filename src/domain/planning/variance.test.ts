import { describe, expect, it } from 'vitest'
import { createWeekendCalendar } from './planning.test-support.js'
import { completionPercentage, scheduleSlipBusinessDays, timelineStatus } from './progress.js'
import { epicVariance, taskVariance, type TaskProgressInput } from './variance.js'
import { rollUpVariance } from './variance-rollup.js'

const calendar = createWeekendCalendar()

const tasks: TaskProgressInput[] = [
  { status: 'completed', estimateMinutes: 60, actualMinutes: 90 },
  { status: 'completed', estimateMinutes: 30, actualMinutes: 20 },
  { status: 'in_progress', estimateMinutes: 45, actualMinutes: 15 },
  { status: 'cancelled', estimateMinutes: 20, actualMinutes: 5 },
  { status: 'pending', estimateMinutes: null, actualMinutes: null },
]

describe('completionPercentage', () => {
  it('rounds completed ÷ total × 100 to 2 decimals when tasks exist', () => {
    expect(completionPercentage(3, 4)).toBe(75)
    expect(completionPercentage(1, 3)).toBe(33.33)
    expect(completionPercentage(2, 3)).toBe(66.67)
  })

  it('excludes cancelled tasks from the denominator', () => {
    expect(completionPercentage(2, 5, 1)).toBe(50)
  })

  it('returns null when there are no tasks or all were cancelled', () => {
    expect(completionPercentage(0, 0)).toBeNull()
    expect(completionPercentage(0, 2, 2)).toBeNull()
  })
})

describe('timelineStatus', () => {
  it('follows epic_timeline: start decides not_started, end decides completed', () => {
    expect(timelineStatus(null, null)).toBe('not_started')
    expect(timelineStatus('2025-01-01', null)).toBe('in_progress')
    expect(timelineStatus('2025-01-01', '2025-01-05')).toBe('completed')
    expect(timelineStatus(null, '2025-01-05')).toBe('not_started')
  })
})

describe('scheduleSlipBusinessDays', () => {
  it('counts business days late or early when the work has finished', () => {
    expect(scheduleSlipBusinessDays('2025-01-03', '2025-01-08', calendar)).toBe(3)
    expect(scheduleSlipBusinessDays('2025-01-08', '2025-01-03', calendar)).toBe(-3)
    expect(scheduleSlipBusinessDays('2025-01-08', '2025-01-08', calendar)).toBe(0)
  })

  it('counts lateness up to asOf when open work is past its planned end', () => {
    expect(scheduleSlipBusinessDays('2025-01-03', null, calendar, '2025-01-07')).toBe(2)
    expect(scheduleSlipBusinessDays('2025-01-10', null, calendar, '2025-01-07')).toBe(0)
  })

  it('returns null when there is no planned end, or no actual end and no asOf', () => {
    expect(scheduleSlipBusinessDays(null, '2025-01-07', calendar)).toBeNull()
    expect(scheduleSlipBusinessDays('2025-01-03', null, calendar)).toBeNull()
  })
})

describe('taskVariance', () => {
  it('compares actual with estimate when the task is completed', () => {
    const result = taskVariance(
      { status: 'completed', estimateMinutes: 60, actualMinutes: 90, plannedEnd: '2025-01-06', actualEnd: '2025-01-07' },
      { calendar },
    )
    expect(result).toMatchObject({
      taskCount: 1,
      completedCount: 1,
      completionPercentage: 100,
      varianceMinutes: 30,
      variancePercentage: 50,
      remainingEstimateMinutes: 0,
      timelineStatus: 'completed',
      scheduleSlipBusinessDays: 1,
    })
  })

  it('reports no effort variance while the task is open', () => {
    const result = taskVariance({ status: 'in_progress', estimateMinutes: 60, actualMinutes: 10 }, { calendar })
    expect(result).toMatchObject({ varianceMinutes: 0, variancePercentage: null, remainingEstimateMinutes: 60, timelineStatus: 'in_progress' })
  })
})

describe('epicVariance', () => {
  it('sums effort, excludes cancelled tasks from completion and measures duration variance', () => {
    const result = epicVariance(
      {
        plannedStart: '2025-08-13',
        plannedEnd: '2025-08-18',
        actualStart: '2025-08-14',
        actualEnd: '2025-08-20',
        durationDays: 5,
        tasks,
      },
      { calendar },
    )
    expect(result).toEqual({
      taskCount: 5,
      completedCount: 2,
      cancelledCount: 1,
      completionPercentage: 50,
      estimateMinutes: 155,
      actualMinutes: 130,
      remainingEstimateMinutes: 45,
      completedEstimateMinutes: 90,
      completedActualMinutes: 110,
      varianceMinutes: 20,
      variancePercentage: 22.22,
      plannedStart: '2025-08-13',
      plannedEnd: '2025-08-18',
      actualStart: '2025-08-14',
      actualEnd: '2025-08-20',
      timelineStatus: 'completed',
      scheduleSlipBusinessDays: 2,
      actualDurationDays: 6,
      durationVarianceDays: 1,
    })
  })

  it('returns null completion and duration variance when the epic has no tasks and no actual dates', () => {
    const result = epicVariance({ durationDays: 5, tasks: [] }, { calendar })
    expect(result.completionPercentage).toBeNull()
    expect(result.actualDurationDays).toBeNull()
    expect(result.durationVarianceDays).toBeNull()
    expect(result.timelineStatus).toBe('not_started')
  })
})

describe('rollUpVariance', () => {
  const epicA = epicVariance(
    { plannedStart: '2025-01-06', plannedEnd: '2025-01-10', actualStart: '2025-01-06', actualEnd: '2025-01-10', tasks: tasks.slice(0, 2) },
    { calendar },
  )
  const epicB = epicVariance(
    { plannedStart: '2025-01-13', plannedEnd: '2025-01-17', actualStart: '2025-01-14', tasks: tasks.slice(2) },
    { calendar },
  )

  it('sums counts and recomputes percentages when rolling epics into a project', () => {
    const project = rollUpVariance([epicA, epicB], { calendar, asOf: '2025-01-21' })
    expect(project).toMatchObject({
      taskCount: 5,
      completedCount: 2,
      cancelledCount: 1,
      completionPercentage: 50,
      estimateMinutes: 155,
      varianceMinutes: 20,
      plannedStart: '2025-01-06',
      plannedEnd: '2025-01-17',
      actualStart: '2025-01-06',
      actualEnd: null,
      timelineStatus: 'in_progress',
      scheduleSlipBusinessDays: 2,
    })
  })

  it('takes the latest actual end once every child has finished', () => {
    const done = { ...epicB, actualEnd: '2025-01-20' }
    const project = rollUpVariance([epicA, done], { calendar })
    expect(project.actualEnd).toBe('2025-01-20')
    expect(project.timelineStatus).toBe('completed')
    expect(project.scheduleSlipBusinessDays).toBe(1)
  })

  it('rolls projects into a client with the same function', () => {
    const project = rollUpVariance([epicA, epicB], { calendar })
    const client = rollUpVariance([project, project], { calendar })
    expect(client.taskCount).toBe(10)
    expect(client.completionPercentage).toBe(50)
    expect(client.estimateMinutes).toBe(310)
  })

  it('returns empty figures when there are no children', () => {
    expect(rollUpVariance([], { calendar })).toMatchObject({
      taskCount: 0,
      completionPercentage: null,
      variancePercentage: null,
      plannedEnd: null,
      actualEnd: null,
      timelineStatus: 'not_started',
      scheduleSlipBusinessDays: null,
    })
  })
})
