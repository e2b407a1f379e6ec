/**
 * Ranges of durations: "2-5 dias", "1-2 semanas", "0.3-1.5 meses", compact "1-3w".
 * Both ends share the unit chosen for the larger one; singular/plural follows the larger one.
 */
import { InvalidDurationError } from '../errors.js'
import { tenthsToText } from './decimal.arithmetic.js'
import { assertFormattableDays, chooseDurationUnit, formatDuration, toDisplayValue } from './duration.formatter.js'
import type { FormatDurationOptions } from './duration.formatter.js'
import { unitWord } from './duration.words.js'

/**
 * Formats a min–max range. Equal ends (or ends that display the same) give a single duration.
 * Verbose style prints the plain unit word, like the reference ("2-5 dias").
 * @throws InvalidDurationError when min > max or either end cannot be formatted.
 */
export function formatDurationRange(minDays: number, maxDays: number, options: FormatDurationOptions = {}): string {
  assertFormattableDays(minDays)
  assertFormattableDays(maxDays)
  if (minDays > maxDays) {
    throw new InvalidDurationError(
      `${minDays}-${maxDays}`,
      `Min duration (${minDays}) cannot be greater than max duration (${maxDays})`,
    )
  }
  const unit = options.unit ?? chooseDurationUnit(maxDays)
  const low = toDisplayValue(minDays, unit)
  const high = toDisplayValue(maxDays, unit)
  if (low.tenths === high.tenths) {
    return formatDuration(maxDays, { ...options, unit })
  }
  const style = options.style ?? 'standard'
  const range = `${tenthsToText(low.tenths)}-${tenthsToText(high.tenths)}`
  if (style === 'compact') {
    return `${range}${unitWord(unit, false, 'pt-BR', 'compact')}`
  }
  return `${range} ${unitWord(unit, high.tenths === 10, options.locale ?? 'pt-BR', 'standard')}`
}
