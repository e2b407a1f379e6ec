/**
 * Validation of BusinessCalendarOptions into the rules a calendar runs on. Everything a
 * workspace can misconfigure is refused here, with a pointer to the offending setting.
 */
import { ValidationError } from '../errors.js'
import type { ValidationIssue } from '../errors.js'
import type { BusinessDayRules } from './business-year.table.js'
import { createHolidaySource } from './holiday.source.js'
import { isValidLocalDate, toDayNumber } from './local-date.js'
import type { LocalDate } from './local-date.js'

export interface BusinessCalendarOptions {
  /** ISO 3166-1 country whose holidays count (date-holidays data). Default 'BR'. */
  country?: string
  /** ISO 3166-2 subdivision of `country` adding its regional holidays, e.g. 'SP'. */
  region?: string
  /**
   * date-holidays types that close a day. Default ['public'] (so BR Carnival, type 'bank'/'optional',
   * is a business day). `[]` means no holidays at all: weekends and the extra lists only.
   */
  holidayTypes?: readonly string[]
  /** Weekend weekdays, 0 = Sunday … 6 = Saturday. Default [0, 6]; e.g. [5, 6] for Fri+Sat. */
  weekend?: readonly number[]
  /** Workspace days off on top of the holidays (e.g. a local holiday or office closure). */
  extraNonWorkingDays?: readonly LocalDate[]
  /** Days worked whatever the weekend or holidays say (e.g. a Saturday make-up day). Wins over everything. */
  extraWorkingDays?: readonly LocalDate[]
}

export const DEFAULT_CALENDAR_COUNTRY = 'BR'
export const DEFAULT_HOLIDAY_TYPES: readonly string[] = Object.freeze(['public'])
export const DEFAULT_WEEKEND: readonly number[] = Object.freeze([0, 6])
/** The name `holidaysBetween` gives a workspace day off that is not a library holiday. */
export const EXTRA_NON_WORKING_DAY_NAME = 'Workspace day off'

function dayNumbers(dates: readonly LocalDate[], pointer: string, issues: ValidationIssue[]): Set<number> {
  const days = new Set<number>()
  dates.forEach((date, index) => {
    if (isValidLocalDate(date)) {
      days.add(toDayNumber(date))
    } else {
      issues.push({ pointer: `${pointer}/${index}`, message: `'${String(date).slice(0, 40)}' is not a YYYY-MM-DD date` })
    }
  })
  return days
}

/**
 * Turns options into rules.
 * @throws ValidationError listing every bad setting (unknown country/region/type, bad weekend,
 *   invalid dates, a date both working and non-working).
 */
export function resolveBusinessDayRules(options: BusinessCalendarOptions): BusinessDayRules {
  const issues: ValidationIssue[] = []
  const weekend = options.weekend ?? DEFAULT_WEEKEND
  const weekendMask = [false, false, false, false, false, false, false]
  weekend.forEach((weekday, index) => {
    if (Number.isInteger(weekday) && weekday >= 0 && weekday <= 6) {
      weekendMask[weekday] = true
    } else {
      issues.push({ pointer: `/weekend/${index}`, message: `${weekday} is not a weekday number 0 (Sunday)–6 (Saturday)` })
    }
  })
  if (weekendMask.every(Boolean)) {
    issues.push({ pointer: '/weekend', message: 'a weekend of all seven days leaves no business days' })
  }
  const extraWorkingDays = dayNumbers(options.extraWorkingDays ?? [], '/extraWorkingDays', issues)
  const extraNonWorkingDays = dayNumbers(options.extraNonWorkingDays ?? [], '/extraNonWorkingDays', issues)
  ;(options.extraNonWorkingDays ?? []).forEach((date, index) => {
    if (isValidLocalDate(date) && extraWorkingDays.has(toDayNumber(date))) {
      issues.push({ pointer: `/extraNonWorkingDays/${index}`, message: `${date} is also listed as an extra working day` })
    }
  })
  if (issues.length > 0) {
    throw new ValidationError(`Invalid business calendar options: ${issues.map((i) => i.message).join('; ')}`, issues)
  }
  const holidaysOf = createHolidaySource(
    options.country ?? DEFAULT_CALENDAR_COUNTRY,
    options.region,
    options.holidayTypes ?? DEFAULT_HOLIDAY_TYPES,
  )
  return { weekendMask, holidaysOf, extraWorkingDays, extraNonWorkingDays, extraNonWorkingName: EXTRA_NON_WORKING_DAY_NAME }
}
