/**
 * ISO-8601 durations restricted to what a day-based engine can mean exactly:
 * `P3D`, `P2W`, `P1M`, `P1M2D`, `P1DT12H` (1.5 days), `PT36H`. Years are refused because a
 * year has no fixed number of our 30-day months; write `P12M` or days instead.
 * A small scanner rather than one big regular expression keeps the grammar linear-time and readable.
 */
import { scaleDecimal } from './decimal.arithmetic.js'
import { DAYS_PER_UNIT } from './duration.units.js'
import type { DurationUnit } from './duration.units.js'

interface Designator {
  letter: string
  time: boolean
  daysEach: number
  unit: DurationUnit | undefined
}

/** Designators in the order ISO requires them; time ones only after `T`. */
const DESIGNATORS: readonly Designator[] = [
  { letter: 'y', time: false, daysEach: Number.NaN, unit: undefined },
  { letter: 'm', time: false, daysEach: DAYS_PER_UNIT.months, unit: 'months' },
  { letter: 'w', time: false, daysEach: DAYS_PER_UNIT.weeks, unit: 'weeks' },
  { letter: 'd', time: false, daysEach: DAYS_PER_UNIT.days, unit: 'days' },
  { letter: 'h', time: true, daysEach: 1 / 24, unit: undefined },
  { letter: 'm', time: true, daysEach: 1 / 1440, unit: undefined },
  { letter: 's', time: true, daysEach: 1 / 86_400, unit: undefined },
]

const NUMBER_RE = /^(\d+)([.,]\d+|)$/
const NOT_ISO = 'it is not an ISO-8601 duration such as P3D, P2W, P1M or P1DT12H'

interface Component {
  designator: Designator
  integer: string
  fraction: string
}

function componentDays({ designator, integer, fraction }: Component): number {
  const { daysEach } = designator
  return Number.isInteger(daysEach) ? scaleDecimal(integer, fraction, daysEach) : scaleDecimal(integer, fraction, 1) * daysEach
}

/** Splits "p1dt12h" into number+designator components, checking order and the T separator. */
function scan(text: string): Component[] | string {
  const components: Component[] = []
  let inTime = false
  let next = 0 // index into DESIGNATORS: each may appear once, in order
  let number = ''
  for (const char of text.slice(1)) {
    if (char === 't' && number === '' && !inTime) {
      inTime = true
      next = DESIGNATORS.findIndex((d) => d.time)
      continue
    }
    if ((char >= '0' && char <= '9') || char === '.' || char === ',') {
      number += char
      continue
    }
    const index = DESIGNATORS.findIndex((d, i) => i >= next && d.letter === char && d.time === inTime)
    const parts = NUMBER_RE.exec(number)
    const designator = DESIGNATORS[index]
    if (designator === undefined || parts === null) {
      return NOT_ISO
    }
    components.push({ designator, integer: parts[1] ?? '0', fraction: (parts[2] ?? '').slice(1) })
    number = ''
    next = index + 1
  }
  const endsInTime = inTime && !components.some((c) => c.designator.time)
  return number !== '' || components.length === 0 || endsInTime ? NOT_ISO : components
}

/**
 * Parses a lower-cased, trimmed ISO-8601 duration (`p…`). Returns the value, its unit and days,
 * or a human reason when the text is not one.
 */
export function parseIsoDuration(
  text: string,
): { value: number; unit: DurationUnit; days: number } | { reason: string } {
  const components = scan(text)
  if (typeof components === 'string') {
    return { reason: components }
  }
  if (components.some((c) => c.designator.letter === 'y')) {
    return { reason: 'ISO years (Y) are not supported because a year is not a whole number of months; use P12M' }
  }
  const total = components.reduce((sum, c) => sum + componentDays(c), 0)
  const only = components.length === 1 ? components[0] : undefined
  if (only?.designator.unit !== undefined) {
    return { value: scaleDecimal(only.integer, only.fraction, 1), unit: only.designator.unit, days: total }
  }
  return { value: total, unit: 'days', days: total }
}
