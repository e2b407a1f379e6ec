import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DAYS_PER_UNIT, DURATION_LOCALES, DURATION_UNITS, MAX_DURATION_DAYS } from './duration.units.js'
import { formatDuration, roundDurationDays } from './duration.formatter.js'
import { parseDuration } from './duration.parser.js'

/** Days in [0, MAX] with many values near unit boundaries and ties. */
const anyDays = fc.oneof(
  fc.double({ min: 0, max: MAX_DURATION_DAYS, noNaN: true }),
  fc.double({ min: 0, max: 40, noNaN: true }),
  fc.integer({ min: 0, max: 4000 }).map((n) => n / 40), // quarters and ties such as 0.25, 1.25
)

/** The formatter's exact output grid: 0.1 day below 30 days, 0.1 month (3 days) from there. */
const gridDays = fc.oneof(
  fc.integer({ min: 0, max: 299 }).map((tenths) => tenths / 10),
  fc.integer({ min: 10, max: MAX_DURATION_DAYS / 3 }).map((tenthsOfMonths) => tenthsOfMonths * 3),
)

const unitGrid = fc
  .constantFrom(...DURATION_UNITS)
  .chain((unit) =>
    fc
      .integer({ min: 0, max: (MAX_DURATION_DAYS * 10) / DAYS_PER_UNIT[unit] })
      .map((tenths) => ({ unit, days: (tenths * DAYS_PER_UNIT[unit]) / 10 })),
  )

const styles = fc.constantFrom('standard' as const, 'compact' as const)
const locales = fc.constantFrom(...DURATION_LOCALES)

describe('duration round trip', () => {
  it('parses formatted grid values back to the same days in any parseable style and locale', () => {
    fc.assert(
      fc.property(gridDays, styles, locales, (days, style, locale) => {
        expect(roundDurationDays(days)).toBe(days)
        expect(parseDuration(formatDuration(days, { style, locale })).days).toBe(days)
      }),
      { numRuns: 2000 },
    )
  })

  it('parses formatted values back exactly when a unit is forced and the value is on its grid', () => {
    fc.assert(
      fc.property(unitGrid, ({ unit, days }) => {
        expect(parseDuration(formatDuration(days, { unit })).days).toBe(days)
      }),
      { numRuns: 2000 },
    )
  })

  it('parses any formatted value to the rounded days it denotes', () => {
    fc.assert(
      fc.property(anyDays, (days) => {
        const shown = roundDurationDays(days)
        expect(parseDuration(formatDuration(days)).days).toBe(shown)
        expect(roundDurationDays(shown)).toBe(shown)
        // Never more than half a tenth of a month away from the input.
        expect(Math.abs(shown - days)).toBeLessThanOrEqual(1.5 + 1e-9)
      }),
      { numRuns: 3000 },
    )
  })

  it('gives the same text back when formatted text is parsed and formatted again', () => {
    fc.assert(
      fc.property(anyDays, styles, locales, (days, style, locale) => {
        const text = formatDuration(days, { style, locale })
        expect(formatDuration(parseDuration(text).days, { style, locale })).toBe(text)
      }),
      { numRuns: 3000 },
    )
  })
})
