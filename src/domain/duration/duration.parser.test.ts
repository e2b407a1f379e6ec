import { describe, expect, it } from 'vitest'
import { InvalidDurationError } from '../errors.js'
import { parseDuration, tryParseDuration } from './duration.parser.js'

function parsed(text: string): [number, string, number] {
  const { value, unit, days } = parseDuration(text)
  return [value, unit, days]
}

describe('parseDuration', () => {
  it('reads pt-BR days and weeks when given reference text (spec vectors #1, #2, #6)', () => {
    expect(parsed('1 dia')).toEqual([1, 'days', 1])
    expect(parsed('2 dias')).toEqual([2, 'days', 2])
    expect(parsed('1.5 dias')).toEqual([1.5, 'days', 1.5])
    expect(parsed('1 semana')).toEqual([1, 'weeks', 7])
    expect(parsed('2 semanas')).toEqual([2, 'weeks', 14])
    expect(['5 dias', '4 dias'].map((t) => parseDuration(t).days)).toEqual([5, 4])
  })

  it('ignores case and extra spaces when the text is padded or shouted (spec vector #3)', () => {
    expect(parsed('5 DIAS')).toEqual([5, 'days', 5])
    expect(parsed('  3.5   dias  ')).toEqual([3.5, 'days', 3.5])
    expect(parsed('0 dias')).toEqual([0, 'days', 0])
    expect(parsed(' 2 Semanas ')).toEqual([2, 'weeks', 14])
    expect(parsed('1.5dias')).toEqual([1.5, 'days', 1.5])
  })

  it('accepts mês, mes and comma decimals when the reference refused them (spec vector #7, REC §3.2)', () => {
    expect(parsed('1 mês')).toEqual([1, 'months', 30])
    expect(parsed('1 mes')).toEqual([1, 'months', 30])
    expect(parsed('1 MÊS')).toEqual([1, 'months', 30])
    expect(parsed('1 meses')).toEqual([1, 'months', 30])
    expect(parsed('3 meses')).toEqual([3, 'months', 90])
    expect(parsed('2,5 dias')).toEqual([2.5, 'days', 2.5])
    // NFD "mês" (e + combining circumflex) is the same word.
    expect(parsed('1 me\u0302s')).toEqual([1, 'months', 30])
  })

  it('converts months at 30 days when the reference used 30.4375 (spec vector #5, one factor both ways)', () => {
    expect(parseDuration('1 mês').days).toBe(30)
    expect(parseDuration('2 meses').days).toBe(60) // reference: 60.875 (spec vector #37)
  })

  it('reads English and compact units when the text is not Portuguese', () => {
    expect(parsed('3 days')).toEqual([3, 'days', 3])
    expect(parsed('1 day')).toEqual([1, 'days', 1])
    expect(parsed('2 weeks')).toEqual([2, 'weeks', 14])
    expect(parsed('1 month')).toEqual([1, 'months', 30])
    expect(parsed('3.5d')).toEqual([3.5, 'days', 3.5])
    expect(parsed('2w')).toEqual([2, 'weeks', 14])
    expect(parsed('2m')).toEqual([2, 'months', 60])
  })

  it('keeps one-decimal weeks exact when multiplying by 7 would drift', () => {
    expect(parseDuration('0.3 semanas').days).toBe(2.1)
    expect(parseDuration('1.1 semanas').days).toBe(7.7)
    expect(parseDuration('0.1 meses').days).toBe(3)
  })

  it('returns canonical pt-BR text in the written unit when the input was loose', () => {
    expect(parseDuration('1,5 DIAS').text).toBe('1.5 dias')
    expect(parseDuration('1 mes').text).toBe('1 mês')
    expect(parseDuration('14 days').text).toBe('14 dias')
    expect(parseDuration('1 week').text).toBe('1 semana')
  })

  it('reads ISO-8601 durations when the text starts with P', () => {
    expect(parsed('P3D')).toEqual([3, 'days', 3])
    expect(parsed('P2W')).toEqual([2, 'weeks', 14])
    expect(parsed('p1m')).toEqual([1, 'months', 30])
    expect(parsed('P1DT12H')).toEqual([1.5, 'days', 1.5])
    expect(parsed('PT36H')).toEqual([1.5, 'days', 1.5])
    expect(parsed('P1M2D')).toEqual([32, 'days', 32])
    expect(parsed('P0,5D')).toEqual([0.5, 'days', 0.5])
    expect(parseDuration('PT1440M').days).toBe(1)
    expect(parseDuration('PT86400S').days).toBe(1)
  })

  it('throws InvalidDurationError naming the input when the text is not a duration (spec vector #4)', () => {
    const cases: Array<[string, string]> = [
      ['', 'it is empty'],
      ['invalid format', 'expected a number followed by one unit'],
      ['abc', 'expected a number followed by one unit'],
      ['-1 dias', 'cannot be negative'],
      ['1e309 dias', 'exponent'],
      ['1 semana e 2 dias', 'single number and unit'],
      ['1 week and 2 days', 'single number and unit'],
      ['1 mese', "unknown unit 'mese'"],
      ['1 dia útil', 'business days are not a duration unit'],
      ['.5 dias', 'expected a number'],
      ['1. dias', 'expected a number'],
      ['36541 dias', 'maximum of 36540 days'],
      ['99999999999999999999999 dias', 'maximum of 36540 days'],
      ['1.000 dias', 'ambiguous'],
      ['P1Y', 'ISO years'],
      ['P', 'ISO-8601'],
      ['P1DT', 'ISO-8601'],
      ['P1H', 'ISO-8601'],
      ['P1D1D', 'ISO-8601'],
      ['P1D2W', 'ISO-8601'],
      ['P1.5.5D', 'ISO-8601'],
      ['pizza', 'ISO-8601'],
      ['P5221W', 'maximum'],
    ]
    for (const [input, reason] of cases) {
      const run = (): unknown => parseDuration(input)
      expect(run, input).toThrow(InvalidDurationError)
      expect(run, input).toThrow(reason)
      expect(run, input).toThrow(`Invalid duration '${input}'`)
      expect(run, input).toThrow('"1.5 dias"')
    }
  })

  it('shortens the echoed input when the text is very long', () => {
    const result = tryParseDuration(`${'9'.repeat(200)} dias`)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.input).toBe(`${'9'.repeat(64)}…`)
      expect(result.error.message).toContain('too long')
    }
  })
})

describe('tryParseDuration', () => {
  it('returns ok with the parsed value when the text is valid', () => {
    expect(tryParseDuration('1 semana')).toEqual({
      ok: true,
      value: { value: 1, unit: 'weeks', days: 7, text: '1 semana' },
    })
  })

  it('returns the error instead of throwing when the text is invalid', () => {
    const result = tryParseDuration('abc')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(InvalidDurationError)
      expect(result.error.code).toBe('invalid_duration')
      expect(result.error.input).toBe('abc')
    }
  })
})
