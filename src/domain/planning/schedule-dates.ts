import type { BusinessCalendar, LocalDate } from '../calendar/index.js'

interface MinuteColumns {
  earliestStart: Float64Array
  earliestFinish: Float64Array
  latestStart: Float64Array
  latestFinish: Float64Array
}

export interface TaskDates {
  earliestStart: LocalDate
  earliestFinish: LocalDate
  latestStart: LocalDate
  latestFinish: LocalDate
}

/** Day index (0 = first business day) on which the minute at `offset` is worked. */
function startDay(offset: number, minutesPerDay: number): number {
  return Math.floor(offset / minutesPerDay)
}

/** Day on which the last minute of [start, finish) is worked; a zero-length span sits on its start day. */
function finishDay(start: number, finish: number, minutesPerDay: number): number {
  return finish > start ? Math.ceil(finish / minutesPerDay) - 1 : startDay(start, minutesPerDay)
}

/**
 * Maps minute offsets to business dates. Every distinct day index is resolved once, in ascending
 * order, each from the previous date, so the calendar walks the schedule's span a single time
 * instead of once per task (10,000 tasks would otherwise cost 10,000 walks from day 0).
 */
export function toBusinessDates(
  minutes: MinuteColumns,
  projectStart: LocalDate,
  minutesPerDay: number,
  calendar: BusinessCalendar,
): {
  start: LocalDate
  forTask: (node: number) => TaskDates
  finishDayOf: (startMinute: number, finishMinute: number) => LocalDate
} {
  const first = calendar.isBusinessDay(projectStart) ? projectStart : calendar.nextBusinessDay(projectStart)
  const count = minutes.earliestStart.length
  const days = new Int32Array(count * 4)
  for (let node = 0; node < count; node += 1) {
    const es = minutes.earliestStart[node] ?? 0
    const ls = minutes.latestStart[node] ?? 0
    days[node * 4] = startDay(es, minutesPerDay)
    days[node * 4 + 1] = finishDay(es, minutes.earliestFinish[node] ?? 0, minutesPerDay)
    days[node * 4 + 2] = startDay(ls, minutesPerDay)
    days[node * 4 + 3] = finishDay(ls, minutes.latestFinish[node] ?? 0, minutesPerDay)
  }
  const dateOfDay = new Map<number, LocalDate>([[0, first]])
  const resolve = (indices: Iterable<number>): void => {
    const wanted = [...new Set(indices)].filter((day) => !dateOfDay.has(day)).sort((a, b) => a - b)
    let previousDay = 0
    let previousDate = first
    for (const day of wanted) {
      previousDate = calendar.addBusinessDays(previousDate, day - previousDay)
      previousDay = day
      dateOfDay.set(day, previousDate)
    }
  }
  resolve(days)
  const dateOf = (day: number): LocalDate => {
    const known = dateOfDay.get(day)
    if (known !== undefined) {
      return known
    }
    resolve([day])
    return dateOfDay.get(day) ?? first
  }
  return {
    start: first,
    forTask: (node) => ({
      earliestStart: dateOf(days[node * 4] ?? 0),
      earliestFinish: dateOf(days[node * 4 + 1] ?? 0),
      latestStart: dateOf(days[node * 4 + 2] ?? 0),
      latestFinish: dateOf(days[node * 4 + 3] ?? 0),
    }),
    finishDayOf: (startMinute, finishMinute) => dateOf(finishDay(startMinute, finishMinute, minutesPerDay)),
  }
}

/**
 * One critical path, first task to last: start from the zero-slack task that finishes last
 * (lowest input index on ties) and step back through zero-slack predecessors that finish exactly
 * when it starts. Empty when there are no tasks.
 */
export function criticalPath(
  predecessors: readonly (readonly number[])[],
  earliestStart: Float64Array,
  earliestFinish: Float64Array,
  latestStart: Float64Array,
  totalMinutes: number,
): number[] {
  const critical = (node: number): boolean => latestStart[node] === earliestStart[node]
  let node = earliestFinish.findIndex((finish, index) => finish === totalMinutes && critical(index))
  const path: number[] = []
  while (node >= 0) {
    path.push(node)
    const start = earliestStart[node]
    const preds = [...(predecessors[node] ?? [])].sort((a, b) => a - b)
    node = preds.find((pred) => critical(pred) && earliestFinish[pred] === start) ?? -1
  }
  return path.reverse()
}
