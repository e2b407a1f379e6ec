import type { BusinessCalendar, LocalDate } from '../calendar/index.js'
import { roundTo2 } from './work-days.js'
import type { TaskStatus, TimelineStatus } from './planning.types.js'

/**
 * completed ÷ (total − cancelled) × 100, rounded to 2 decimals; null when nothing countable is
 * left (no tasks, or every task cancelled). Cancelled tasks leave the denominator on purpose: the
 * reference's epic_progress counted them, so cancelling work made an epic look less complete
 * forever. 3 of 4 → 75; 1 of 3 → 33.33.
 */
export function completionPercentage(completed: number, total: number, cancelled = 0): number | null {
  const countable = total - cancelled
  if (countable <= 0) {
    return null
  }
  return roundTo2((completed * 100) / countable)
}

/**
 * epic_timeline's rule: no actual start → not_started (even if an end was recorded — the
 * reference view checks the start first); no actual end → in_progress; else completed.
 */
export function timelineStatus(
  actualStart: LocalDate | null | undefined,
  actualEnd: LocalDate | null | undefined,
): TimelineStatus {
  if (!actualStart) {
    return 'not_started'
  }
  return actualEnd ? 'completed' : 'in_progress'
}

/** Completed and cancelled tasks need no more work; everything else is open. */
export function isOpenStatus(status: TaskStatus): boolean {
  return status !== 'completed' && status !== 'cancelled'
}

/**
 * Business days between the planned end and the actual end (positive = late, negative = early).
 * Without an actual end, work still open after its planned end is late by at least
 * plannedEnd → asOf, and work before its planned end has slipped 0; with no asOf there is no
 * answer (null). No planned end → null.
 */
export function scheduleSlipBusinessDays(
  plannedEnd: LocalDate | null | undefined,
  actualEnd: LocalDate | null | undefined,
  calendar: BusinessCalendar,
  asOf?: LocalDate,
): number | null {
  if (!plannedEnd) {
    return null
  }
  if (actualEnd) {
    return calendar.businessDaysBetween(plannedEnd, actualEnd)
  }
  if (asOf === undefined) {
    return null
  }
  return asOf > plannedEnd ? calendar.businessDaysBetween(plannedEnd, asOf) : 0
}
