/**
 * Public holidays from the `date-holidays` package, reduced to what the business calendar needs:
 * the local dates of one year, with names. Only the requested holiday types are kept.
 */
import Holidays from 'date-holidays'
import type { HolidaysTypes } from 'date-holidays'
import { ValidationError } from '../errors.js'
import { daysFromCivil } from './day-number.js'

export const HOLIDAY_TYPES = ['public', 'bank', 'optional', 'school', 'observance'] as const
export type HolidayType = (typeof HOLIDAY_TYPES)[number]

/** A holiday on one day number (a multi-day holiday yields one entry per day). */
export interface HolidayOnDay {
  dayNumber: number
  name: string
}

/** The holidays of one year, in date order. */
export type HolidaySource = (year: number) => readonly HolidayOnDay[]

const MS_PER_DAY = 86_400_000

function isHolidayType(type: string): type is HolidayType {
  return (HOLIDAY_TYPES as readonly string[]).includes(type)
}

function invalid(pointer: string, message: string): ValidationError {
  return new ValidationError(message, [{ pointer, message }])
}

/**
 * Builds a holiday source for `country` (ISO 3166-1, e.g. 'BR') and optional `region`
 * (its ISO 3166-2 subdivision, e.g. 'SP'). No types means no holidays (weekends only).
 * @throws ValidationError for an unknown country, region or holiday type.
 */
export function createHolidaySource(country: string, region: string | undefined, types: readonly string[]): HolidaySource {
  types.forEach((type, index) => {
    if (!isHolidayType(type)) {
      throw invalid(`/holidayTypes/${index}`, `Unknown holiday type '${type}': use one of ${HOLIDAY_TYPES.join(', ')}`)
    }
  })
  const wanted = new Set<string>(types)
  const countryCode = country.toUpperCase()
  const catalogue = new Holidays()
  if (!Object.hasOwn(catalogue.getCountries(), countryCode)) {
    throw invalid('/country', `Unknown holiday country '${country}': use an ISO 3166-1 code such as BR, US or DE`)
  }
  const regionCode = region?.toUpperCase()
  if (regionCode !== undefined && !Object.hasOwn(catalogue.getStates(countryCode) ?? {}, regionCode)) {
    throw invalid('/region', `Unknown region '${region}' for ${countryCode}: use its ISO 3166-2 subdivision code`)
  }
  if (wanted.size === 0) {
    return () => []
  }
  const options: HolidaysTypes.Options = { types: [...wanted].filter(isHolidayType) }
  const library =
    regionCode === undefined ? new Holidays(countryCode, options) : new Holidays(countryCode, regionCode, options)
  return (year) => {
    const holidays: HolidayOnDay[] = []
    for (const holiday of library.getHolidays(year)) {
      if (!wanted.has(holiday.type)) {
        continue
      }
      // `date` is the local wall-clock start ("2025-04-18 00:00:00"); a half-day holiday such as
      // an afternoon off still takes the whole date out, and multi-day ones cover each date.
      const first = daysFromCivil(Number(holiday.date.slice(0, 4)), Number(holiday.date.slice(5, 7)), Number(holiday.date.slice(8, 10)))
      const span = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY))
      for (let offset = 0; offset < span; offset++) {
        holidays.push({ dayNumber: first + offset, name: holiday.name })
      }
    }
    return holidays
  }
}
