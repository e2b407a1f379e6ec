import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advanceStreak } from './streaks.js'

describe('advanceStreak', () => {
  it('starts at 1 with best 1 for a user without a streak (the original left best NULL)', () => {
    expect(advanceStreak(null, '2026-01-05')).toEqual({ currentCount: 1, bestCount: 1, lastActivityDate: '2026-01-05' })
  })
  it('grows by one when the last activity was yesterday, across a month end', () => {
    expect(advanceStreak({ currentCount: 4, bestCount: 4, lastActivityDate: '2026-01-31' }, '2026-02-01')).toEqual({
      currentCount: 5, bestCount: 5, lastActivityDate: '2026-02-01',
    })
  })
  it('keeps the count for a second activity on the same day', () => {
    expect(advanceStreak({ currentCount: 3, bestCount: 7, lastActivityDate: '2026-01-05' }, '2026-01-05').currentCount).toBe(3)
  })
  it('restarts at 1 after a gap but keeps the best count', () => {
    expect(advanceStreak({ currentCount: 6, bestCount: 9, lastActivityDate: '2026-01-01' }, '2026-01-05')).toEqual({
      currentCount: 1, bestCount: 9, lastActivityDate: '2026-01-05',
    })
  })
  it('never lets best fall below current over any sequence of days', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 60 }), (gaps) => {
        let state = null as ReturnType<typeof advanceStreak> | null
        let day = Date.UTC(2026, 0, 1)
        for (const gap of gaps) {
          day += gap * 86_400_000
          state = advanceStreak(state, new Date(day).toISOString().slice(0, 10))
          expect(state.bestCount).toBeGreaterThanOrEqual(state.currentCount)
          expect(state.currentCount).toBeGreaterThanOrEqual(1)
        }
      }),
    )
  })
})
