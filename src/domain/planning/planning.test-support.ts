import { createBusinessCalendar, type BusinessCalendar, type LocalDate } from '../calendar/index.js'

/**
 * A Saturday/Sunday calendar with no public holidays (plus optional fixed days off), so planning
 * tests read the same in any year and do not depend on holiday tables. BR-holiday behaviour has
 * its own tests using createBusinessCalendar() directly.
 */
export function createWeekendCalendar(holidays: readonly LocalDate[] = []): BusinessCalendar {
  return createBusinessCalendar({ holidayTypes: [], extraNonWorkingDays: holidays })
}

/**
 * The error `run` throws, typed, so a test can assert its fields. Throwing nothing, or an error
 * of another class, fails the test (a bare try/catch would pass silently in the first case).
 */
export function thrownBy<E extends Error>(run: () => unknown, type: abstract new (...args: never[]) => E): E {
  try {
    run()
  } catch (error) {
    if (error instanceof type) {
      return error
    }
    throw error
  }
  throw new Error(`expected ${type.name} to be thrown`)
}
