import { formatDuration } from './duration.formatter.js'
import type { FormatDurationOptions } from './duration.formatter.js'
import { parseDuration } from './duration.parser.js'

/**
 * Parses text and formats it canonically: "1,5 DIAS" → "1.5 dias", "7 dias" → "1 semana",
 * "1 semana" compact → "1w". The result is a fixed point: reformatting it returns it unchanged.
 * @throws InvalidDurationError when the text is not a duration.
 */
export function reformatDuration(text: string, options: FormatDurationOptions = {}): string {
  return formatDuration(parseDuration(text).days, options)
}
