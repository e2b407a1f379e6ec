import { createBusinessCalendar, type BusinessCalendar, type LocalDate } from '../calendar/index.js'

/**
 * A Saturday/Sunday calendar with no public holidays (plus optional fixed days off), so planning
 * tests read the same in any year and do not depend on holiday tables. BR-holiday behaviour has
 * its own tests using createBusinessCalendar() directly.
 */
export function createWeekendCalendar(holidays: readonly LocalDate[] = []): BusinessCalendar {
  return createBusinessCalendar({ holidayTypes: [], extraNonWorkingDays: holidays })
}
