import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { thrownBy } from './planning.test-support.js'
import { taskCompletionPoints } from './points.js'

describe('taskCompletionPoints', () => {
  it('truncates story points × 10 × modifier when a modifier is set (trigger examples)', () => {
    expect(taskCompletionPoints(3, 1.5)).toBe(45)
    expect(taskCompletionPoints(3, 1.25)).toBe(37)
  })

  it('multiplies by 1 when the modifier is null', () => {
    expect(taskCompletionPoints(3, null)).toBe(30)
    expect(taskCompletionPoints(0, null)).toBe(0)
  })

  it('gives the exact 29 when 10 × 10 × 0.29 would float down to 28.999…', () => {
    expect(taskCompletionPoints(10, 0.29)).toBe(29)
  })

  it('uses the configured points per story point when one is given', () => {
    expect(taskCompletionPoints(2, 1.5, 20)).toBe(60)
  })

  it('throws ValidationError listing every bad input when inputs are negative', () => {
    const error = thrownBy(() => taskCompletionPoints(-1, -2), ValidationError)
    expect(error.issues.map((issue) => issue.pointer)).toEqual(['/storyPoints', '/difficultyModifier'])
  })

  it('never exceeds the exact product and is within 1 of it when modifiers have 2 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 500 }), (points, hundredths) => {
        const exactTimes100 = points * 10 * hundredths
        const result = taskCompletionPoints(points, hundredths / 100)
        expect(result).toBe(Math.floor(exactTimes100 / 100))
      }),
    )
  })
})
