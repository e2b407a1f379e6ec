import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { normalizeDate } from './date.normalizer.js'

describe('normalizeDate', () => {
  it('pads ISO dates and reads slash dates day-first when no order is given (spec vectors #15, #16)', () => {
    expect(normalizeDate('2025-1-5')).toBe('2025-01-05')
    expect(normalizeDate('01/01/2025')).toBe('2025-01-01')
    expect(normalizeDate('01/02/2025')).toBe('2025-02-01')
    expect(normalizeDate('12/31/2025')).toBe('2025-12-31')
    expect(normalizeDate(' 2025-01-05 ')).toBe('2025-01-05')
  })

  it('reads month-first when asked and falls back to day-first when that is impossible', () => {
    expect(normalizeDate('01/02/2025', { dayOrder: 'MDY' })).toBe('2025-01-02')
    expect(normalizeDate('31/12/2025', { dayOrder: 'MDY' })).toBe('2025-12-31')
  })

  it('throws ValidationError when given date-times or garbage (spec vectors #15, #16)', () => {
    for (const input of ['2025-01-05T10:00:00', 'invalid-date-format', '2024-13-45', '31/31/2025', '']) {
      expect(() => normalizeDate(input), input).toThrow(ValidationError)
      expect(() => normalizeDate(input), input).toThrow('unable to parse date string')
    }
  })
})
