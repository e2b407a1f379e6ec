/**
 * Planned/actual date consistency for epics and projects (spec §3.3 validateDateConsistency and
 * validate_epic_dates, vectors #17–#24), reported as coded findings with JSON pointers so the API
 * can return them as they are and UIs can translate them.
 */
import type { LocalDate } from '../calendar/index.js'
import { isValidLocalDate } from '../calendar/index.js'
import { parseDuration, roundToTenths } from '../duration/index.js'
import { invalidDateMessage } from './date-input.js'
import { CALENDAR_DAYS, durationDaysBetween, type DayCounting } from './day-counting.js'

/**
 * Dates are strict 'YYYY-MM-DD'; loose text ('05/01/2025') goes through the calendar's
 * `normalizeDate` first. null and undefined both mean "not set".
 */
export interface DateConsistencyInput {
  plannedStart?: LocalDate | null
  plannedEnd?: LocalDate | null
  actualStart?: LocalDate | null
  actualEnd?: LocalDate | null
  /** Expected duration (usually parsed from the epic's duration text). */
  durationDays?: number | null
}

export interface DateConsistencyOptions {
  /** How the planned/actual durations are counted; calendar days unless stated. */
  counting?: DayCounting
  /** A planned duration this far (or further) from durationDays is a warning. Default 0.5 days. */
  toleranceDays?: number
}

export const DATE_FINDING_CODES = [
  'invalid_date',
  'invalid_duration',
  'planned_start_after_end',
  'actual_start_after_end',
  'planned_duration_mismatch',
  'actual_start_before_planned',
  'actual_end_overrun',
] as const
export type DateFindingCode = (typeof DATE_FINDING_CODES)[number]

/** One problem: a stable code for UIs to translate, the field's JSON pointer, an English message. */
export interface DateFinding {
  code: DateFindingCode
  pointer: string
  message: string
}

export interface DateConsistencyResult {
  /** False only when there are errors; warnings never invalidate. */
  valid: boolean
  errors: DateFinding[]
  warnings: DateFinding[]
  /** Durations measured from the dates, in the chosen counting mode. */
  durations: { planned?: number; actual?: number }
}

export const DEFAULT_TOLERANCE_DAYS = 0.5

const DATE_FIELDS = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const

const REVERSED_PLANNED: DateFinding = {
  code: 'planned_start_after_end',
  pointer: '/plannedEnd',
  message: 'Planned start date cannot be after planned end date',
}
const REVERSED_ACTUAL: DateFinding = {
  code: 'actual_start_after_end',
  pointer: '/actualEnd',
  message: 'Actual start date cannot be after actual end date',
}

function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null
}

/** One decimal as the reference printed it (Python's '.1f': ties to even, 0.25 → "0.2"). */
function oneDecimal(days: number): string {
  return (roundToTenths(days) / 10).toFixed(1)
}

function malformedInput(input: DateConsistencyInput): DateFinding[] {
  const errors: DateFinding[] = []
  for (const field of DATE_FIELDS) {
    const value = input[field]
    if (isSet(value) && !isValidLocalDate(value)) {
      errors.push({ code: 'invalid_date', pointer: `/${field}`, message: invalidDateMessage(value) })
    }
  }
  const expected = input.durationDays
  if (isSet(expected) && (!Number.isFinite(expected) || expected < 0)) {
    errors.push({ code: 'invalid_duration', pointer: '/durationDays', message: 'Duration cannot be negative' })
  }
  return errors
}

/** The span's duration when both ends are set; a reversed span adds `reversed` to `errors` instead. */
function measureSpan(
  start: LocalDate | null | undefined,
  end: LocalDate | null | undefined,
  counting: DayCounting,
  reversed: DateFinding,
  errors: DateFinding[],
): number | undefined {
  if (!isSet(start) || !isSet(end)) {
    return undefined
  }
  if (start > end) {
    errors.push({ ...reversed })
    return undefined
  }
  return durationDaysBetween(start, end, counting)
}

/**
 * Checks an epic's (or project's) dates the way the reference calculator did, in this order:
 * malformed dates (or a negative expected duration) stop the check; start after end is an error
 * (planned and actual separately); a planned duration ≥ toleranceDays away from durationDays, an
 * actual start before the planned start, and an actual end after the planned end (overrun) are
 * warnings. Durations follow {@link durationDaysBetween}'s convention for `options.counting`.
 */
export function checkDateConsistency(
  input: DateConsistencyInput,
  options: DateConsistencyOptions = {},
): DateConsistencyResult {
  const counting = options.counting ?? CALENDAR_DAYS
  const tolerance = options.toleranceDays ?? DEFAULT_TOLERANCE_DAYS
  const errors = malformedInput(input)
  const result: DateConsistencyResult = { valid: false, errors, warnings: [], durations: {} }
  if (errors.length > 0) {
    return result
  }

  const { plannedStart, plannedEnd, actualStart, actualEnd, durationDays: expected } = input
  const planned = measureSpan(plannedStart, plannedEnd, counting, REVERSED_PLANNED, errors)
  if (planned !== undefined) {
    result.durations.planned = planned
    if (isSet(expected) && Math.abs(planned - expected) >= tolerance) {
      result.warnings.push({
        code: 'planned_duration_mismatch',
        pointer: '/durationDays',
        message: `Planned duration (${oneDecimal(planned)} days) differs from expected (${oneDecimal(expected)} days)`,
      })
    }
  }
  const actual = measureSpan(actualStart, actualEnd, counting, REVERSED_ACTUAL, errors)
  if (actual !== undefined) {
    result.durations.actual = actual
  }
  if (isSet(plannedStart) && isSet(actualStart) && actualStart < plannedStart) {
    result.warnings.push({
      code: 'actual_start_before_planned',
      pointer: '/actualStart',
      message: 'Actual start is before planned start',
    })
  }
  if (isSet(plannedEnd) && isSet(actualEnd) && actualEnd > plannedEnd) {
    result.warnings.push({
      code: 'actual_end_overrun',
      pointer: '/actualEnd',
      message: 'Actual end is after planned end (overrun)',
    })
  }
  result.valid = errors.length === 0
  return result
}

export interface EpicDatesInput extends Omit<DateConsistencyInput, 'durationDays'> {
  /** The epic's duration text ("1 semana", "1.5 dias"); null or absent skips the duration check. */
  durationText?: string | null
}

/**
 * {@link checkDateConsistency} with the expected duration taken from the epic's duration text
 * (the reference's validate_epic_dates, spec vector #24): "1 semana" expects 7 days.
 * An unreadable text throws instead of becoming a finding, as the reference did: it is a broken
 * epic, not inconsistent dates, and parseDuration's error says how to write it.
 * @throws InvalidDurationError when durationText cannot be parsed.
 */
export function checkEpicDates(input: EpicDatesInput, options: DateConsistencyOptions = {}): DateConsistencyResult {
  const { durationText, ...dates } = input
  const durationDays = isSet(durationText) ? parseDuration(durationText).days : null
  return checkDateConsistency({ ...dates, durationDays }, options)
}
