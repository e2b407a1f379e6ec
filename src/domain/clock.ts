/**
 * Time is an argument everywhere: components receive a Clock instead of calling Date.now(),
 * so tests drive time with a fake clock and never sleep.
 */
export interface Clock {
  /** Current instant in epoch milliseconds. */
  now(): number
  /** Waits `ms` (fake clocks resolve immediately after advancing). */
  sleep(ms: number): Promise<void>
}

/** UTC ISO-8601 with milliseconds, the one timestamp format stored everywhere. */
export function toIsoTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString()
}
