import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../domain/errors.js'
import { planSessionEdit } from './session-edit.js'
import type { WorkSession } from './sessions.schema.js'

const NOW = Date.parse('2026-01-05T15:00:00.000Z')

const completed: WorkSession = {
  id: '01900000-0000-7000-8000-000000000010', createdAt: '2026-01-05T12:00:00.000Z', updatedAt: '2026-01-05T12:30:00.000Z', version: 2,
  taskId: 'task-a', userId: 'user-1', kind: 'focus', mode: 'pomodoro', state: 'completed',
  startedAt: '2026-01-05T12:00:00.000Z', endedAt: '2026-01-05T12:30:00.000Z', pausedAt: null, pausedSeconds: 300,
  plannedMinutes: 25, actualMinutes: 25, interruptionsCount: 0, focusScore: null, energyLevel: null, moodRating: null, notes: null,
}

describe('planSessionEdit', () => {
  it('plans the minute difference for the same task when actual minutes change', () => {
    const plan = planSessionEdit(completed, { actualMinutes: 40, focusScore: 7 }, NOW)
    expect(plan).toEqual({
      patch: { actualMinutes: 40, focusScore: 7 },
      changes: [{ field: 'actualMinutes', oldValue: 25, newValue: 40 }, { field: 'focusScore', oldValue: null, newValue: 7 }],
      taskMinutes: [{ taskId: 'task-a', delta: 15 }],
      minutes: { before: 25, after: 40 },
    })
  })

  it('moves all minutes when the session changes task', () => {
    expect(planSessionEdit(completed, { taskId: 'task-b' }, NOW).taskMinutes).toEqual([{ taskId: 'task-a', delta: -25 }, { taskId: 'task-b', delta: 25 }])
  })

  it('recomputes minutes from the span minus pauses when the start moves', () => {
    const plan = planSessionEdit(completed, { startedAt: '2026-01-05T09:10:00-03:00' }, NOW)
    expect(plan.patch).toEqual({ startedAt: '2026-01-05T12:10:00.000Z', actualMinutes: 15 })
    expect(plan.taskMinutes).toEqual([{ taskId: 'task-a', delta: -10 }])
  })

  it('changes nothing when every value is already current', () => {
    expect(planSessionEdit(completed, { actualMinutes: 25, notes: null }, NOW)).toEqual({ patch: {}, changes: [], taskMinutes: [], minutes: null })
  })

  it('leaves task time alone when the session is a break or abandoned', () => {
    const abandoned = { ...completed, state: 'abandoned' as const }
    expect(planSessionEdit(abandoned, { actualMinutes: 5 }, NOW)).toMatchObject({ taskMinutes: [], minutes: null })
  })

  it('refuses a task on a break, an end before the start and a start in the future', () => {
    const breakSession = { ...completed, kind: 'short_break' as const, taskId: null }
    expect(() => planSessionEdit(breakSession, { taskId: 'task-a' }, NOW)).toThrow(ValidationError)
    try {
      planSessionEdit(completed, { endedAt: '2026-01-05T11:00:00.000Z', plannedMinutes: null }, NOW)
      expect.unreachable()
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.pointer)).toEqual(['/body/plannedMinutes', '/body/endedAt'])
    }
    expect(() => planSessionEdit(completed, { startedAt: '2026-01-06T00:00:00.000Z', endedAt: '2026-01-06T01:00:00.000Z' }, NOW)).toThrow(/cannot be changed/)
  })
})
