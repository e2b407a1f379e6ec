import { LRUCache } from 'lru-cache'
import {
  calendarDaysBetween,
  createBusinessCalendar,
  isValidLocalDate,
  type BusinessCalendar,
} from '../../domain/calendar/index.js'
import { ValidationError, type ValidationIssue } from '../../domain/errors.js'
import type {
  AddBusinessDaysQuery, AddBusinessDaysResult, BusinessDaysQuery, BusinessDaysResult,
} from './calendar.schema.js'

/** Longest range a business-days query may span: 100 years, the same horizon as durations. */
export const MAX_SPAN_DAYS = 36_525

/** The holiday calendar used when a query names none (config.calendar). */
export interface CalendarDefaults {
  country: string
  region?: string | undefined
}

export interface CalendarService {
  /**
   * Business days in [from, to] (both ends included) and the holidays in that range.
   * `workspace` (the workspace's calendar, with its extra days) is used when the query names no place.
   * @throws ValidationError with pointers /from, /to, /country or /region.
   */
  businessDays(query: BusinessDaysQuery, workspace?: BusinessCalendar): BusinessDaysResult
  /**
   * The `days`-th business day strictly after `date` (negative: before); `workspace` as for businessDays.
   * @throws ValidationError with pointers /date, /days, /country or /region.
   */
  addBusinessDays(query: AddBusinessDaysQuery, workspace?: BusinessCalendar): AddBusinessDaysResult
}

function requireDate(value: string, pointer: string, issues: ValidationIssue[]): void {
  if (!isValidLocalDate(value)) {
    issues.push({ pointer, message: `'${value.slice(0, 40)}' is not a calendar date YYYY-MM-DD` })
  }
}

function throwIfAny(issues: ValidationIssue[]): void {
  if (issues.length > 0) {
    throw new ValidationError(issues.map((issue) => `${issue.pointer}: ${issue.message}`).join('; '), issues)
  }
}

/**
 * Creates the calculator. Building a calendar costs a holiday lookup per year touched, so each
 * (country, region) calendar is kept in a small LRU owned by this instance — two apps in one
 * process never share one, and an unknown country is refused before anything is cached.
 */
export function createCalendarService({ defaults, maxCalendars = 32 }: { defaults: CalendarDefaults; maxCalendars?: number }): CalendarService {
  const calendars = new LRUCache<string, BusinessCalendar>({ max: maxCalendars })

  function choose(country: string | undefined, region: string | undefined, workspace: BusinessCalendar | undefined): { country: string; region: string | null; calendar: BusinessCalendar } {
    if (workspace !== undefined && country === undefined && region === undefined) {
      return { country: defaults.country.toUpperCase(), region: defaults.region?.toUpperCase() ?? null, calendar: workspace }
    }
    const chosenCountry = (country ?? defaults.country).toUpperCase()
    // A region only makes sense with its own country: the default region never leaks to another country.
    const chosenRegion = (region ?? (country === undefined ? defaults.region : undefined))?.toUpperCase() ?? null
    const key = `${chosenCountry}|${chosenRegion ?? ''}`
    let calendar = calendars.get(key)
    if (calendar === undefined) {
      calendar = createBusinessCalendar({ country: chosenCountry, ...(chosenRegion === null ? {} : { region: chosenRegion }) })
      calendars.set(key, calendar)
    }
    return { country: chosenCountry, region: chosenRegion, calendar }
  }

  return {
    businessDays(query, workspace) {
      const issues: ValidationIssue[] = []
      requireDate(query.from, '/from', issues)
      requireDate(query.to, '/to', issues)
      throwIfAny(issues)
      const span = calendarDaysBetween(query.from, query.to)
      if (span < 0) {
        issues.push({ pointer: '/to', message: `must not be before from (${query.from})` })
      } else if (span > MAX_SPAN_DAYS) {
        issues.push({ pointer: '/to', message: `the range may span at most ${MAX_SPAN_DAYS} days (100 years)` })
      }
      throwIfAny(issues)
      const { country, region, calendar } = choose(query.country, query.region, workspace)
      return {
        from: query.from,
        to: query.to,
        country,
        region,
        businessDays: calendar.countBusinessDaysInclusive(query.from, query.to),
        calendarDays: span + 1,
        holidays: calendar.holidaysBetween(query.from, query.to),
      }
    },

    addBusinessDays(query, workspace) {
      const issues: ValidationIssue[] = []
      requireDate(query.date, '/date', issues)
      throwIfAny(issues)
      const { country, region, calendar } = choose(query.country, query.region, workspace)
      let result: string
      try {
        result = calendar.addBusinessDays(query.date, query.days)
      } catch (error) {
        if (error instanceof RangeError) {
          throw new ValidationError('the result falls outside the years 0001–9999', [{ pointer: '/days', message: 'too far from date' }])
        }
        throw error
      }
      return { date: query.date, days: query.days, result, country, region }
    },
  }
}
