import type { BusinessCalendar } from '../../domain/calendar/index.js'
import { parseDuration } from '../../domain/duration/index.js'
import { ValidationError } from '../../domain/errors.js'
import { businessDays, CALENDAR_DAYS, plannedEndDate } from '../../domain/planning/index.js'

/** The schedule fields of an epic that depend on each other. */
export interface EpicPlanFields {
  durationText?: string | null
  durationDays?: number | null
  scheduleMode?: 'calendar' | 'business'
  plannedStart?: string | null
  plannedEnd?: string | null
  actualStart?: string | null
  actualEnd?: string | null
}

/**
 * Fills what follows from what the user typed: days from the duration text, and the planned end
 * from start + days on the epic's calendar (unless the user set the end). `changed` is the patch,
 * `merged` the row as it would be; returns only the fields to add to the patch.
 */
export function deriveEpicPlan(changed: EpicPlanFields, merged: EpicPlanFields, calendar: BusinessCalendar): EpicPlanFields {
  const derived: EpicPlanFields = {}
  let days = merged.durationDays ?? null
  if (changed.durationText !== undefined && changed.durationDays === undefined) {
    days = changed.durationText === null ? null : parseDuration(changed.durationText).days
    derived.durationDays = days
  }
  const scheduleInputsChanged =
    changed.durationText !== undefined || changed.durationDays !== undefined || changed.plannedStart !== undefined || changed.scheduleMode !== undefined
  if (scheduleInputsChanged && changed.plannedEnd === undefined && merged.plannedStart && days !== null) {
    const counting = (merged.scheduleMode ?? 'business') === 'business' ? businessDays(calendar) : CALENDAR_DAYS
    derived.plannedEnd = plannedEndDate(merged.plannedStart, days, counting)
  }
  const plannedEnd = derived.plannedEnd ?? merged.plannedEnd
  const issues = []
  if (merged.plannedStart && plannedEnd && plannedEnd < merged.plannedStart) {
    issues.push({ pointer: '/plannedEnd', message: 'must not be before plannedStart' })
  }
  if (merged.actualStart && merged.actualEnd && merged.actualEnd < merged.actualStart) {
    issues.push({ pointer: '/actualEnd', message: 'must not be before actualStart' })
  }
  if (issues.length > 0) {
    throw new ValidationError('the epic dates are inconsistent', issues)
  }
  return derived
}
