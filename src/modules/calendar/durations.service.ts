import { ValidationError } from '../../domain/errors.js'
import {
  formatDuration, formatDurationRange, parseDuration, roundDurationDays, type FormatDurationOptions,
} from '../../domain/duration/index.js'
import type { DurationFormatBody, FormattedDuration, ParsedDuration } from './durations.schema.js'

export interface DurationsService {
  /** @throws InvalidDurationError (code invalid_duration) for text that is not a duration. */
  parse(text: string): ParsedDuration
  /**
   * One duration (`days`) or a range (`minDays` + `maxDays`).
   * @throws ValidationError when neither or both shapes are given; InvalidDurationError for bad values.
   */
  format(input: DurationFormatBody): FormattedDuration
}

function optionsOf(input: DurationFormatBody): FormatDurationOptions {
  return {
    ...(input.locale === undefined ? {} : { locale: input.locale }),
    ...(input.style === undefined ? {} : { style: input.style }),
    ...(input.unit === undefined ? {} : { unit: input.unit }),
  }
}

/** Duration text as a service: stateless, so one instance serves every request and the CLI. */
export function createDurationsService(): DurationsService {
  return {
    parse: (text) => parseDuration(text),

    format(input) {
      const options = optionsOf(input)
      const hasRange = input.minDays !== undefined || input.maxDays !== undefined
      if (input.days !== undefined && !hasRange) {
        return { text: formatDuration(input.days, options), days: roundDurationDays(input.days, options) }
      }
      if (input.days === undefined && input.minDays !== undefined && input.maxDays !== undefined) {
        return { text: formatDurationRange(input.minDays, input.maxDays, options) }
      }
      const pointer = input.days === undefined ? (input.minDays === undefined ? '/minDays' : '/maxDays') : '/days'
      throw new ValidationError('give either days, or minDays and maxDays', [
        { pointer, message: 'send either days, or both minDays and maxDays' },
      ])
    },
  }
}
