import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors.js'
import { elapsedSeconds, finishTimer, pauseTimer, resumeTimer, startTimer } from './focus-session.machine.js'
import type { TimerSnapshot } from './focus-session.types.js'

const T0 = Date.UTC(2026, 0, 5, 12, 0, 0)
type Action = 'pause' | 'resume' | 'stop' | 'abandon' | 'look'

const actionArb = fc.constantFrom<Action>('pause', 'resume', 'stop', 'abandon', 'look')

function apply(session: TimerSnapshot, action: Action, at: number): TimerSnapshot {
  switch (action) {
    case 'pause':
      return pauseTimer(session, at)
    case 'resume':
      return resumeTimer(session, at)
    case 'stop':
      return finishTimer(session, at, 'completed')
    case 'abandon':
      return finishTimer(session, at, 'abandoned')
    case 'look':
      return session
  }
}

/** Runs the steps, skipping transitions the state refuses (as the API would answer 409). */
function run(steps: readonly { action: Action; gapMs: number }[], monotonic: boolean) {
  let session = startTimer({ kind: 'focus', mode: 'flowtime', plannedMinutes: null, at: T0 })
  let now = T0
  let pausedByHand = 0
  let pauseStart: number | null = null
  const observations: { now: number; elapsed: number; paused: boolean }[] = []
  for (const { action, gapMs } of steps) {
    now = monotonic ? now + Math.abs(gapMs) : now + gapMs
    try {
      const next = apply(session, action, now)
      if (monotonic && action === 'pause') {
        pauseStart = now
      }
      if (monotonic && pauseStart !== null && (action === 'resume' || (next.state !== 'running' && next.state !== 'paused'))) {
        pausedByHand += Math.floor(now / 1000) - Math.floor(pauseStart / 1000)
        pauseStart = null
      }
      session = next
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError)
    }
    observations.push({ now, elapsed: elapsedSeconds(session, now), paused: session.state === 'paused' })
  }
  return { session, now, pausedByHand, observations }
}

const stepsArb = fc.array(fc.record({ action: actionArb, gapMs: fc.integer({ min: -3_600_000, max: 3_600_000 }) }), { maxLength: 40 })

describe('focus session machine properties', () => {
  it('never reports negative elapsed time whatever the actions and clock jumps', () => {
    fc.assert(fc.property(stepsArb, (steps) => {
      const { observations } = run(steps, false)
      for (const observation of observations) {
        expect(observation.elapsed).toBeGreaterThanOrEqual(0)
      }
    }))
  })

  it('never counts paused time when the clock only moves forward', () => {
    fc.assert(fc.property(stepsArb, (steps) => {
      const { observations } = run(steps, true)
      for (let i = 1; i < observations.length; i++) {
        const before = observations[i - 1]!
        const after = observations[i]!
        if (before.paused && after.paused) {
          expect(after.elapsed).toBe(before.elapsed)
        }
        expect(after.elapsed).toBeGreaterThanOrEqual(before.elapsed)
      }
    }))
  })

  it('conserves time: elapsed plus paused equals the wall-clock span of a finished session', () => {
    fc.assert(fc.property(stepsArb, (steps) => {
      const { session, now, pausedByHand } = run([...steps, { action: 'stop', gapMs: 1 }], true)
      expect(session.endedAtMs).not.toBeNull()
      const span = Math.floor(session.endedAtMs! / 1000) - Math.floor(session.startedAtMs / 1000)
      expect(session.pausedSeconds).toBe(pausedByHand)
      expect(elapsedSeconds(session, now + 1_000_000) + session.pausedSeconds).toBe(span)
    }))
  })
})
