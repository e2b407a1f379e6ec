import { describe, expect, it } from 'vitest'
import { ConflictError, ValidationError } from '../errors.js'
import {
  actualMinutesOf, elapsedSeconds, finishTimer, pauseTimer, remainingSeconds, resumeTimer, startTimer,
} from './focus-session.machine.js'

const T0 = Date.UTC(2026, 0, 5, 12, 0, 0)
const sec = (n: number) => T0 + n * 1000

describe('focus session machine', () => {
  it('counts elapsed and remaining seconds of a running pomodoro', () => {
    const session = startTimer({ kind: 'focus', mode: 'pomodoro', plannedMinutes: 25, at: T0 })
    expect(elapsedSeconds(session, sec(600))).toBe(600)
    expect(remainingSeconds(session, sec(600))).toBe(900)
    expect(remainingSeconds(session, sec(2000))).toBe(0)
  })

  it('freezes elapsed time during a pause and excludes the pause after resume', () => {
    const started = startTimer({ kind: 'focus', mode: 'pomodoro', plannedMinutes: 25, at: T0 })
    const paused = pauseTimer(started, sec(300))
    expect(elapsedSeconds(paused, sec(300))).toBe(300)
    expect(elapsedSeconds(paused, sec(900))).toBe(300)
    const resumed = resumeTimer(paused, sec(900))
    expect(resumed.pausedSeconds).toBe(600)
    expect(elapsedSeconds(resumed, sec(1000))).toBe(400)
  })

  it('ends an ongoing pause when a paused session is stopped', () => {
    const paused = pauseTimer(startTimer({ kind: 'focus', mode: 'flowtime', plannedMinutes: null, at: T0 }), sec(1500))
    const done = finishTimer(paused, sec(1800), 'completed')
    expect(done).toMatchObject({ state: 'completed', pausedAtMs: null, pausedSeconds: 300, endedAtMs: sec(1800) })
    expect(elapsedSeconds(done, sec(99_999))).toBe(1500)
    expect(actualMinutesOf(done, sec(99_999))).toBe(25)
  })

  it('rounds actual minutes half up when seconds are not whole minutes', () => {
    const session = startTimer({ kind: 'focus', mode: 'flowtime', plannedMinutes: null, at: T0 })
    expect(actualMinutesOf(finishTimer(session, sec(89), 'completed'), 0)).toBe(1)
    expect(actualMinutesOf(finishTimer(session, sec(90), 'completed'), 0)).toBe(2)
    expect(actualMinutesOf(finishTimer(session, sec(29), 'completed'), 0)).toBe(0)
  })

  it('has no remaining time when the session is open-ended flowtime', () => {
    const session = startTimer({ kind: 'focus', mode: 'flowtime', plannedMinutes: null, at: T0 })
    expect(remainingSeconds(session, sec(10_000))).toBeNull()
  })

  it('never reports negative elapsed time when the clock steps backwards', () => {
    const session = startTimer({ kind: 'focus', mode: 'pomodoro', plannedMinutes: 25, at: T0 })
    expect(elapsedSeconds(session, sec(-60))).toBe(0)
  })

  it('refuses transitions that do not fit the state when called out of order', () => {
    const running = startTimer({ kind: 'focus', mode: 'pomodoro', plannedMinutes: 25, at: T0 })
    expect(() => resumeTimer(running, sec(1))).toThrow(ConflictError)
    expect(() => pauseTimer(pauseTimer(running, sec(1)), sec(2))).toThrow(ConflictError)
    const done = finishTimer(running, sec(5), 'abandoned')
    expect(() => finishTimer(done, sec(6), 'completed')).toThrow(/already abandoned/)
  })

  it('rejects a pomodoro without a valid planned length and a flowtime break', () => {
    expect(() => startTimer({ kind: 'focus', mode: 'pomodoro', plannedMinutes: null, at: T0 })).toThrow(ValidationError)
    expect(() => startTimer({ kind: 'focus', mode: 'pomodoro', plannedMinutes: 481, at: T0 })).toThrow(ValidationError)
    expect(() => startTimer({ kind: 'short_break', mode: 'flowtime', plannedMinutes: null, at: T0 })).toThrow(ValidationError)
    expect(() => startTimer({ kind: 'focus', mode: 'flowtime', plannedMinutes: 25, at: T0 })).toThrow(ValidationError)
  })
})
