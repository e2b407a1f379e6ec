/**
 * One-decimal rounding for duration display. Ties go to the even tenth, decided on the exact
 * binary value (the reference's Python `round`): 0.25 → 0.2, 1.25 → 1.2, 3.75 → 3.8, while
 * 0.95 (stored as 0.9499…) → 0.9. `toFixed(1)` agrees except on exact ties, where it rounds up.
 */

/**
 * Rounds a non-negative finite `value` to tenths, half-to-even on the exact binary value.
 * Returns the number of tenths as an integer (1.25 → 12), so callers never re-introduce float error.
 */
export function roundToTenths(value: number): number {
  const quarters = value * 4 // exact: multiplying by a power of two
  // A tie (n + 0.5)/10 is a binary fraction only when it equals an odd number of quarters.
  if (Number.isInteger(quarters) && quarters % 2 === 1) {
    const lower = Math.floor(value * 10) // value × 10 = 2.5 × quarters, exactly representable
    return lower % 2 === 0 ? lower : lower + 1
  }
  return Number(value.toFixed(1).replace('.', ''))
}

/** Decimal text of a tenths count: 15 → "1.5", 20 → "2", 0 → "0". Always a dot separator. */
export function tenthsToText(tenths: number): string {
  const whole = Math.trunc(tenths / 10)
  const fraction = tenths % 10
  return fraction === 0 ? String(whole) : `${whole}.${fraction}`
}

/**
 * A "nice" value reads well in a bigger unit: a whole number, or within 0.01 of a half
 * (spec vector #34: 1, 5, 1.5, 2.5 are nice; 1.333, 2.714 are not).
 */
export function isNiceNumber(value: number): boolean {
  return Number.isInteger(value) || Math.abs(value - Math.floor(value) - 0.5) < 0.01
}

/**
 * Exact-as-possible `decimal × factor` for a decimal written as integer and fraction digits
 * ("1", "5" for 1.5). For an integer factor the product is formed on integers and divided once,
 * so "0.3 semanas" gives (3 × 7) / 10 = 2.1 — the same double as the formatter's grid value —
 * rather than 0.3 × 7 = 2.0999999999999996.
 */
export function scaleDecimal(integerDigits: string, fractionDigits: string, factor: number): number {
  const mantissa = Number(integerDigits + fractionDigits)
  const scaled = mantissa * factor
  if (Number.isSafeInteger(scaled)) {
    return scaled / 10 ** fractionDigits.length
  }
  // Too many digits to stay exact anyway: fall back to ordinary float arithmetic.
  return Number(`${integerDigits}.${fractionDigits || '0'}`) * factor
}
