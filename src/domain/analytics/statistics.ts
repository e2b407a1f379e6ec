/** Rounds half away from zero to `digits` decimals; the small nudge keeps 1.005 → 1.01. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits
  const rounded = Math.round((Math.abs(value) + Number.EPSILON) * factor) / factor
  return Math.sign(value) * rounded + 0 // + 0 turns -0 into 0
}

/** Arithmetic mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null
  }
  let sum = 0
  for (const value of values) {
    sum += value
  }
  return sum / values.length
}

/** Median (mean of the middle two for an even count), or null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null
  }
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * Pearson's r of paired samples, or null when it is undefined: fewer than two pairs, or either
 * series constant (zero variance) — a flat series correlates with nothing.
 */
export function pearson(pairs: readonly (readonly [number, number])[]): number | null {
  if (pairs.length < 2) {
    return null
  }
  const mx = mean(pairs.map(([x]) => x)) ?? 0
  const my = mean(pairs.map(([, y]) => y)) ?? 0
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my)
    sxx += (x - mx) ** 2
    syy += (y - my) ** 2
  }
  if (sxx === 0 || syy === 0) {
    return null
  }
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)))
}

/** `numerator / denominator` rounded, or null when the denominator is 0. */
export function ratio(numerator: number, denominator: number, digits = 2): number | null {
  return denominator === 0 ? null : roundTo(numerator / denominator, digits)
}
