import type { BusinessCalendar, LocalDate } from '../calendar/index.js'
import { isValidLocalDate } from '../calendar/index.js'
import { ValidationError, type ValidationIssue } from '../errors.js'
import { DEFAULT_MINUTES_PER_DAY, roundTo2 } from './work-days.js'
import type { DependencyType } from './planning.types.js'
import { criticalPath, toBusinessDates, type TaskDates } from './schedule-dates.js'
import { topologicalOrder } from './topological-order.js'

export interface ScheduleInputTask {
  /** Unique across the whole input; across epics use qualifyTaskKey → `<epicKey>/<taskKey>`. */
  key: string
  estimateMinutes: number
  dependsOn: readonly { key: string; type: DependencyType }[]
}

export interface ScheduleOptions {
  /** Work starts on this day, or on the next business day if it is not one. */
  projectStart: LocalDate
  calendar: BusinessCalendar
  /** Working minutes in one business day; default 480. Estimates are whole minutes. */
  minutesPerDay?: number
}

/**
 * One task's place in the schedule. The *Minute fields are offsets in working minutes from the
 * start of the first business day; the dates are the business days those minutes fall on
 * (a finish is the day the last minute is worked, so a 480-minute task starting on day 0
 * finishes on day 0).
 */
export interface ScheduledTask extends TaskDates {
  key: string
  estimateMinutes: number
  earliestStartMinute: number
  earliestFinishMinute: number
  latestStartMinute: number
  latestFinishMinute: number
  /** latestStart − earliestStart, in working minutes: how long the task can wait without delaying the end. */
  slackMinutes: number
  /** slackMinutes ÷ minutesPerDay, 2 decimals. */
  slackBusinessDays: number
  /** slack is 0. */
  critical: boolean
}

export interface UnresolvedDependency {
  task: string
  dependsOn: string
  type: DependencyType
}

export interface Schedule {
  /** In input order. */
  tasks: ScheduledTask[]
  /** Keys in an order that respects every blocking dependency. */
  order: string[]
  /** One longest chain of zero-slack tasks, first to last; ties broken by input order. */
  criticalPath: string[]
  totalMinutes: number
  /** ceil(totalMinutes ÷ minutesPerDay). */
  totalBusinessDays: number
  /** First business day on or after projectStart. */
  start: LocalDate
  /** Day the last task finishes; null when there are no tasks. */
  finish: LocalDate | null
  /** Dependencies whose key matches no task. They do not constrain the schedule. */
  unresolved: UnresolvedDependency[]
}

function validate(tasks: readonly ScheduleInputTask[], options: ScheduleOptions, minutesPerDay: number): Map<string, number> {
  const issues: ValidationIssue[] = []
  if (!isValidLocalDate(options.projectStart)) {
    issues.push({ pointer: '/projectStart', message: `not a YYYY-MM-DD date: ${options.projectStart}` })
  }
  if (!Number.isFinite(minutesPerDay) || minutesPerDay <= 0) {
    issues.push({ pointer: '/minutesPerDay', message: 'must be a positive number' })
  }
  const indexByKey = new Map<string, number>()
  tasks.forEach((task, index) => {
    const first = indexByKey.get(task.key)
    if (task.key === '') {
      issues.push({ pointer: `/tasks/${index}/key`, message: 'must not be empty' })
    } else if (first !== undefined) {
      issues.push({ pointer: `/tasks/${index}/key`, message: `duplicate key "${task.key}" (first at /tasks/${first}/key)` })
    } else {
      indexByKey.set(task.key, index)
    }
    // Whole minutes keep every sum exact, so "slack is 0" is a plain comparison.
    if (!Number.isInteger(task.estimateMinutes) || task.estimateMinutes < 0) {
      issues.push({ pointer: `/tasks/${index}/estimateMinutes`, message: 'must be a whole number of minutes ≥ 0' })
    }
  })
  if (issues.length > 0) {
    throw new ValidationError('invalid schedule input', issues)
  }
  return indexByKey
}

/**
 * Critical-path schedule of tasks on a business calendar, O(V + E) plus one walk over the
 * calendar days spanned. Only 'blocking' dependencies constrain; 'related' and 'optional' are
 * ignored, and dependencies on unknown keys are listed in `unresolved`, never dropped silently.
 * Tasks run as soon as their blocking predecessors finish (unlimited parallelism: this is the
 * dependency-bound schedule, not a resource-levelled one).
 * @throws ValidationError on duplicate/empty keys, negative estimates, a bad start or minutesPerDay.
 * @throws DependencyCycleError when blocking dependencies form a cycle; `.cycle` lists its keys.
 */
export function scheduleTasks(tasks: readonly ScheduleInputTask[], options: ScheduleOptions): Schedule {
  const minutesPerDay = options.minutesPerDay ?? DEFAULT_MINUTES_PER_DAY
  const indexByKey = validate(tasks, options, minutesPerDay)
  const unresolved: UnresolvedDependency[] = []
  const predecessors = tasks.map((task) => {
    const preds: number[] = []
    for (const dependency of task.dependsOn) {
      const pred = indexByKey.get(dependency.key)
      if (pred === undefined) {
        unresolved.push({ task: task.key, dependsOn: dependency.key, type: dependency.type })
      } else if (dependency.type === 'blocking') {
        preds.push(pred)
      }
    }
    return preds
  })
  const keys = tasks.map((task) => task.key)
  const order = topologicalOrder(predecessors, keys)

  const count = tasks.length
  const duration = Float64Array.from(tasks, (task) => task.estimateMinutes)
  const earliestStart = new Float64Array(count)
  const earliestFinish = new Float64Array(count)
  let totalMinutes = 0
  for (const node of order) {
    let start = 0
    for (const pred of predecessors[node] ?? []) {
      start = Math.max(start, earliestFinish[pred] ?? 0)
    }
    earliestStart[node] = start
    earliestFinish[node] = start + (duration[node] ?? 0)
    totalMinutes = Math.max(totalMinutes, earliestFinish[node] ?? 0)
  }
  const latestFinish = new Float64Array(count).fill(totalMinutes)
  const latestStart = new Float64Array(count)
  for (let at = order.length - 1; at >= 0; at -= 1) {
    const node = order[at] ?? 0
    latestStart[node] = (latestFinish[node] ?? 0) - (duration[node] ?? 0)
    for (const pred of predecessors[node] ?? []) {
      latestFinish[pred] = Math.min(latestFinish[pred] ?? 0, latestStart[node] ?? 0)
    }
  }

  const dates = toBusinessDates(
    { earliestStart, earliestFinish, latestStart, latestFinish },
    options.projectStart,
    minutesPerDay,
    options.calendar,
  )
  const scheduled: ScheduledTask[] = tasks.map((task, node) => {
    const slackMinutes = (latestStart[node] ?? 0) - (earliestStart[node] ?? 0)
    return {
      key: task.key,
      estimateMinutes: task.estimateMinutes,
      earliestStartMinute: earliestStart[node] ?? 0,
      earliestFinishMinute: earliestFinish[node] ?? 0,
      latestStartMinute: latestStart[node] ?? 0,
      latestFinishMinute: latestFinish[node] ?? 0,
      slackMinutes,
      slackBusinessDays: roundTo2(slackMinutes / minutesPerDay),
      critical: slackMinutes === 0,
      ...dates.forTask(node),
    }
  })
  const lastDay = count === 0 ? null : dates.finishDayOf(0, totalMinutes)
  return {
    tasks: scheduled,
    order: order.map((node) => keys[node] ?? ''),
    criticalPath: criticalPath(predecessors, earliestStart, earliestFinish, latestStart, totalMinutes).map(
      (node) => keys[node] ?? '',
    ),
    totalMinutes,
    totalBusinessDays: Math.ceil(totalMinutes / minutesPerDay),
    start: dates.start,
    finish: lastDay,
    unresolved,
  }
}
