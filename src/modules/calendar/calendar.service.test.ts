import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../domain/errors.js'
import { createCalendarService, MAX_SPAN_DAYS } from './calendar.service.js'

const service = () => createCalendarService({ defaults: { country: 'BR' } })

function issuesOf(work: () => unknown): Array<{ pointer: string }> {
  try {
    work()
  } catch (error) {
    if (error instanceof ValidationError) {
      return [...error.issues]
    }
    throw error
  }
  return []
}

describe('calendar service', () => {
  it('counts business days with both ends included and lists the holidays between', () => {
    expect(service().businessDays({ from: '2025-11-17', to: '2025-11-21' })).toEqual({
      from: '2025-11-17', to: '2025-11-21', country: 'BR', region: null, businessDays: 4, calendarDays: 5,
      holidays: [{ date: '2025-11-20', name: 'Dia da Consciência Negra' }],
    })
  })

  it('uses the default region only with the default country', () => {
    const sp = createCalendarService({ defaults: { country: 'BR', region: 'SP' } })
    // 9 July is a São Paulo state holiday, not a national one; 4 July is a US holiday.
    expect(sp.businessDays({ from: '2024-07-09', to: '2024-07-09' })).toMatchObject({ region: 'SP', businessDays: 0 })
    expect(service().businessDays({ from: '2024-07-09', to: '2024-07-09' })).toMatchObject({ region: null, businessDays: 1 })
    expect(sp.businessDays({ from: '2024-07-09', to: '2024-07-09', country: 'us' })).toMatchObject({ country: 'US', region: null, businessDays: 1 })
    expect(sp.businessDays({ from: '2024-07-04', to: '2024-07-04', country: 'us' })).toMatchObject({ country: 'US', region: null, businessDays: 0 })
  })

  it('answers one result per day for a one-day range and 0 on a weekend', () => {
    expect(service().businessDays({ from: '2025-09-06', to: '2025-09-06' })).toMatchObject({ businessDays: 0, calendarDays: 1 })
    expect(service().businessDays({ from: '2025-09-08', to: '2025-09-08' })).toMatchObject({ businessDays: 1, calendarDays: 1 })
  })

  it('refuses impossible dates, reversed or too long ranges and unknown places with pointers', () => {
    expect(issuesOf(() => service().businessDays({ from: '2025-02-30', to: '2025-13-01' })).map((i) => i.pointer)).toEqual(['/from', '/to'])
    expect(issuesOf(() => service().businessDays({ from: '2025-02-02', to: '2025-02-01' })).map((i) => i.pointer)).toEqual(['/to'])
    expect(MAX_SPAN_DAYS).toBe(36_525)
    expect(issuesOf(() => service().businessDays({ from: '2000-01-01', to: '2100-12-31' })).map((i) => i.pointer)).toEqual(['/to'])
    expect(issuesOf(() => service().businessDays({ from: '2025-01-01', to: '2025-01-02', country: 'XX' })).map((i) => i.pointer)).toEqual(['/country'])
    expect(issuesOf(() => service().businessDays({ from: '2025-01-01', to: '2025-01-02', country: 'BR', region: 'ZZ' })).map((i) => i.pointer)).toEqual(['/region'])
  })

  it('adds and subtracts business days, and refuses results outside years 1–9999', () => {
    expect(service().addBusinessDays({ date: '2025-09-05', days: 1 })).toEqual({ date: '2025-09-05', days: 1, result: '2025-09-08', country: 'BR', region: null })
    expect(service().addBusinessDays({ date: '2025-09-08', days: -1 }).result).toBe('2025-09-05')
    expect(issuesOf(() => service().addBusinessDays({ date: '9999-12-01', days: 100 })).map((i) => i.pointer)).toEqual(['/days'])
    expect(issuesOf(() => service().addBusinessDays({ date: 'soon', days: 1 })).map((i) => i.pointer)).toEqual(['/date'])
  })

  it('keeps one calendar per place inside the instance, evicting the least recently used', () => {
    const small = createCalendarService({ defaults: { country: 'BR' }, maxCalendars: 1 })
    const first = small.businessDays({ from: '2025-12-24', to: '2025-12-26', country: 'DE' })
    small.businessDays({ from: '2025-12-24', to: '2025-12-26', country: 'US' })
    expect(small.businessDays({ from: '2025-12-24', to: '2025-12-26', country: 'DE' })).toEqual(first)
    expect(first.businessDays).toBe(1)
  })
})
