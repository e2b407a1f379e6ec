/**
 * Days → duration text ("1.5 dias", "2 semanas", "1 mês"; "3.5d"; "3 dias úteis"; "3 days").
 *
 * Output grid: the number is the value in the chosen unit rounded to tenths, half-to-even on the
 * exact binary value (0.25 → "0.2", 3.75 → "3.8"), printed without ".0" when the rounded value is
 * whole. The text therefore denotes exactly `roundDurationDays(days)`, and
 * `parseDuration(formatDuration(x)).days === roundDurationDays(x)` for every x in range; values
 * already on the grid (`roundDurationDays(x) === x`) round-trip exactly.
 */
import { InvalidDurationError } from '../errors.js'
import { isNiceNumber, roundToTenths, tenthsToText } from './decimal.arithmetic.js'
import { DAYS_PER_UNIT, DAYS_PER_MONTH, DAYS_PER_WEEK, MAX_DURATION_DAYS } from './duration.units.js'
import type { DurationLocale, DurationStyle, DurationUnit } from './duration.units.js'
import { unitWord } from './duration.words.js'

export interface FormatDurationOptions {
  /** Defaults to 'pt-BR'. */
  locale?: DurationLocale
  /** Defaults to 'standard'. */
  style?: DurationStyle
  /** Forces the unit; otherwise it is chosen from the value (see `chooseDurationUnit`). */
  unit?: DurationUnit
}

/** A value converted for display: its unit and its rounded number of tenths of that unit. */
export interface DisplayValue {
  unit: DurationUnit
  tenths: number
}

/** @throws InvalidDurationError when `days` is negative, not finite or above MAX_DURATION_DAYS. */
export function assertFormattableDays(days: number): void {
  if (Number.isNaN(days)) {
    throw new InvalidDurationError(String(days), 'Failed to format duration: not a number')
  }
  if (days < 0) {
    throw new InvalidDurationError(String(days), `Failed to format duration: Duration cannot be negative (${days})`)
  }
  if (days > MAX_DURATION_DAYS) {
    throw new InvalidDurationError(
      String(days),
      `Failed to format duration: ${days} days exceeds the maximum of ${MAX_DURATION_DAYS} days`,
    )
  }
}

/**
 * Picks the display unit like the reference — months from 30 days, weeks from 7 days when the
 * week count is whole or a half, days otherwise — but decides on the value *as it will be shown*
 * (29.96 days shows as "1 mês", not "30.0 dias"; 7.04 as "1 semana", not "7.0 dias"), so
 * formatting the parsed text back gives the same text.
 */
export function chooseDurationUnit(days: number): DurationUnit {
  const shownTenthsOfDays = roundToTenths(days)
  if (days >= DAYS_PER_MONTH || shownTenthsOfDays >= DAYS_PER_MONTH * 10) {
    return 'months'
  }
  if (shownTenthsOfDays >= DAYS_PER_WEEK * 10) {
    if (shownTenthsOfDays % (DAYS_PER_WEEK * 10) === 0 || isNiceNumber(days / DAYS_PER_WEEK)) {
      return 'weeks'
    }
  }
  return 'days'
}

/** The unit and rounded tenths that `formatDuration(days, { unit })` will print. */
export function toDisplayValue(days: number, unit: DurationUnit = chooseDurationUnit(days)): DisplayValue {
  return { unit, tenths: roundToTenths(days / DAYS_PER_UNIT[unit]) }
}

/**
 * The days that the formatted text denotes: `days` snapped to the display grid of its unit
 * (0.1 day, 0.1 week = 0.7 day, or 0.1 month = 3 days). Idempotent.
 */
export function roundDurationDays(days: number, options: { unit?: DurationUnit } = {}): number {
  assertFormattableDays(days)
  const { unit, tenths } = toDisplayValue(days, options.unit)
  return (tenths * DAYS_PER_UNIT[unit]) / 10
}

/**
 * Formats calendar days as text; pt-BR standard by default ("1 dia", "1.5 dias", "1 semana",
 * "1.5 semanas", "1 mês", "1.2 meses"). Compact: "3.5d", "2w", "2m". Verbose: "1 dia útil",
 * "2 semanas completas", "1 mês completo" (singular fixed, spec vector #37).
 * @throws InvalidDurationError when `days` is negative, not finite or above MAX_DURATION_DAYS.
 */
export function formatDuration(days: number, options: FormatDurationOptions = {}): string {
  assertFormattableDays(days)
  const { unit, tenths } = toDisplayValue(days, options.unit)
  const style = options.style ?? 'standard'
  const word = unitWord(unit, tenths === 10, options.locale ?? 'pt-BR', style)
  const number = tenthsToText(tenths)
  return style === 'compact' ? `${number}${word}` : `${number} ${word}`
}
