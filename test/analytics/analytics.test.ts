import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'
import { createEpic, createTask, getTask, type Json } from '../helpers/api-fixtures.js'
import { MINUTE, timer } from '../sessions/sessions-support.js'

const dialects = await availableDialects()

/** São Paulo is UTC−3 (the default workspace zone): 09:00 local is 12:00Z. */
const local = (date: string, time: string) => Date.parse(`${date}T${time}:00.000-03:00`)

describe.each(dialects)('analytics on %s', (dialect) => {
  let t: TestApp
  let member: SignedIn
  let owner: SignedIn
  let report: Record<string, unknown>
  let epic: Json

  async function focus(task: Json, at: number, minutes: number, stop: Record<string, unknown> | 'abandon', interruptions = 0) {
    t.clock.set(at)
    await timer(t, member, 'POST', '/start', { taskId: task.id }, 201)
    for (let i = 0; i < interruptions; i++) {
      await t.request('POST', '/api/v1/timer/interruptions', { as: member, body: {} })
    }
    t.clock.advance(minutes * MINUTE)
    await timer(t, member, 'POST', stop === 'abandon' ? '/abandon' : '/stop', stop === 'abandon' ? {} : stop)
  }

  async function complete(task: Json, at: number) {
    t.clock.set(at)
    const current = await getTask(t, member, task.id)
    const done = await t.request('PATCH', `/api/v1/tasks/${task.id}`, { as: member, body: { status: 'completed', version: current.version } })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
  }

  beforeAll(async () => {
    t = await startTestApp(dialect)
    owner = await t.signIn('owner')
    member = await t.signIn('member')
    epic = await createEpic(t, member, 'AN')
    const a = await createTask(t, member, epic, { taskKey: 'A', title: '=SUM(1,2)', tddPhase: 'red', position: 1, estimateMinutes: 60, storyPoints: 3 })
    const b = await createTask(t, member, epic, { taskKey: 'B', tddPhase: 'green', position: 2, estimateMinutes: 40, storyPoints: 5 })
    const c = await createTask(t, member, epic, { taskKey: 'C', tddPhase: 'refactor', position: 3, estimateMinutes: 0, storyPoints: 1 })
    await focus(a, local('2026-03-02', '09:00'), 25, { focusScore: 8, energyLevel: 6, moodRating: 7 }, 1)
    await timer(t, member, 'POST', '/break', {}, 201)
    t.clock.advance(5 * MINUTE)
    await timer(t, member, 'POST', '/stop')
    await focus(a, local('2026-03-02', '14:00'), 25, { focusScore: 6, energyLevel: 4, moodRating: 5 })
    await complete(a, local('2026-03-02', '15:00'))
    await focus(b, local('2026-03-03', '09:30'), 10, 'abandon', 2)
    await focus(b, local('2026-03-03', '10:00'), 50, { focusScore: 9, energyLevel: 8, moodRating: 8 }, 1)
    await complete(b, local('2026-03-03', '12:00'))
    await focus(c, local('2026-03-04', '09:00'), 30, { focusScore: 4, energyLevel: 5, moodRating: 6 })
    await complete(c, local('2026-03-04', '10:00'))
    const response = await t.request('GET', '/api/v1/analytics/report?from=2026-03-02&to=2026-03-04', { as: member })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    report = response.body as Record<string, unknown>
  })
  afterAll(async () => {
    await t.close()
  })

  it('reports focus minutes per local day and per local hour', () => {
    const perDay = report.perDay as { date: string; focusMinutes: number; focusSessions: number; interruptions: number; storyPointsCompleted: number }[]
    expect(perDay.map((d) => [d.date, d.focusMinutes, d.focusSessions, d.interruptions, d.storyPointsCompleted])).toEqual([
      ['2026-03-02', 50, 2, 1, 3], ['2026-03-03', 50, 1, 1, 5], ['2026-03-04', 30, 1, 0, 1],
    ])
    const perHour = (report.perHour as { hour: number; focusMinutes: number; focusSessions: number }[]).filter((h) => h.focusSessions > 0)
    expect(perHour.map((h) => [h.hour, h.focusMinutes, h.focusSessions])).toEqual([[9, 55, 2], [10, 50, 1], [14, 25, 1]])
  })

  it('counts completed against abandoned sessions and interruptions per hour of focus', () => {
    expect(report.focus).toEqual({
      totalMinutes: 130, completed: 4, abandoned: 1, breaksCompleted: 1, breaksAbandoned: 0,
      completionRate: 0.8, interruptions: 4, interruptionsPerFocusHour: 1.71,
    })
  })

  it('averages the ratings and correlates them with completed story points per day', () => {
    expect(report.wellbeing).toEqual({
      ratedSessions: 4,
      averages: { focus: 6.75, energy: 5.75, mood: 6.5 },
      correlationWithStoryPoints: { focus: 0.9934, energy: 0.866, mood: 0.866 },
    })
  })

  it('computes estimate accuracy per task, epic and TDD phase', () => {
    const accuracy = report.accuracy as { tasks: { taskKey: string; ratio: number | null }[]; epics: unknown[]; phases: { phase: string; ratio: number | null }[]; overall: unknown }
    expect(accuracy.tasks.map((row) => [row.taskKey, row.ratio])).toEqual([['A', 0.83], ['B', 1.25], ['C', null]])
    expect(accuracy.epics).toEqual([{ epicId: epic.id, epicKey: 'AN', name: epic.name, estimateMinutes: 100, actualMinutes: 100, ratio: 1, tasks: 2 }])
    expect(accuracy.phases.map((row) => [row.phase, row.ratio])).toEqual([['red', 0.83], ['green', 1.25], ['refactor', null]])
  })

  it('reports time per TDD phase and the red → green → refactor cycle', () => {
    const tdd = report.tdd as { phases: { phase: string; focusMinutes: number; meanLeadMinutes: number | null }[]; cycles: Record<string, unknown>[]; meanCycleMinutes: number }
    expect(tdd.phases.filter((p) => p.focusMinutes > 0).map((p) => [p.phase, p.focusMinutes, p.meanLeadMinutes])).toEqual([['red', 50, 360], ['green', 50, 150], ['refactor', 30, 60]])
    expect(tdd.cycles).toMatchObject([{ startedAt: '2026-03-02T12:00:00.000Z', completedAt: '2026-03-04T13:00:00.000Z', cycleMinutes: 2940, focusMinutes: 130 }])
    expect(tdd.meanCycleMinutes).toBe(2940)
  })

  it('reports points (focus and task completion) and streaks', () => {
    expect(report.gamification).toEqual({
      pointsInPeriod: 116, totalPoints: 116,
      focusStreak: { current: 3, best: 3, longestInPeriod: 3 },
      taskStreak: { current: 3, best: 3 },
    })
  })

  it('exports the same numbers as CSV with formula injection defused', async () => {
    const response = await t.request('GET', '/api/v1/analytics/export?from=2026-03-02&to=2026-03-04', { as: member })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="duration-analytics-2026-03-02-2026-03-04.csv"')
    const lines = (response.body as string).split('\r\n')
    expect(lines[0]).toBe('section,key,metric,value')
    expect(lines).toContain('day,2026-03-03,focus_minutes,50')
    expect(lines).toContain('wellbeing,focus,correlation_with_story_points,0.9934')
    expect(lines).toContain(`accuracy_task,A,title,"'=SUM(1,2)"`)
    expect(lines).toContain('accuracy_task,C,ratio,')
    expect(lines.at(-1)).toBe('')
  })

  it('exports the report as JSON when asked', async () => {
    const response = await t.request('GET', '/api/v1/analytics/export?from=2026-03-02&to=2026-03-04&format=json', { as: member })
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(response.body).toEqual(report)
  })

  it('lets admins read another user’s analytics and refuses members', async () => {
    const asOwner = await t.request('GET', `/api/v1/analytics/report?from=2026-03-02&to=2026-03-04&userId=${member.user.id}`, { as: owner })
    expect(asOwner.body).toEqual(report)
    const other = await t.signIn('member')
    expect((await t.request('GET', `/api/v1/analytics/report?userId=${member.user.id}`, { as: other })).status).toBe(403)
    expect((await t.request('GET', '/api/v1/analytics/report?from=2026-03-05&to=2026-03-01', { as: member })).status).toBe(400)
  })
})
