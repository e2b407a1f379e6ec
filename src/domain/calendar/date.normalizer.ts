/**
 * Loose date text → LocalDate, for imported data and user input: '2025-1-5', '05/01/2025'.
 * Slash dates are read day-first by default (Brazil); the other order is tried only when the
 * preferred one is impossible, so '12/31/2025' still means 31 December (spec vectors #15, #16).
 */
import { ValidationError } from '../errors.js'
import { daysFromCivil, daysInMonth, MIN_YEAR } from './day-number.js'
import { fromDayNumber } from './local-date.js'
import type { LocalDate } from './local-date.js'

export type DayOrder = 'DMY' | 'MDY'

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const SLASH_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/

function dateOf(year: number, month: number, day: number): LocalDate | undefined {
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined
  }
  return fromDayNumber(daysFromCivil(year, month, day))
}

/**
 * Normalises 'YYYY-MM-DD' (zero padding optional), 'DD/MM/YYYY' or 'MM/DD/YYYY' to a LocalDate.
 * Date-times ('2025-01-05T10:00:00') are refused: convert instants with `toLocalDate` instead.
 * @throws ValidationError "Invalid date format: unable to parse date string …" for anything else or an impossible date.
 */
export function normalizeDate(input: string, options: { dayOrder?: DayOrder } = {}): LocalDate {
  const text = input.trim()
  const iso = ISO_RE.exec(text)
  let result: LocalDate | undefined
  if (iso !== null) {
    result = dateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  }
  const slash = SLASH_RE.exec(text)
  if (slash !== null) {
    const first = Number(slash[1])
    const second = Number(slash[2])
    const year = Number(slash[3])
    const dayFirst = (options.dayOrder ?? 'DMY') === 'DMY'
    result = dayFirst
      ? (dateOf(year, second, first) ?? dateOf(year, first, second))
      : (dateOf(year, first, second) ?? dateOf(year, second, first))
  }
  if (result === undefined) {
    const message = `Invalid date format: unable to parse date string '${text.slice(0, 40)}' (expected YYYY-MM-DD or DD/MM/YYYY)`
    throw new ValidationError(message, [{ pointer: '', message }])
  }
  return result
}
