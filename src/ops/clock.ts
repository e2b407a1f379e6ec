import { setTimeout as delay } from 'node:timers/promises'
import type { Clock } from '../domain/clock.js'

/** The real clock; the composition root uses it unless a test injects another. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => delay(ms).then(() => undefined),
}

/** A clock tests move by hand. `sleep` advances time instead of waiting. */
export function createManualClock(startMs = Date.parse('2026-01-05T12:00:00.000Z')): Clock & {
  advance(ms: number): void
  set(epochMs: number): void
} {
  let current = startMs
  return {
    now: () => current,
    sleep: async (ms) => {
      current += Math.max(0, ms)
    },
    advance: (ms) => {
      current += ms
    },
    set: (epochMs) => {
      current = epochMs
    },
  }
}
