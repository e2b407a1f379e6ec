import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { FACTS, PERIOD } from './analytics.fixture.test-support.js'
import { buildAnalyticsReport, validatePeriod } from './analytics-report.js'

describe('buildAnalyticsReport', () => {
  const report = buildAnalyticsReport(FACTS, PERIOD)

  it('sums completed focus minutes per local day when sessions span several days', () => {
    expect(report.perDay.map((d) => [d.date, d.focusMinutes, d.focusSessions, d.interruptions, d.storyPointsCompleted])).toEqual([
      ['2026-01-05', 50, 2, 1, 3],
      ['2026-01-06', 50, 1, 1, 7],
      ['2026-01-07', 30, 1, 0, 1],
    ])
    expect(report.perDay.map((d) => [d.avgFocus, d.avgEnergy, d.avgMood])).toEqual([[7, 5, 6], [9, 8, 8], [4, 5, 6]])
  })

  it('buckets focus minutes by the hour the session started', () => {
    const busy = report.perHour.filter((h) => h.focusSessions > 0).map((h) => [h.hour, h.focusMinutes, h.focusSessions])
    expect(busy).toEqual([[9, 55, 2], [10, 50, 1], [14, 25, 1]])
    expect(report.perHour).toHaveLength(24)
  })

  it('counts completed and abandoned sessions and interruptions per focus hour', () => {
    expect(report.focus).toEqual({
      totalMinutes: 130, completed: 4, abandoned: 1, breaksCompleted: 1, breaksAbandoned: 0,
      completionRate: 0.8, interruptions: 4, interruptionsPerFocusHour: 1.71,
    })
  })

  it('averages ratings and correlates daily means with completed story points', () => {
    expect(report.wellbeing).toEqual({
      ratedSessions: 4,
      averages: { focus: 6.75, energy: 5.75, mood: 6.5 },
      correlationWithStoryPoints: { focus: 0.9538, energy: 0.9449, mood: 0.9449 },
    })
  })

  it('computes estimate accuracy per task, epic and phase, leaving unestimated tasks out of groups', () => {
    expect(report.accuracy.tasks.map((t) => [t.taskKey, t.ratio])).toEqual([['A', 0.83], ['B', 1.5], ['C', null], ['D', 0.5]])
    expect(report.accuracy.epics.map((e) => [e.epicKey, e.estimateMinutes, e.actualMinutes, e.ratio, e.tasks])).toEqual([
      ['E1', 100, 110, 1.1, 2],
      ['E2', 30, 15, 0.5, 1],
    ])
    expect(report.accuracy.phases.map((p) => [p.phase, p.ratio])).toEqual([['red', 0.83], ['green', 1.5], ['refactor', null], ['none', 0.5]])
    expect(report.accuracy.overall).toEqual({ estimateMinutes: 130, actualMinutes: 125, ratio: 0.96, tasks: 3 })
  })

  it('reports time per TDD phase and the red → green → refactor cycle time', () => {
    expect(report.tdd.phases.map((p) => [p.phase, p.focusMinutes, p.tasksCompleted, p.meanLeadMinutes])).toEqual([
      ['analysis', 0, 0, null], ['red', 50, 1, 360], ['green', 50, 1, 150], ['refactor', 30, 1, 60], ['review', 0, 0, null], ['none', 0, 1, null],
    ])
    expect(report.tdd.cycles).toEqual([{
      epicId: 'E1', redTaskId: 'A', greenTaskId: 'B', refactorTaskId: 'C',
      startedAt: '2026-01-05T09:00:00.000Z', completedAt: '2026-01-07T10:00:00.000Z', cycleMinutes: 2940, focusMinutes: 140,
    }])
    expect([report.tdd.meanCycleMinutes, report.tdd.medianCycleMinutes]).toEqual([2940, 2940])
  })

  it('reports points of the period and live or lapsed streaks as of today', () => {
    expect(report.gamification).toEqual({
      pointsInPeriod: 15, totalPoints: 18,
      focusStreak: { current: 3, best: 4, longestInPeriod: 3 },
      taskStreak: { current: 0, best: 2 },
    })
  })
})

describe('validatePeriod', () => {
  it('rejects a period that ends before it starts or spans more than a year', () => {
    expect(() => validatePeriod('2026-01-05', '2026-01-04')).toThrow(ValidationError)
    expect(() => validatePeriod('2025-01-01', '2026-01-02')).toThrow(/invalid report period/)
    expect(() => validatePeriod('2026-02-30', '2026-03-01')).toThrow(ValidationError)
    expect(validatePeriod('2025-01-01', '2026-01-01').days).toBe(366)
  })
})
