import type { LocalDate } from '../calendar/index.js'

/** One work session as analytics needs it; instants are epoch ms. */
export interface SessionFact {
  taskId: string | null
  kind: 'focus' | 'short_break' | 'long_break'
  state: 'running' | 'paused' | 'completed' | 'abandoned'
  startedAtMs: number
  /** Null while the session is open. */
  actualMinutes: number | null
  interruptions: number
  focusScore: number | null
  energyLevel: number | null
  moodRating: number | null
}

/** One task the subject worked on or completed. */
export interface TaskFact {
  id: string
  taskKey: string
  title: string
  epicId: string
  tddPhase: string | null
  position: number
  estimateMinutes: number
  actualMinutes: number
  storyPoints: number
  startedAtMs: number | null
  completedAtMs: number | null
  /** The subject's first focus session on the task, if any (start of its lead time). */
  firstFocusAtMs: number | null
}

export interface EpicFact {
  id: string
  epicKey: string
  name: string
}

export interface PointFact {
  points: number
  occurredAtMs: number
}

export interface StreakFact {
  streakType: string
  currentCount: number
  bestCount: number
  lastActivityDate: LocalDate | null
}

/** The period is inclusive local dates in `timeZone`; `today` decides whether streaks are alive. */
export interface AnalyticsPeriod {
  from: LocalDate
  to: LocalDate
  timeZone: string
  today: LocalDate
}

export interface AnalyticsFacts {
  sessions: readonly SessionFact[]
  tasks: readonly TaskFact[]
  epics: readonly EpicFact[]
  points: readonly PointFact[]
  totalPoints: number
  streaks: readonly StreakFact[]
}

export interface DayMetrics {
  date: LocalDate
  focusMinutes: number
  focusSessions: number
  interruptions: number
  storyPointsCompleted: number
  tasksCompleted: number
  avgFocus: number | null
  avgEnergy: number | null
  avgMood: number | null
}

export interface HourMetrics {
  hour: number
  focusMinutes: number
  focusSessions: number
}

export interface FocusSummary {
  totalMinutes: number
  completed: number
  abandoned: number
  breaksCompleted: number
  breaksAbandoned: number
  /** completed / (completed + abandoned) focus sessions, or null when there were none. */
  completionRate: number | null
  interruptions: number
  interruptionsPerFocusHour: number | null
}

export interface RatingTriple {
  focus: number | null
  energy: number | null
  mood: number | null
}

export interface WellbeingSummary {
  ratedSessions: number
  averages: RatingTriple
  /** Pearson r between a day's mean rating and its completed story points, over days with ratings. */
  correlationWithStoryPoints: RatingTriple
}

export interface AccuracyRow {
  estimateMinutes: number
  actualMinutes: number
  /** actual / estimate (1 = on estimate, 1.5 = 50 % over); null when nothing was estimated. */
  ratio: number | null
  tasks: number
}

export interface TaskAccuracy extends AccuracyRow {
  taskId: string
  taskKey: string
  title: string
  epicId: string
  tddPhase: string | null
}

export interface EpicAccuracy extends AccuracyRow {
  epicId: string
  epicKey: string
  name: string
}

export interface PhaseAccuracy extends AccuracyRow {
  phase: string
}

export interface PhaseTime {
  phase: string
  focusMinutes: number
  tasksCompleted: number
  /** Mean minutes from a task's first focus session to its completion. */
  meanLeadMinutes: number | null
}

export interface TddCycle {
  epicId: string
  redTaskId: string
  greenTaskId: string
  refactorTaskId: string
  /** UTC ISO-8601: the red task's first focus session (or its start). */
  startedAt: string
  /** UTC ISO-8601: the refactor task's completion. */
  completedAt: string
  cycleMinutes: number
  focusMinutes: number
}

export interface StreakSummary {
  current: number
  best: number
}

export interface AnalyticsReport {
  period: { from: LocalDate; to: LocalDate; timeZone: string; days: number }
  focus: FocusSummary
  perDay: DayMetrics[]
  perHour: HourMetrics[]
  wellbeing: WellbeingSummary
  accuracy: { overall: AccuracyRow; tasks: TaskAccuracy[]; epics: EpicAccuracy[]; phases: PhaseAccuracy[] }
  tdd: { phases: PhaseTime[]; cycles: TddCycle[]; meanCycleMinutes: number | null; medianCycleMinutes: number | null }
  gamification: {
    pointsInPeriod: number
    totalPoints: number
    focusStreak: StreakSummary & { longestInPeriod: number }
    taskStreak: StreakSummary
  }
}
