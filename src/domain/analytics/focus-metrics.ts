import { addCalendarDays, calendarDaysBetween, type LocalDate } from '../calendar/index.js'
import type {
  AnalyticsPeriod, DayMetrics, FocusSummary, HourMetrics, RatingTriple, SessionFact, TaskFact, WellbeingSummary,
} from './analytics.types.js'
import type { WallClock } from './local-time.js'
import { mean, pearson, ratio, roundTo } from './statistics.js'

type RatingKey = 'focusScore' | 'energyLevel' | 'moodRating'
const RATINGS: readonly [keyof RatingTriple, RatingKey][] = [['focus', 'focusScore'], ['energy', 'energyLevel'], ['mood', 'moodRating']]

/** Every local date of the period, in order. */
export function periodDates(period: Pick<AnalyticsPeriod, 'from' | 'to'>): LocalDate[] {
  const days = calendarDaysBetween(period.from, period.to) + 1
  return Array.from({ length: Math.max(0, days) }, (_, i) => addCalendarDays(period.from, i))
}

/** Focus time is what the task ledger counts: completed focus sessions only (abandoned ones are not task time). */
function isCompletedFocus(session: SessionFact): boolean {
  return session.kind === 'focus' && session.state === 'completed'
}

function ratingMean(sessions: readonly SessionFact[], key: RatingKey): number | null {
  return mean(sessions.flatMap((s) => (s[key] === null ? [] : [s[key]])))
}

interface DayBucket {
  sessions: SessionFact[]
  storyPoints: number
  tasksCompleted: number
}

export interface FocusMetrics {
  focus: FocusSummary
  perDay: DayMetrics[]
  perHour: HourMetrics[]
  wellbeing: WellbeingSummary
}

/**
 * Focus metrics of sessions and completed tasks within the period. A session belongs to the local
 * day and hour it started in; a task to the local day it was completed on.
 */
export function computeFocusMetrics(
  sessions: readonly SessionFact[],
  tasks: readonly TaskFact[],
  period: AnalyticsPeriod,
  wallClock: (epochMs: number) => WallClock,
): FocusMetrics {
  const days = new Map<LocalDate, DayBucket>(periodDates(period).map((date) => [date, { sessions: [], storyPoints: 0, tasksCompleted: 0 }]))
  const hours: HourMetrics[] = Array.from({ length: 24 }, (_, hour) => ({ hour, focusMinutes: 0, focusSessions: 0 }))
  const inPeriod: SessionFact[] = []
  for (const session of sessions) {
    const wall = wallClock(session.startedAtMs)
    const day = days.get(wall.date)
    if (day === undefined) {
      continue
    }
    inPeriod.push(session)
    if (isCompletedFocus(session)) {
      day.sessions.push(session)
      const hour = hours[wall.hour]
      if (hour) {
        hour.focusMinutes += session.actualMinutes ?? 0
        hour.focusSessions += 1
      }
    }
  }
  for (const task of tasks) {
    const day = task.completedAtMs === null ? undefined : days.get(wallClock(task.completedAtMs).date)
    if (day) {
      day.storyPoints += task.storyPoints
      day.tasksCompleted += 1
    }
  }
  const perDay: DayMetrics[] = [...days].map(([date, day]) => ({
    date,
    focusMinutes: day.sessions.reduce((sum, s) => sum + (s.actualMinutes ?? 0), 0),
    focusSessions: day.sessions.length,
    interruptions: day.sessions.reduce((sum, s) => sum + s.interruptions, 0),
    storyPointsCompleted: day.storyPoints,
    tasksCompleted: day.tasksCompleted,
    avgFocus: roundOrNull(ratingMean(day.sessions, 'focusScore')),
    avgEnergy: roundOrNull(ratingMean(day.sessions, 'energyLevel')),
    avgMood: roundOrNull(ratingMean(day.sessions, 'moodRating')),
  }))
  return { focus: summarize(inPeriod), perDay, perHour: hours, wellbeing: wellbeingOf(inPeriod.filter(isCompletedFocus), [...days.values()]) }
}

function roundOrNull(value: number | null, digits = 2): number | null {
  return value === null ? null : roundTo(value, digits)
}

function summarize(sessions: readonly SessionFact[]): FocusSummary {
  const count = (kind: 'focus' | 'break', state: 'completed' | 'abandoned') =>
    sessions.filter((s) => (kind === 'focus' ? s.kind === 'focus' : s.kind !== 'focus') && s.state === state).length
  const completed = count('focus', 'completed')
  const abandoned = count('focus', 'abandoned')
  // Interruptions often end a session early, so abandoned sessions count in the rate as well.
  const ended = sessions.filter((s) => s.kind === 'focus' && (s.state === 'completed' || s.state === 'abandoned'))
  const interruptions = ended.reduce((sum, s) => sum + s.interruptions, 0)
  const endedMinutes = ended.reduce((sum, s) => sum + (s.actualMinutes ?? 0), 0)
  return {
    totalMinutes: sessions.filter(isCompletedFocus).reduce((sum, s) => sum + (s.actualMinutes ?? 0), 0),
    completed,
    abandoned,
    breaksCompleted: count('break', 'completed'),
    breaksAbandoned: count('break', 'abandoned'),
    completionRate: ratio(completed, completed + abandoned, 4),
    interruptions,
    interruptionsPerFocusHour: ratio(interruptions * 60, endedMinutes, 2),
  }
}

function wellbeingOf(completedFocus: readonly SessionFact[], days: readonly DayBucket[]): WellbeingSummary {
  const averages: RatingTriple = { focus: null, energy: null, mood: null }
  const correlation: RatingTriple = { focus: null, energy: null, mood: null }
  for (const [name, key] of RATINGS) {
    averages[name] = roundOrNull(ratingMean(completedFocus, key))
    const pairs = days.flatMap((day): [number, number][] => {
      const dayMean = ratingMean(day.sessions, key)
      return dayMean === null ? [] : [[dayMean, day.storyPoints]]
    })
    correlation[name] = roundOrNull(pearson(pairs), 4)
  }
  const ratedSessions = completedFocus.filter((s) => s.focusScore !== null || s.energyLevel !== null || s.moodRating !== null).length
  return { ratedSessions, averages, correlationWithStoryPoints: correlation }
}
