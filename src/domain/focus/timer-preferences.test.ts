import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { currentStreak, focusSessionPoints } from './focus-rewards.js'
import {
  DEFAULT_TIMER_PREFERENCES, flowtimeBreakMinutes, nextBreakKind, plannedMinutesFor, resolveTimerPreferences,
  validateTimerPreferences,
} from './timer-preferences.js'

describe('timer preferences', () => {
  it('falls back to 25/5/15 every 4 when stored values are missing or invalid', () => {
    expect(resolveTimerPreferences({ focusMinutes: 50, shortBreakMinutes: 'x', longBreakEvery: 0 })).toEqual({
      focusMinutes: 50, shortBreakMinutes: 5, longBreakMinutes: 15, longBreakEvery: 4,
    })
  })

  it('names every out-of-range field when validating a patch', () => {
    try {
      validateTimerPreferences({ focusMinutes: 0, longBreakEvery: 13, shortBreakMinutes: 10 })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues.map((i) => i.pointer)).toEqual(['/focusMinutes', '/longBreakEvery'])
    }
  })

  it('plans each kind from the preferences', () => {
    expect(['focus', 'short_break', 'long_break'].map((k) => plannedMinutesFor(k as 'focus', DEFAULT_TIMER_PREFERENCES))).toEqual([25, 5, 15])
  })

  it('picks a long break once 4 focus sessions were completed since the last long break', () => {
    expect([0, 1, 3, 4, 7].map((n) => nextBreakKind(n, 4))).toEqual(['short_break', 'short_break', 'short_break', 'long_break', 'long_break'])
  })

  it('sizes a flowtime break at a fifth of the focus, between 1 minute and the long break', () => {
    expect([2, 50, 200].map((m) => flowtimeBreakMinutes(m, DEFAULT_TIMER_PREFERENCES))).toEqual([1, 10, 15])
  })
})

describe('focus rewards', () => {
  it('gives a point per 5 minutes with a minimum of 1 when the session lasted a minute', () => {
    expect([0, 1, 4, 5, 25, 52].map(focusSessionPoints)).toEqual([0, 1, 1, 1, 5, 10])
  })

  it('reads a streak as lapsed when its last day is before yesterday', () => {
    const state = { currentCount: 3, bestCount: 5, lastActivityDate: '2026-01-04' }
    expect(['2026-01-04', '2026-01-05', '2026-01-06'].map((d) => currentStreak(state, d))).toEqual([3, 3, 0])
  })
})
