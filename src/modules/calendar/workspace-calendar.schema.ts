import { isValidLocalDate, type LocalDate } from '../../domain/calendar/index.js'
import { ValidationError } from '../../domain/errors.js'

/** Workspace settings (scope 'workspace') that change the workspace's business calendar. */
export const WORKSPACE_CALENDAR_KEYS = {
  extraNonWorkingDays: 'calendar.extra_non_working_days',
  extraWorkingDays: 'calendar.extra_working_days',
} as const
export const WORKSPACE_CALENDAR_SETTING_KEYS: readonly string[] = Object.values(WORKSPACE_CALENDAR_KEYS)

/** A year's worth of days is plenty for office closures; the bound keeps the calendar cheap to build. */
export const MAX_WORKSPACE_CALENDAR_DAYS = 366

/** Why `value` is not a list of unique dates, or null when it is one. */
function dateListProblem(value: unknown): string | null {
  if (!Array.isArray(value)) {
    return 'must be an array of YYYY-MM-DD dates'
  }
  if (value.length > MAX_WORKSPACE_CALENDAR_DAYS) {
    return `at most ${MAX_WORKSPACE_CALENDAR_DAYS} dates`
  }
  const seen = new Set<string>()
  for (const [index, date] of value.entries()) {
    if (typeof date !== 'string' || !isValidLocalDate(date)) {
      return `item ${index} ('${String(date).slice(0, 40)}') is not a calendar date YYYY-MM-DD`
    }
    if (seen.has(date)) {
      return `${date} is listed twice`
    }
    seen.add(date)
  }
  return null
}

/** The stored value as dates, or [] when it is not a valid list (rows written before validation existed). */
export function readWorkspaceDateList(value: unknown): LocalDate[] {
  return dateListProblem(value) === null ? [...(value as string[])] : []
}

/**
 * Refuses a bad value for a workspace calendar setting before it is stored; any other key passes.
 * @throws ValidationError with pointer /value.
 */
export function validateWorkspaceCalendarSetting(key: string, value: unknown): void {
  if (!WORKSPACE_CALENDAR_SETTING_KEYS.includes(key)) {
    return
  }
  const problem = dateListProblem(value)
  if (problem !== null) {
    throw new ValidationError(`${key}: ${problem}`, [{ pointer: '/value', message: problem }])
  }
}
