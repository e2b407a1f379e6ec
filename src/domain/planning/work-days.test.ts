import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { minutesToDays, roundTo2 } from './work-days.js'

describe('minutesToDays', () => {
  it('divides by 480 and rounds to 2 decimals when using the default day (spec vector #61)', () => {
    expect(minutesToDays(4 * 120)).toBe(1)
    expect(minutesToDays(3 * 160)).toBe(1)
    expect(minutesToDays(66)).toBe(0.14)
    expect(minutesToDays(0)).toBe(0)
    expect(minutesToDays(300, 600)).toBe(0.5)
  })

  it('throws ValidationError at /minutesPerDay when minutesPerDay is not positive', () => {
    expect(() => minutesToDays(10, 0)).toThrow(ValidationError)
    expect(() => minutesToDays(10, 0)).toThrow('minutesPerDay must be a positive number')
  })

  it('throws ValidationError when minutes is negative', () => {
    expect(() => minutesToDays(-1)).toThrow('minutes must be a finite number ≥ 0')
  })
})

describe('roundTo2', () => {
  it('rounds halves away from zero when the binary value sits just below the half', () => {
    expect(roundTo2(1.005)).toBe(1.01)
    expect(roundTo2(33.333333)).toBe(33.33)
    expect(roundTo2(-1.005)).toBe(-1.01)
  })
})
