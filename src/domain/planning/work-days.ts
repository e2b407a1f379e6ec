/**
 * Effort arithmetic: minutes of work as days of work, and the 2-decimal rounding every planning
 * figure (days, percentages, pace) is reported with.
 */
import { ValidationError } from '../errors.js'

/** Default working day used to turn minutes into days: 8 hours, as the reference's /480. */
export const DEFAULT_MINUTES_PER_DAY = 480

/** Rounds to 2 decimals, half away from zero, guarding against 1.005-style binary artefacts. */
export function roundTo2(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9) / 100
}

/**
 * Minutes of work as days of work at `minutesPerDay`, rounded to 2 decimals
 * (4 × 120 min → 1; 66 min → 0.14).
 * @throws ValidationError when minutesPerDay is not positive or minutes is negative.
 */
export function minutesToDays(minutes: number, minutesPerDay: number = DEFAULT_MINUTES_PER_DAY): number {
  if (!Number.isFinite(minutesPerDay) || minutesPerDay <= 0) {
    throw new ValidationError('minutesPerDay must be a positive number', [
      { pointer: '/minutesPerDay', message: `expected > 0, got ${minutesPerDay}` },
    ])
  }
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new ValidationError('minutes must be a finite number ≥ 0', [
      { pointer: '/minutes', message: `got ${minutes}` },
    ])
  }
  return roundTo2(minutes / minutesPerDay)
}
