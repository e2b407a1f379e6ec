import type { LocalDate } from '../calendar/index.js'
import { scheduleSlipBusinessDays, timelineStatus } from './progress.js'
import { withDerivedEffort, type VarianceOptions, type VarianceSummary } from './variance.js'

function earliest(dates: readonly (LocalDate | null)[]): LocalDate | null {
  let best: LocalDate | null = null
  for (const date of dates) {
    if (date !== null && (best === null || date < best)) {
      best = date
    }
  }
  return best
}

function latest(dates: readonly (LocalDate | null)[]): LocalDate | null {
  let best: LocalDate | null = null
  for (const date of dates) {
    if (date !== null && (best === null || date > best)) {
      best = date
    }
  }
  return best
}

/**
 * Rolls child summaries up one level: epics → project, projects → client. Counts and minutes are
 * summed and percentages recomputed from the sums (never averaged, so a 1-task epic does not
 * weigh as much as a 50-task one). Planned window = earliest planned start → latest planned end;
 * actual start = earliest actual start; actual end = latest actual end only once every child has
 * one (the parent is not finished while a child is open). Slip is recomputed from those dates.
 * An empty list gives zero counts, null percentages and dates, and not_started.
 */
export function rollUpVariance(children: readonly VarianceSummary[], options: VarianceOptions): VarianceSummary {
  const sum = (pick: (child: VarianceSummary) => number): number =>
    children.reduce((total, child) => total + pick(child), 0)
  const allFinished = children.length > 0 && children.every((child) => child.actualEnd !== null)
  const actualStart = earliest(children.map((child) => child.actualStart))
  const actualEnd = allFinished ? latest(children.map((child) => child.actualEnd)) : null
  const plannedEnd = latest(children.map((child) => child.plannedEnd))
  return {
    ...withDerivedEffort({
      taskCount: sum((child) => child.taskCount),
      completedCount: sum((child) => child.completedCount),
      cancelledCount: sum((child) => child.cancelledCount),
      estimateMinutes: sum((child) => child.estimateMinutes),
      actualMinutes: sum((child) => child.actualMinutes),
      remainingEstimateMinutes: sum((child) => child.remainingEstimateMinutes),
      completedEstimateMinutes: sum((child) => child.completedEstimateMinutes),
      completedActualMinutes: sum((child) => child.completedActualMinutes),
    }),
    plannedStart: earliest(children.map((child) => child.plannedStart)),
    plannedEnd,
    actualStart,
    actualEnd,
    timelineStatus: timelineStatus(actualStart, actualEnd),
    scheduleSlipBusinessDays: scheduleSlipBusinessDays(plannedEnd, actualEnd, options.calendar, options.asOf),
  }
}
