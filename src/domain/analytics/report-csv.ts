import type { AccuracyRow, AnalyticsReport } from './analytics.types.js'
import { encodeCsv, type CsvCell } from './csv.js'

/** The CSV export's columns: one number (or text) per row, so every section fits one table. */
export const REPORT_CSV_HEADER = ['section', 'key', 'metric', 'value'] as const

type Row = [string, CsvCell, string, CsvCell]

function accuracyRows(section: string, key: CsvCell, row: AccuracyRow): Row[] {
  return [
    [section, key, 'estimate_minutes', row.estimateMinutes],
    [section, key, 'actual_minutes', row.actualMinutes],
    [section, key, 'ratio', row.ratio],
    [section, key, 'tasks', row.tasks],
  ]
}

/** The report as long-format rows (section, key, metric, value); the JSON export holds the same numbers. */
export function reportCsvRows(report: AnalyticsReport): Row[] {
  const { focus, wellbeing, gamification } = report
  const rows: Row[] = [
    ['period', null, 'from', report.period.from],
    ['period', null, 'to', report.period.to],
    ['period', null, 'time_zone', report.period.timeZone],
    ['period', null, 'days', report.period.days],
    ['focus', null, 'total_minutes', focus.totalMinutes],
    ['focus', null, 'completed', focus.completed],
    ['focus', null, 'abandoned', focus.abandoned],
    ['focus', null, 'breaks_completed', focus.breaksCompleted],
    ['focus', null, 'breaks_abandoned', focus.breaksAbandoned],
    ['focus', null, 'completion_rate', focus.completionRate],
    ['focus', null, 'interruptions', focus.interruptions],
    ['focus', null, 'interruptions_per_focus_hour', focus.interruptionsPerFocusHour],
  ]
  for (const day of report.perDay) {
    rows.push(
      ['day', day.date, 'focus_minutes', day.focusMinutes], ['day', day.date, 'focus_sessions', day.focusSessions],
      ['day', day.date, 'interruptions', day.interruptions], ['day', day.date, 'story_points_completed', day.storyPointsCompleted],
      ['day', day.date, 'tasks_completed', day.tasksCompleted], ['day', day.date, 'avg_focus', day.avgFocus],
      ['day', day.date, 'avg_energy', day.avgEnergy], ['day', day.date, 'avg_mood', day.avgMood],
    )
  }
  for (const hour of report.perHour) {
    rows.push(['hour', hour.hour, 'focus_minutes', hour.focusMinutes], ['hour', hour.hour, 'focus_sessions', hour.focusSessions])
  }
  rows.push(['wellbeing', null, 'rated_sessions', wellbeing.ratedSessions])
  for (const name of ['focus', 'energy', 'mood'] as const) {
    rows.push(
      ['wellbeing', name, 'average', wellbeing.averages[name]],
      ['wellbeing', name, 'correlation_with_story_points', wellbeing.correlationWithStoryPoints[name]],
    )
  }
  rows.push(...accuracyRows('accuracy', 'overall', report.accuracy.overall))
  for (const task of report.accuracy.tasks) {
    rows.push(['accuracy_task', task.taskKey, 'title', task.title], ...accuracyRows('accuracy_task', task.taskKey, task))
  }
  for (const epic of report.accuracy.epics) {
    rows.push(['accuracy_epic', epic.epicKey, 'name', epic.name], ...accuracyRows('accuracy_epic', epic.epicKey, epic))
  }
  for (const phase of report.accuracy.phases) {
    rows.push(...accuracyRows('accuracy_phase', phase.phase, phase))
  }
  for (const phase of report.tdd.phases) {
    rows.push(
      ['tdd_phase', phase.phase, 'focus_minutes', phase.focusMinutes], ['tdd_phase', phase.phase, 'tasks_completed', phase.tasksCompleted],
      ['tdd_phase', phase.phase, 'mean_lead_minutes', phase.meanLeadMinutes],
    )
  }
  rows.push(
    ['tdd_cycles', null, 'count', report.tdd.cycles.length],
    ['tdd_cycles', null, 'mean_cycle_minutes', report.tdd.meanCycleMinutes],
    ['tdd_cycles', null, 'median_cycle_minutes', report.tdd.medianCycleMinutes],
    ['points', null, 'in_period', gamification.pointsInPeriod],
    ['points', null, 'total', gamification.totalPoints],
    ['streak', 'focus', 'current', gamification.focusStreak.current],
    ['streak', 'focus', 'best', gamification.focusStreak.best],
    ['streak', 'focus', 'longest_in_period', gamification.focusStreak.longestInPeriod],
    ['streak', 'tasks', 'current', gamification.taskStreak.current],
    ['streak', 'tasks', 'best', gamification.taskStreak.best],
  )
  return rows
}

/** The report as an RFC 4180 CSV document with a header row. */
export function reportToCsv(report: AnalyticsReport): string {
  return encodeCsv([[...REPORT_CSV_HEADER], ...reportCsvRows(report)])
}
