export type {
  AccuracyRow, AnalyticsFacts, AnalyticsPeriod, AnalyticsReport, DayMetrics, EpicAccuracy, EpicFact, FocusSummary,
  HourMetrics, PhaseAccuracy, PhaseTime, PointFact, RatingTriple, SessionFact, StreakFact, StreakSummary, TaskAccuracy,
  TaskFact, TddCycle, WellbeingSummary,
} from './analytics.types.js'
export { MAX_REPORT_DAYS, buildAnalyticsReport, longestFocusRun, periodInstants, validatePeriod } from './analytics-report.js'
export { csvCell, encodeCsv } from './csv.js'
export type { CsvCell } from './csv.js'
export { NO_PHASE, PHASE_LABELS, computeEstimateAccuracy } from './estimate-accuracy.js'
export { computeFocusMetrics, periodDates } from './focus-metrics.js'
export { createWallClock, startOfLocalDay } from './local-time.js'
export type { WallClock } from './local-time.js'
export { REPORT_CSV_HEADER, reportCsvRows, reportToCsv } from './report-csv.js'
export { mean, median, pearson, ratio, roundTo } from './statistics.js'
export { computePhaseTimes, cycleStatistics, findTddCycles } from './tdd-cycles.js'
