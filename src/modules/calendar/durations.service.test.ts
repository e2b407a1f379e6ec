import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidDurationError, ValidationError } from '../../domain/errors.js'
import { createDurationsService } from './durations.service.js'

const durations = createDurationsService()

describe('durations service', () => {
  it('parses text into value, unit, days and canonical text', () => {
    expect(durations.parse('1,5 dias')).toEqual({ value: 1.5, unit: 'days', days: 1.5, text: '1.5 dias' })
    expect(durations.parse('2 weeks')).toEqual({ value: 2, unit: 'weeks', days: 14, text: '2 semanas' })
  })

  it('throws invalid_duration for text that is not a duration', () => {
    for (const bad of ['', 'abc', '-1 dias', '1e309 dias']) {
      expect(() => durations.parse(bad), bad).toThrow(InvalidDurationError)
    }
  })

  it('formats one duration with the days it denotes, or a range', () => {
    expect(durations.format({ days: 10.5 })).toEqual({ text: '1.5 semanas', days: 10.5 })
    expect(durations.format({ days: 10.5, locale: 'en' })).toEqual({ text: '1.5 weeks', days: 10.5 })
    expect(durations.format({ days: 1.04, style: 'compact' })).toEqual({ text: '1d', days: 1 })
    expect(durations.format({ minDays: 2, maxDays: 5 })).toEqual({ text: '2-5 dias' })
  })

  it('asks for exactly one shape, pointing at the field to fix', () => {
    const pointer = (input: Parameters<typeof durations.format>[0]) => {
      try {
        durations.format(input)
        return null
      } catch (error) {
        return error instanceof ValidationError ? error.issues[0]?.pointer : 'other'
      }
    }
    expect(pointer({})).toBe('/minDays')
    expect(pointer({ minDays: 1 })).toBe('/maxDays')
    expect(pointer({ days: 1, maxDays: 2 })).toBe('/days')
    expect(() => durations.format({ minDays: 5, maxDays: 2 })).toThrow(InvalidDurationError)
  })

  it('parses back what it formats to the days the text denotes', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 36_540, noNaN: true }), (days) => {
      const formatted = durations.format({ days })
      expect(durations.parse(formatted.text).days).toBeCloseTo(formatted.days ?? Number.NaN, 9)
    }))
  })
})
