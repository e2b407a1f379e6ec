import { describe, expect, it } from 'vitest'
import { InvalidDurationError } from '../errors.js'
import { isNiceNumber, roundToTenths } from './decimal.arithmetic.js'
import { chooseDurationUnit, formatDuration, roundDurationDays } from './duration.formatter.js'
import { reformatDuration } from './duration.reformat.js'

function formatAll(values: number[], options?: Parameters<typeof formatDuration>[1]): string[] {
  return values.map((days) => formatDuration(days, options))
}

describe('formatDuration', () => {
  it('prints days below a week with singular only for one (spec vector #25)', () => {
    expect(formatAll([1, 2, 1.5, 5, 4, 0, 0.1])).toEqual([
      '1 dia',
      '2 dias',
      '1.5 dias',
      '5 dias',
      '4 dias',
      '0 dias',
      '0.1 dias',
    ])
  })

  it('switches to weeks when the days are whole or half weeks (spec vectors #26, #35)', () => {
    expect(formatAll([7, 14, 21, 10.5, 17.5, 24.5])).toEqual([
      '1 semana',
      '2 semanas',
      '3 semanas',
      '1.5 semanas',
      '2.5 semanas',
      '3.5 semanas',
    ])
    expect(formatAll([8, 20, 29])).toEqual(['8 dias', '20 dias', '29 dias'])
  })

  it('switches to months from 30 days (spec vectors #27, #35)', () => {
    expect(formatAll([30, 60, 90, 35, 45])).toEqual(['1 mês', '2 meses', '3 meses', '1.2 meses', '1.5 meses'])
    expect(formatDuration(1000)).toBe('33.3 meses')
  })

  it('drops the ".0" when the rounded value is whole (spec vectors #35, #36 corrected for stability)', () => {
    // Reference: 31 → "1.0 meses" and 1.04 → "1.0 dias". Those texts parse to 30 and 1, which
    // format as "1 mês" and "1 dia", so format(parse(text)) would not give the text back.
    expect(formatDuration(31)).toBe('1 mês')
    expect(formatDuration(1.04)).toBe('1 dia')
  })

  it('rounds ties to the even tenth on the exact binary value (spec vector #36)', () => {
    expect(formatAll([0.25, 1.25, 12.25, 3.75, 0.95, 0.35])).toEqual([
      '0.2 dias',
      '1.2 dias',
      '12.2 dias',
      '3.8 dias',
      '0.9 dias',
      '0.3 dias', // 0.35 is stored as 0.34999…, so it is not a tie
    ])
  })

  it('chooses the unit from the value as shown when it sits on a unit boundary', () => {
    expect(formatDuration(29.96)).toBe('1 mês') // not "30.0 dias"
    expect(formatDuration(6.97)).toBe('1 semana') // not "7.0 dias"
    expect(formatDuration(7.04)).toBe('1 semana')
    expect(chooseDurationUnit(6.9)).toBe('days')
  })

  it('converts to the preferred unit when one is given (spec vectors #29, #31)', () => {
    expect(formatDuration(7, { unit: 'days' })).toBe('7 dias')
    expect(formatDuration(30, { unit: 'days' })).toBe('30 dias')
    expect(formatDuration(5, { unit: 'weeks' })).toBe('0.7 semanas')
    expect(formatDuration(15, { unit: 'months' })).toBe('0.5 meses')
  })

  it('prints compact and verbose styles (spec vector #30)', () => {
    expect(formatAll([3.5, 14, 60, 7], { style: 'compact' })).toEqual(['3.5d', '2w', '2m', '1w'])
    expect(formatAll([3, 14, 60], { style: 'verbose' })).toEqual([
      '3 dias úteis',
      '2 semanas completas',
      '2 meses completos',
    ])
  })

  it('uses singular verbose words when the value is one (spec vector #37 DEFECT: "1 dia úteis")', () => {
    expect(formatAll([1, 7, 30], { style: 'verbose' })).toEqual(['1 dia útil', '1 semana completa', '1 mês completo'])
  })

  it('prints English words when the locale is en', () => {
    expect(formatAll([1, 3, 7, 14, 30, 60], { locale: 'en' })).toEqual([
      '1 day',
      '3 days',
      '1 week',
      '2 weeks',
      '1 month',
      '2 months',
    ])
    expect(formatAll([1, 3], { locale: 'en', style: 'verbose' })).toEqual(['1 business day', '3 business days'])
  })

  it('throws InvalidDurationError when days are negative, NaN or too large (spec vector #28)', () => {
    expect(() => formatDuration(-1)).toThrow(InvalidDurationError)
    expect(() => formatDuration(-1)).toThrow('Failed to format duration: Duration cannot be negative')
    expect(() => formatDuration(Number.NaN)).toThrow('not a number')
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow('exceeds the maximum')
    expect(() => formatDuration(36_541)).toThrow('exceeds the maximum of 36540 days')
  })
})

describe('roundDurationDays', () => {
  it('snaps to the grid of the chosen unit when the value is between grid points', () => {
    expect(roundDurationDays(31)).toBe(30)
    expect(roundDurationDays(35)).toBe(36)
    expect(roundDurationDays(10.45)).toBe(10.5)
    expect(roundDurationDays(1.04)).toBe(1)
    expect(roundDurationDays(5, { unit: 'weeks' })).toBe(4.9)
    expect(roundDurationDays(36_540)).toBe(36_540)
  })
})

describe('reformatDuration', () => {
  it('formats parsed text canonically in the requested style (spec vector #33)', () => {
    expect(reformatDuration('1 semana')).toBe('1 semana')
    expect(reformatDuration('1 semana', { style: 'compact' })).toBe('1w')
    expect(reformatDuration('1.5 dias')).toBe('1.5 dias')
    expect(reformatDuration('7 dias')).toBe('1 semana')
    expect(reformatDuration('1 mês')).toBe('1 mês') // spec vector #37 DEFECT: reference could not parse "1 mês"
    expect(reformatDuration('2 meses')).toBe('2 meses') // reference: 60.875 days → "2.0 meses"
    expect(() => reformatDuration('invalid format')).toThrow(InvalidDurationError)
  })
})

describe('isNiceNumber', () => {
  it('accepts whole numbers and halves when checking week counts (spec vector #34)', () => {
    expect([1, 5, 1.5, 2.5].map(isNiceNumber)).toEqual([true, true, true, true])
    expect([1.333, 2.714].map(isNiceNumber)).toEqual([false, false])
  })
})

describe('roundToTenths', () => {
  it('returns tenths as an integer with ties to even', () => {
    expect([0.05, 0.15, 0.25, 0.75, 2.5, 1.45, 0].map(roundToTenths)).toEqual([1, 1, 2, 8, 25, 14, 0])
  })
})
