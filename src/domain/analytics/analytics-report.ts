import { addCalendarDays, calendarDaysBetween, isValidLocalDate, type LocalDate } from '../calendar/index.js'
import { ValidationError, type ValidationIssue } from '../errors.js'
import { FOCUS_STREAK_DAY_MINUTES, currentStreak } from '../focus/focus-rewards.js'
import type { AnalyticsFacts, AnalyticsPeriod, AnalyticsReport, DayMetrics, StreakFact, StreakSummary } from './analytics.types.js'
import { computeEstimateAccuracy } from './estimate-accuracy.js'
import { computeFocusMetrics } from './focus-metrics.js'
import { createWallClock, startOfLocalDay } from './local-time.js'
import { computePhaseTimes, cycleStatistics, findTddCycles } from './tdd-cycles.js'

/** Longest period one report may cover: a year, so a request's cost stays bounded. */
export const MAX_REPORT_DAYS = 366

/**
 * Checks a report period (real dates, from ≤ to, at most MAX_REPORT_DAYS days).
 * @throws ValidationError with `/query/from` and `/query/to` pointers.
 */
export function validatePeriod(from: string, to: string): { from: LocalDate; to: LocalDate; days: number } {
  const issues: ValidationIssue[] = []
  if (!isValidLocalDate(from)) {
    issues.push({ pointer: '/query/from', message: 'a real date YYYY-MM-DD' })
  }
  if (!isValidLocalDate(to)) {
    issues.push({ pointer: '/query/to', message: 'a real date YYYY-MM-DD' })
  }
  if (issues.length === 0) {
    const days = calendarDaysBetween(from, to) + 1
    if (days < 1) {
      issues.push({ pointer: '/query/to', message: 'must not be before from' })
    } else if (days > MAX_REPORT_DAYS) {
      issues.push({ pointer: '/query/to', message: `a period covers at most ${MAX_REPORT_DAYS} days` })
    } else {
      return { from, to, days }
    }
  }
  throw new ValidationError('invalid report period', issues)
}

/** The half-open instant range [fromMs, toMs) covering the period's local dates. */
export function periodInstants(period: Pick<AnalyticsPeriod, 'from' | 'to' | 'timeZone'>): { fromMs: number; toMs: number } {
  return { fromMs: startOfLocalDay(period.from, period.timeZone), toMs: startOfLocalDay(addCalendarDays(period.to, 1), period.timeZone) }
}

/** Longest run of consecutive days that reached the focus-streak threshold. */
export function longestFocusRun(perDay: readonly DayMetrics[]): number {
  let best = 0
  let run = 0
  for (const day of perDay) {
    run = day.focusMinutes >= FOCUS_STREAK_DAY_MINUTES ? run + 1 : 0
    best = Math.max(best, run)
  }
  return best
}

function streakOf(streaks: readonly StreakFact[], type: string, today: LocalDate): StreakSummary {
  const row = streaks.find((s) => s.streakType === type)
  return row === undefined ? { current: 0, best: 0 } : { current: currentStreak(row, today), best: row.bestCount }
}

/**
 * Every analytics number for one person and period, from plain facts. Sessions belong to the local
 * day they started on; tasks count for accuracy, phases and cycles when completed within the period.
 */
export function buildAnalyticsReport(facts: AnalyticsFacts, period: AnalyticsPeriod): AnalyticsReport {
  const { days } = validatePeriod(period.from, period.to)
  const wallClock = createWallClock(period.timeZone)
  const inPeriod = (epochMs: number | null): boolean => {
    if (epochMs === null) {
      return false
    }
    const date = wallClock(epochMs).date
    return date >= period.from && date <= period.to
  }
  const completedTasks = facts.tasks.filter((t) => inPeriod(t.completedAtMs))
  const { focus, perDay, perHour, wellbeing } = computeFocusMetrics(facts.sessions, completedTasks, period, wallClock)
  const periodSessions = facts.sessions.filter((s) => inPeriod(s.startedAtMs))
  const { fromMs, toMs } = periodInstants(period)
  const cycles = findTddCycles(facts.tasks, fromMs, toMs)
  return {
    period: { from: period.from, to: period.to, timeZone: period.timeZone, days },
    focus,
    perDay,
    perHour,
    wellbeing,
    accuracy: computeEstimateAccuracy(completedTasks, facts.epics),
    tdd: { phases: computePhaseTimes(periodSessions, completedTasks, facts.tasks), cycles, ...cycleStatistics(cycles) },
    gamification: {
      pointsInPeriod: facts.points.filter((p) => inPeriod(p.occurredAtMs)).reduce((sum, p) => sum + p.points, 0),
      totalPoints: facts.totalPoints,
      focusStreak: { ...streakOf(facts.streaks, 'focus_sessions', period.today), longestInPeriod: longestFocusRun(perDay) },
      taskStreak: streakOf(facts.streaks, 'daily_tasks', period.today),
    },
  }
}
