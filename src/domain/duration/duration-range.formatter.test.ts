import { describe, expect, it } from 'vitest'
import { InvalidDurationError } from '../errors.js'
import { formatDurationRange } from './duration-range.formatter.js'

describe('formatDurationRange', () => {
  it('prints both ends in the unit of the larger one (spec vectors #32, #37, §3.5)', () => {
    expect(formatDurationRange(5, 5)).toBe('5 dias')
    expect(formatDurationRange(2, 5)).toBe('2-5 dias')
    expect(formatDurationRange(1, 3)).toBe('1-3 dias')
    expect(formatDurationRange(7, 14)).toBe('1-2 semanas')
    expect(formatDurationRange(1.5, 3.5)).toBe('1.5-3.5 dias')
    expect(formatDurationRange(1, 7)).toBe('0.1-1 semana')
    expect(formatDurationRange(10, 45)).toBe('0.3-1.5 meses')
    expect(formatDurationRange(0, 1)).toBe('0-1 dia')
  })

  it('glues the suffix when the style is compact (spec vector #32)', () => {
    expect(formatDurationRange(7, 21, { style: 'compact' })).toBe('1-3w')
    expect(formatDurationRange(2, 5, { style: 'compact' })).toBe('2-5d')
  })

  it('uses the plain unit word when the style is verbose, like the reference', () => {
    expect(formatDurationRange(2, 5, { style: 'verbose' })).toBe('2-5 dias')
  })

  it('honours the locale and a forced unit', () => {
    expect(formatDurationRange(7, 14, { locale: 'en' })).toBe('1-2 weeks')
    expect(formatDurationRange(7, 14, { unit: 'days' })).toBe('7-14 dias')
  })

  it('prints one duration when both ends round to the same text', () => {
    expect(formatDurationRange(29.96, 30)).toBe('1 mês')
  })

  it('throws InvalidDurationError when min is greater than max (spec vector #32)', () => {
    expect(() => formatDurationRange(5, 2)).toThrow(InvalidDurationError)
    expect(() => formatDurationRange(5, 2)).toThrow('cannot be greater than')
    expect(() => formatDurationRange(-1, 2)).toThrow('cannot be negative')
  })
})
