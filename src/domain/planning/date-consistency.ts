import type { LocalDate } from '../calendar/index.js'
import { isValidLocalDate } from '../calendar/index.js'
import { CALENDAR_DAYS, durationDaysBetween, type DayCounting } from './day-counting.js'

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

/**
 * Checks an epic's (or project's) dates the way the reference calculator did, in this order:
 * malformed dates stop the check; start after end is an error (planned and actual separately);
 * a planned duration ≥ toleranceDays away from durationDays, an actual start before the planned
 * start, and an actual end after the planned end (overrun) are warnings.
 */
export function checkDateConsistency(
  input: DateConsistencyInput,
  options: DateConsistencyOptions = {},
): DateConsistencyResult {
  const counting = options.counting ?? CALENDAR_DAYS
  const tolerance = options.toleranceDays ?? DEFAULT_TOLERANCE_DAYS
  const result: DateConsistencyResult = { valid: true, errors: [], warnings: [], durations: {} }

  for (const field of DATE_FIELDS) {
    const value = input[field]
    if (value !== undefined && value !== null && !isValidLocalDate(value)) {
      result.errors.push({ code: 'invalid_date', pointer: `/${field}`, message: `Invalid date format: ${value}` })
    }
  }
  const expected = input.durationDays
  if (expected !== undefined && expected !== null && (!Number.isFinite(expected) || expected < 0)) {
    result.errors.push({ code: 'invalid_duration', pointer: '/durationDays', message: 'Duration cannot be negative' })
  }
  if (result.errors.length > 0) {
    result.valid = false
    return result
  }

  const { plannedStart, plannedEnd, actualStart, actualEnd } = input
  if (plannedStart && plannedEnd) {
    if (plannedStart > plannedEnd) {
      result.errors.push({
        code: 'planned_start_after_end',
        pointer: '/plannedEnd',
        message: 'Planned start date cannot be after planned end date',
      })
    } else {
      const planned = durationDaysBetween(plannedStart, plannedEnd, counting)
      result.durations.planned = planned
      if (expected !== undefined && expected !== null && Math.abs(planned - expected) >= tolerance) {
        result.warnings.push({
          code: 'planned_duration_mismatch',
          pointer: '/durationDays',
          message: `Planned duration (${planned.toFixed(1)} days) differs from expected (${expected.toFixed(1)} days)`,
        })
      }
    }
  }
  if (actualStart && actualEnd) {
    if (actualStart > actualEnd) {
      result.errors.push({
        code: 'actual_start_after_end',
        pointer: '/actualEnd',
        message: 'Actual start date cannot be after actual end date',
      })
    } else {
      result.durations.actual = durationDaysBetween(actualStart, actualEnd, counting)
    }
  }
  if (plannedStart && actualStart && actualStart < plannedStart) {
    result.warnings.push({
      code: 'actual_start_before_planned',
      pointer: '/actualStart',
      message: 'Actual start is before planned start',
    })
  }
  if (plannedEnd && actualEnd && actualEnd > plannedEnd) {
    result.warnings.push({
      code: 'actual_end_overrun',
      pointer: '/actualEnd',
      message: 'Actual end is after planned end (overrun)',
    })
  }
  result.valid = result.errors.length === 0
  return result
}
