import { toIsoTimestamp, type Clock } from '../../domain/clock.js'
import { addCalendarDays, toLocalDate } from '../../domain/calendar/index.js'
import { buildAnalyticsReport, periodInstants, reportToCsv, validatePeriod } from '../../domain/analytics/index.js'
import type { Actor } from '../../identity/actor.js'
import type { Store } from '../../store/store.js'
import { subjectOf } from '../sessions/sessions.service.js'
import {
  loadEpicFacts, loadPointFacts, loadSessionFacts, loadStreakFacts, loadTaskFacts,
} from './analytics.repository.js'
import type { AnalyticsQuery, AnalyticsReportView } from './analytics.schema.js'

export interface AnalyticsServiceDeps {
  store: Store
  clock: Clock
  /** Workspace zone: periods are local dates in it, sessions count for the local day they start on. */
  timeZone: string
}

/** Days a report covers when `from` is not given (the reference's default: the last 7 days). */
export const DEFAULT_REPORT_DAYS = 7

export interface AnalyticsService {
  /** Every analytics number for the actor (admins: `userId`) over `from`..`to` (default: the last 7 days). */
  report(actor: Actor, query: AnalyticsQuery): Promise<AnalyticsReportView>
  /** The same numbers as RFC 4180 CSV, with a file name for the download. */
  exportCsv(actor: Actor, query: AnalyticsQuery): Promise<{ fileName: string; csv: string }>
}

export function createAnalyticsService({ store, clock, timeZone }: AnalyticsServiceDeps): AnalyticsService {
  async function report(actor: Actor, query: AnalyticsQuery): Promise<AnalyticsReportView> {
    const userId = subjectOf(actor, query.userId)
    const today = toLocalDate(clock.now(), timeZone)
    const to = query.to ?? (query.from === undefined ? today : addCalendarDays(query.from, DEFAULT_REPORT_DAYS - 1))
    const from = query.from ?? addCalendarDays(to, -(DEFAULT_REPORT_DAYS - 1))
    validatePeriod(from, to)
    const { fromMs, toMs } = periodInstants({ from, to, timeZone })
    const [fromIso, beforeIso] = [toIsoTimestamp(fromMs), toIsoTimestamp(toMs)]
    const [sessions, tasks, points, streaks] = await Promise.all([
      loadSessionFacts(store.db, userId, fromIso, beforeIso),
      loadTaskFacts(store.db, userId, fromIso, beforeIso),
      loadPointFacts(store.db, userId, fromIso, beforeIso),
      loadStreakFacts(store.db, userId),
    ])
    const epics = await loadEpicFacts(store.db, [...new Set(tasks.map((t) => t.epicId))])
    return buildAnalyticsReport(
      { sessions, tasks, epics, points: points.points, totalPoints: points.total, streaks },
      { from, to, timeZone, today },
    )
  }

  return {
    report,
    async exportCsv(actor, query) {
      const result = await report(actor, query)
      return { fileName: `duration-analytics-${result.period.from}-${result.period.to}.csv`, csv: reportToCsv(result) }
    },
  }
}
