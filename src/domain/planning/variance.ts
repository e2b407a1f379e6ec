import type { BusinessCalendar, LocalDate } from '../calendar/index.js'
import type { DateConsistencyInput } from './date-consistency.js'
import { CALENDAR_DAYS, durationDaysBetween } from './day-counting.js'
import { roundTo2 } from './work-days.js'
import type { TaskStatus, TimelineStatus } from './planning.types.js'
import { completionPercentage, isOpenStatus, scheduleSlipBusinessDays, timelineStatus } from './progress.js'

/** What variance needs from a task. Missing estimates count as 0 minutes. */
export interface TaskProgressInput {
  status: TaskStatus
  estimateMinutes: number | null
  actualMinutes: number | null
  /** Due date, when the task has one. */
  plannedEnd?: LocalDate | null
  /** Day the task was completed. */
  actualEnd?: LocalDate | null
}

export interface VarianceOptions {
  /** Calendar for schedule slip in business days. */
  calendar: BusinessCalendar
  /** "Today": lets unfinished work past its planned end show a slip. */
  asOf?: LocalDate
}

/**
 * The same figures at every level (task, epic, project, client) so roll-ups compose.
 * Minute totals include every task, cancelled ones too (time logged on them was still spent).
 * The effort variance compares only *completed* tasks, so open work does not read as an under-run.
 */
export interface VarianceSummary {
  taskCount: number
  completedCount: number
  cancelledCount: number
  /** See {@link completionPercentage}: cancelled tasks are excluded; null when nothing countable. */
  completionPercentage: number | null
  estimateMinutes: number
  actualMinutes: number
  /** Estimate of tasks not completed or cancelled: the work left. */
  remainingEstimateMinutes: number
  completedEstimateMinutes: number
  completedActualMinutes: number
  /** completedActual − completedEstimate; positive = took longer than estimated. */
  varianceMinutes: number
  /** varianceMinutes ÷ completedEstimate × 100, 2 decimals; null when nothing estimated is done. */
  variancePercentage: number | null
  plannedStart: LocalDate | null
  plannedEnd: LocalDate | null
  actualStart: LocalDate | null
  actualEnd: LocalDate | null
  timelineStatus: TimelineStatus
  /** See {@link scheduleSlipBusinessDays}. */
  scheduleSlipBusinessDays: number | null
}

/** The epic's dates and calculated_duration_days (as `durationDays`), plus its tasks. */
export interface EpicVarianceInput extends DateConsistencyInput {
  tasks: readonly TaskProgressInput[]
}

export interface EpicVariance extends VarianceSummary {
  /** actualEnd − actualStart in calendar days, as epic_timeline; null until both exist. */
  actualDurationDays: number | null
  /** actualDurationDays − durationDays; null when either is unknown. */
  durationVarianceDays: number | null
}

/** Minute and count totals over tasks; shared by tasks, epics and roll-ups. */
export function sumTaskEffort(
  tasks: readonly TaskProgressInput[],
): Omit<VarianceSummary, 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd' | 'timelineStatus' | 'scheduleSlipBusinessDays'> {
  let completedCount = 0
  let cancelledCount = 0
  let estimateMinutes = 0
  let actualMinutes = 0
  let remainingEstimateMinutes = 0
  let completedEstimateMinutes = 0
  let completedActualMinutes = 0
  for (const task of tasks) {
    const estimate = task.estimateMinutes ?? 0
    const actual = task.actualMinutes ?? 0
    estimateMinutes += estimate
    actualMinutes += actual
    if (task.status === 'completed') {
      completedCount += 1
      completedEstimateMinutes += estimate
      completedActualMinutes += actual
    } else if (task.status === 'cancelled') {
      cancelledCount += 1
    } else {
      remainingEstimateMinutes += estimate
    }
  }
  return withDerivedEffort({
    taskCount: tasks.length,
    completedCount,
    cancelledCount,
    estimateMinutes,
    actualMinutes,
    remainingEstimateMinutes,
    completedEstimateMinutes,
    completedActualMinutes,
  })
}

type EffortCounts = Pick<
  VarianceSummary,
  | 'taskCount'
  | 'completedCount'
  | 'cancelledCount'
  | 'estimateMinutes'
  | 'actualMinutes'
  | 'remainingEstimateMinutes'
  | 'completedEstimateMinutes'
  | 'completedActualMinutes'
>

/** Adds the figures computed from the counts (percentages, variance). */
export function withDerivedEffort(counts: EffortCounts): ReturnType<typeof sumTaskEffort> {
  const varianceMinutes = counts.completedActualMinutes - counts.completedEstimateMinutes
  return {
    ...counts,
    completionPercentage: completionPercentage(counts.completedCount, counts.taskCount, counts.cancelledCount),
    varianceMinutes,
    variancePercentage:
      counts.completedEstimateMinutes > 0 ? roundTo2((varianceMinutes * 100) / counts.completedEstimateMinutes) : null,
  }
}

/** A task has no actual start date here, so its status stands in: pending → not_started, closed → completed. */
function taskTimelineStatus(status: TaskStatus): TimelineStatus {
  if (status === 'pending') {
    return 'not_started'
  }
  return isOpenStatus(status) ? 'in_progress' : 'completed'
}

/** Variance of one task, in the common summary shape (a task is a roll-up of itself). */
export function taskVariance(task: TaskProgressInput, options: VarianceOptions): VarianceSummary {
  const actualEnd = task.actualEnd ?? null
  return {
    ...sumTaskEffort([task]),
    plannedStart: null,
    plannedEnd: task.plannedEnd ?? null,
    actualStart: null,
    actualEnd,
    timelineStatus: taskTimelineStatus(task.status),
    scheduleSlipBusinessDays: scheduleSlipBusinessDays(task.plannedEnd, actualEnd, options.calendar, options.asOf),
  }
}

/** Variance of an epic: task effort, completion, timeline status, slip and epic_timeline's duration variance. */
export function epicVariance(epic: EpicVarianceInput, options: VarianceOptions): EpicVariance {
  const actualStart = epic.actualStart ?? null
  const actualEnd = epic.actualEnd ?? null
  // Reversed dates are checkDateConsistency's error to report; a variance report just has no duration.
  const actualDurationDays =
    actualStart && actualEnd && actualStart <= actualEnd ? durationDaysBetween(actualStart, actualEnd, CALENDAR_DAYS) : null
  const planned = epic.durationDays ?? null
  return {
    ...sumTaskEffort(epic.tasks),
    plannedStart: epic.plannedStart ?? null,
    plannedEnd: epic.plannedEnd ?? null,
    actualStart,
    actualEnd,
    timelineStatus: timelineStatus(actualStart, actualEnd),
    scheduleSlipBusinessDays: scheduleSlipBusinessDays(epic.plannedEnd, actualEnd, options.calendar, options.asOf),
    actualDurationDays,
    durationVarianceDays: actualDurationDays !== null && planned !== null ? roundTo2(actualDurationDays - planned) : null,
  }
}
