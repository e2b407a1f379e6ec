import type { BusinessCalendar, LocalDate } from '../calendar/index.js'
import { ValidationError } from '../errors.js'
import { roundTo2 } from './work-days.js'
import type { VarianceSummary } from './variance.js'

export interface PaceInput {
  /** First day work was (or was planned to be) done. */
  start: LocalDate
  /** "Today"; work done on this day is already in doneMinutes. */
  asOf: LocalDate
  /** Work burnt so far, in minutes. */
  doneMinutes: number
  /** Work left, in the same unit. */
  remainingMinutes: number
}

export interface Forecast {
  /** Business day on which the remaining work is expected to be finished. */
  finishDate: LocalDate
  /** doneMinutes ÷ elapsed business days, 2 decimals. */
  minutesPerBusinessDay: number
  /** Business days in [start, asOf] on the calendar. */
  elapsedBusinessDays: number
  /** ceil(remaining ÷ pace): business days after asOf still needed. */
  remainingBusinessDays: number
}

/**
 * Straight-line forecast from the observed pace: pace = done ÷ business days in [start, asOf];
 * finish = the ceil(remaining ÷ pace)-th business day after asOf (asOf itself when nothing is
 * left). Null when there is no pace yet (nothing done, asOf before start, or no business day
 * elapsed) or no work at all.
 * @throws ValidationError when minutes are negative or not finite.
 */
export function forecastFinish(input: PaceInput, calendar: BusinessCalendar): Forecast | null {
  const issues = [
    ['/doneMinutes', input.doneMinutes],
    ['/remainingMinutes', input.remainingMinutes],
  ] as const
  const bad = issues.filter(([, value]) => !Number.isFinite(value) || value < 0)
  if (bad.length > 0) {
    throw new ValidationError(
      'invalid forecast input',
      bad.map(([pointer]) => ({ pointer, message: 'must be a finite number ≥ 0' })),
    )
  }
  if (input.asOf < input.start || (input.doneMinutes === 0 && input.remainingMinutes === 0)) {
    return null
  }
  const elapsed = calendar.countBusinessDaysInclusive(input.start, input.asOf)
  const pace = elapsed > 0 ? input.doneMinutes / elapsed : 0
  if (input.remainingMinutes === 0) {
    return {
      finishDate: input.asOf,
      minutesPerBusinessDay: roundTo2(pace),
      elapsedBusinessDays: elapsed,
      remainingBusinessDays: 0,
    }
  }
  if (pace <= 0) {
    return null
  }
  const remainingBusinessDays = Math.ceil(input.remainingMinutes / pace)
  return {
    finishDate: calendar.addBusinessDays(input.asOf, remainingBusinessDays),
    minutesPerBusinessDay: roundTo2(pace),
    elapsedBusinessDays: elapsed,
    remainingBusinessDays,
  }
}

/**
 * Forecast for an epic/project/client summary. Pace is measured in *estimate* minutes of
 * completed tasks per business day (earned effort), not logged minutes, so it already absorbs
 * how far estimates are off: remaining work is also in estimate minutes. Starts from the actual
 * start, else the planned start; null when neither exists or there is no pace yet.
 */
export function forecastFromVariance(
  summary: VarianceSummary,
  asOf: LocalDate,
  calendar: BusinessCalendar,
): Forecast | null {
  const start = summary.actualStart ?? summary.plannedStart
  if (start === null) {
    return null
  }
  return forecastFinish(
    { start, asOf, doneMinutes: summary.completedEstimateMinutes, remainingMinutes: summary.remainingEstimateMinutes },
    calendar,
  )
}
