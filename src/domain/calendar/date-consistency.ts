/**
 * Planned/actual date checks for epics (spec §3.3, vectors #8–#24): spans in calendar days, or
 * in business days when a calendar is given; end dates from a duration; consistency warnings.
 */
import { ValidationError } from '../errors.js'
import { parseDuration, roundToTenths } from '../duration/index.js'
import type { BusinessCalendar } from './business-calendar.js'
import type { DayOrder } from './date.normalizer.js'
import { normalizeDate } from './date.normalizer.js'
import { addCalendarDays, calendarDaysBetween, wholeDays } from './local-date.js'
import type { LocalDate } from './local-date.js'

export interface SpanOptions {
  /** Count business days (d with start < d <= end) instead of calendar days. */
  calendar?: BusinessCalendar
  dayOrder?: DayOrder
}

export interface DateConsistencyInput {
  plannedStart?: string
  plannedEnd?: string
  actualStart?: string
  actualEnd?: string
  /** Expected duration in days; a planned span 0.5 days or more away from it is a warning. */
  durationDays?: number
}

export interface DateConsistencyReport {
  valid: boolean
  errors: string[]
  /** Warnings never make the report invalid. */
  warnings: string[]
  durations: { planned?: number; actual?: number }
}

function invalid(message: string): ValidationError {
  return new ValidationError(message, [{ pointer: '', message }])
}

function oneDecimal(days: number): string {
  return (roundToTenths(Math.abs(days)) / 10).toFixed(1)
}

/**
 * Days from `start` to `end`: calendar days (same day → 0), or business days with a calendar.
 * @throws ValidationError when a date cannot be read or start is after end ("cannot be after").
 */
export function calculateDurationDays(start: string, end: string, options: SpanOptions = {}): number {
  const from = normalizeDate(start, options)
  const to = normalizeDate(end, options)
  if (from > to) {
    throw invalid(`Start date (${from}) cannot be after end date (${to})`)
  }
  return options.calendar === undefined ? calendarDaysBetween(from, to) : options.calendar.businessDaysBetween(from, to)
}

/**
 * End date of `days` from `start`: start + trunc(days) calendar days, or the trunc(days)-th
 * business day after start with a calendar (spec vectors #12, #14, #23: 1.5 days → +1).
 * @throws ValidationError when days is negative or the start cannot be read.
 */
export function calculateEndDate(start: string, days: number, options: SpanOptions = {}): LocalDate {
  if (days < 0) {
    throw invalid(`Duration cannot be negative (${days})`)
  }
  const from = normalizeDate(start, options)
  const whole = wholeDays(days, 'Duration')
  return options.calendar === undefined ? addCalendarDays(from, whole) : options.calendar.addBusinessDays(from, whole)
}

/**
 * Checks planned and actual dates: unreadable dates stop the check; start after end is an
 * error; a planned span ≥ 0.5 days off `durationDays`, an actual start before the planned one
 * and an actual end after the planned one (overrun) are warnings.
 */
export function validateDateConsistency(input: DateConsistencyInput, options: SpanOptions = {}): DateConsistencyReport {
  const report: DateConsistencyReport = { valid: true, errors: [], warnings: [], durations: {} }
  const dates: Partial<Record<keyof Omit<DateConsistencyInput, 'durationDays'>, LocalDate>> = {}
  for (const key of ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const) {
    const text = input[key]
    if (text === undefined) {
      continue
    }
    try {
      dates[key] = normalizeDate(text, options)
    } catch (error) {
      report.errors.push(`${key}: ${error instanceof Error ? error.message : String(error)}`)
      return { ...report, valid: false }
    }
  }
  const { plannedStart, plannedEnd, actualStart, actualEnd } = dates
  if (plannedStart !== undefined && plannedEnd !== undefined) {
    if (plannedStart > plannedEnd) {
      report.errors.push('Planned start date cannot be after planned end date')
    } else {
      const planned = calculateDurationDays(plannedStart, plannedEnd, options)
      report.durations.planned = planned
      if (input.durationDays !== undefined && Math.abs(planned - input.durationDays) >= 0.5) {
        report.warnings.push(
          `Planned duration (${oneDecimal(planned)} days) differs from expected (${oneDecimal(input.durationDays)} days)`,
        )
      }
    }
  }
  if (actualStart !== undefined && actualEnd !== undefined) {
    if (actualStart > actualEnd) {
      report.errors.push('Actual start date cannot be after actual end date')
    } else {
      report.durations.actual = calculateDurationDays(actualStart, actualEnd, options)
    }
  }
  if (plannedStart !== undefined && actualStart !== undefined && actualStart < plannedStart) {
    report.warnings.push('Actual start is before planned start')
  }
  if (plannedEnd !== undefined && actualEnd !== undefined && actualEnd > plannedEnd) {
    report.warnings.push('Actual end is after planned end (overrun)')
  }
  return { ...report, valid: report.errors.length === 0 }
}

/**
 * validateDateConsistency for an epic's planned dates against its duration text ("1 semana").
 * @throws InvalidDurationError when the duration text cannot be parsed (as the reference did).
 */
export function validateEpicDates(
  plannedStart: string,
  plannedEnd: string,
  durationText: string,
  options: SpanOptions = {},
): DateConsistencyReport {
  const durationDays = parseDuration(durationText).days
  return validateDateConsistency({ plannedStart, plannedEnd, durationDays }, options)
}
