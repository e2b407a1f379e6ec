/**
 * Units, conversion factors and limits shared by the duration parser and formatter.
 * One factor per unit, used in both directions, is what makes `parse(format(x))` lossless.
 */

export const DURATION_UNITS = ['days', 'weeks', 'months'] as const
export type DurationUnit = (typeof DURATION_UNITS)[number]

export const DURATION_LOCALES = ['pt-BR', 'en'] as const
export type DurationLocale = (typeof DURATION_LOCALES)[number]

export const DURATION_STYLES = ['standard', 'compact', 'verbose'] as const
export type DurationStyle = (typeof DURATION_STYLES)[number]

/** Weeks are always 7 calendar days ("1 semana" is never 5 business days). */
export const DAYS_PER_WEEK = 7

/**
 * A month is 30 days in both directions. The reference parsed months as 365.25/12 = 30.4375 days
 * but formatted with 30, so "2 meses" came back as "2.0 meses" (spec vector #37). An integer
 * factor also keeps `value × factor` exact for every one-decimal value.
 */
export const DAYS_PER_MONTH = 30

/**
 * Upper bound for any duration: 36 540 days = 1 218 months = 5 220 weeks (about 100 years).
 * It sits on the 0.1 grid of every unit, so rounding a value at or below the cap for display can
 * never produce text that the parser rejects as too large.
 */
export const MAX_DURATION_DAYS = 36_540

export const DAYS_PER_UNIT: Readonly<Record<DurationUnit, number>> = Object.freeze({
  days: 1,
  weeks: DAYS_PER_WEEK,
  months: DAYS_PER_MONTH,
})
