export type { LocalDate } from './local-date.js'
export { addCalendarDays, calendarDaysBetween, dayOfWeek, fromDayNumber, isValidLocalDate, toDayNumber } from './local-date.js'
export { DEFAULT_TIME_ZONE, createLocalDateFormatter, toLocalDate } from './time-zone.js'
export { createBusinessCalendar } from './business-calendar.js'
export type { BusinessCalendar } from './business-calendar.js'
export {
  DEFAULT_CALENDAR_COUNTRY,
  DEFAULT_HOLIDAY_TYPES,
  DEFAULT_WEEKEND,
  EXTRA_NON_WORKING_DAY_NAME,
} from './business-calendar.options.js'
export type { BusinessCalendarOptions } from './business-calendar.options.js'
export { HOLIDAY_TYPES } from './holiday.source.js'
export type { HolidayType } from './holiday.source.js'
export { normalizeDate } from './date.normalizer.js'
export type { DayOrder } from './date.normalizer.js'
