/**
 * Instants → LocalDate in a time zone. The only place the calendar touches time zones: an
 * instant (epoch ms) becomes the wall-calendar date of the workspace, and from then on only
 * dates are handled.
 */
import type { LocalDate } from './local-date.js'

/** The workspace zone used when none is configured. */
export const DEFAULT_TIME_ZONE = 'America/Sao_Paulo'

/**
 * Returns a converter bound to `timeZone`. Building an Intl formatter costs far more than using
 * it, so hot loops should create one converter and reuse it.
 * @throws RangeError when `timeZone` is not an IANA zone known to the runtime.
 */
export function createLocalDateFormatter(timeZone: string = DEFAULT_TIME_ZONE): (epochMs: number) => LocalDate {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    era: 'short',
  })
  return (epochMs: number): LocalDate => {
    if (!Number.isFinite(epochMs)) {
      throw new RangeError(`Invalid instant: ${epochMs}`)
    }
    const parts = format.formatToParts(epochMs)
    const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
    const year = Number(part('year'))
    if (part('era') !== 'AD' || year > 9999) {
      throw new RangeError(`Instant ${epochMs} falls outside years 0001–9999`)
    }
    return `${String(year).padStart(4, '0')}-${part('month')}-${part('day')}`
  }
}

/**
 * The calendar date of instant `epochMs` in `timeZone` (default America/Sao_Paulo):
 * 2024-06-01T02:00Z is '2024-05-31' in São Paulo.
 * @throws RangeError for an unknown zone or an instant outside years 0001–9999.
 */
export function toLocalDate(epochMs: number, timeZone: string = DEFAULT_TIME_ZONE): LocalDate {
  return createLocalDateFormatter(timeZone)(epochMs)
}
