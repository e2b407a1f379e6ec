import { toDayNumber, type LocalDate } from '../calendar/index.js'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/** Where an instant falls on the wall clock of a time zone. */
export interface WallClock {
  date: LocalDate
  /** 0–23 */
  hour: number
}

interface WallParts extends WallClock {
  /** Epoch ms the wall-clock reading would have in UTC; minus the instant, it is the zone offset. */
  wallMs: number
}

function createPartsReader(timeZone: string): (epochMs: number) => WallParts {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  })
  return (epochMs) => {
    const parts = format.formatToParts(epochMs)
    const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0)
    const date = `${String(part('year')).padStart(4, '0')}-${String(part('month')).padStart(2, '0')}-${String(part('day')).padStart(2, '0')}`
    const hour = part('hour') % 24
    const wallMs = toDayNumber(date) * DAY_MS + hour * HOUR_MS + part('minute') * 60_000 + part('second') * 1000
    return { date, hour, wallMs }
  }
}

/**
 * Returns a converter from instants to the wall-clock date and hour in `timeZone`. Build one per
 * report and reuse it: creating the Intl formatter costs far more than using it.
 * @throws RangeError for a zone unknown to the runtime.
 */
export function createWallClock(timeZone: string): (epochMs: number) => WallClock {
  const read = createPartsReader(timeZone)
  return (epochMs) => {
    const { date, hour } = read(epochMs)
    return { date, hour }
  }
}

/**
 * The first instant of `date` in `timeZone` (local midnight, or the first hour after a DST gap
 * that swallows midnight). Used to turn a range of local dates into a half-open range of instants.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  const read = createPartsReader(timeZone)
  const wallMidnight = toDayNumber(date) * DAY_MS
  const offsetAt = (instant: number) => read(instant).wallMs - Math.floor(instant / 1000) * 1000
  let candidate = wallMidnight - offsetAt(wallMidnight)
  candidate = wallMidnight - offsetAt(candidate)
  // In a gap the wall clock jumps over midnight: step forward to the first instant of `date`.
  while (read(candidate).date < date) {
    candidate += HOUR_MS
  }
  while (read(candidate - HOUR_MS).date === date) {
    candidate -= HOUR_MS
  }
  return candidate
}
