import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { createBusinessCalendar } from './business-calendar.js'
import { EXTRA_NON_WORKING_DAY_NAME } from './business-calendar.options.js'
import { addCalendarDays } from './local-date.js'
import type { LocalDate } from './local-date.js'
import type { BusinessCalendar } from './business-calendar.js'

/** The reference's GENERIC calendar: Saturday+Sunday weekend, no holidays. */
const generic = createBusinessCalendar({ holidayTypes: [] })

/** Stepping one day at a time: the semantics the reference used for n ≤ 30 and the spec recommends. */
function stepBusinessDays(calendar: BusinessCalendar, start: LocalDate, n: number): LocalDate {
  let date = start
  for (let left = n; left > 0; ) {
    date = addCalendarDays(date, 1)
    if (calendar.isBusinessDay(date)) {
      left--
    }
  }
  return date
}

describe('BusinessCalendar.countBusinessDaysInclusive', () => {
  it('counts both ends and returns 0 for reversed ranges (spec vector #38)', () => {
    expect(generic.countBusinessDaysInclusive('2024-06-03', '2024-06-07')).toBe(5)
    expect(generic.countBusinessDaysInclusive('2024-06-01', '2024-06-09')).toBe(5)
    expect(generic.countBusinessDaysInclusive('2024-06-03', '2024-06-03')).toBe(1)
    expect(generic.countBusinessDaysInclusive('2024-06-01', '2024-06-01')).toBe(0)
    expect(generic.countBusinessDaysInclusive('2024-06-07', '2024-06-03')).toBe(0)
  })

  it('counts long ranges exactly (spec vectors #43, #44)', () => {
    expect(generic.countBusinessDaysInclusive('2024-06-01', '2024-06-15')).toBe(10)
    expect(generic.countBusinessDaysInclusive('2024-01-01', '2024-12-31')).toBe(262)
    expect(generic.countBusinessDaysInclusive('2020-01-01', '2030-12-31')).toBe(2870)
  })

  it('counts weekend days as the complement (spec vector #42)', () => {
    const weekendDays = (from: LocalDate, to: LocalDate, days: number): number =>
      days - generic.countBusinessDaysInclusive(from, to)
    expect(weekendDays('2024-06-03', '2024-06-09', 7)).toBe(2)
    expect(weekendDays('2024-06-05', '2024-06-07', 3)).toBe(0)
  })
})

describe('BusinessCalendar.addBusinessDays', () => {
  it('returns the n-th business day strictly after the date (spec vectors #39, #44)', () => {
    expect(generic.addBusinessDays('2024-06-03', 5)).toBe('2024-06-10')
    expect(generic.addBusinessDays('2024-06-03', 0)).toBe('2024-06-03')
    expect(generic.addBusinessDays('2024-06-03', 2.5)).toBe('2024-06-05') // truncated to 2
    expect(generic.addBusinessDays('2024-06-05', -2.5)).toBe('2024-06-03') // truncated to −2
  })

  it('keeps stepping semantics past 30 days (spec vector #46 DEFECT: reference gave 2024-05-17)', () => {
    expect(generic.addBusinessDays('2024-01-01', 100)).toBe('2024-05-20')
    expect(generic.addBusinessDays('2024-01-01', 100)).toBe(stepBusinessDays(generic, '2024-01-01', 100))
    expect(generic.addBusinessDays('2024-01-01', 31)).toBe('2024-02-13') // reference: 2024-02-12
    expect(generic.countBusinessDaysInclusive('2024-01-02', '2024-05-20')).toBe(100)
  })

  it('never lands on a weekend when starting on one (spec §3.6 DEFECT: reference gave Sat 2024-10-19)', () => {
    const result = generic.addBusinessDays('2024-06-01', 100)
    expect(result).toBe('2024-10-18')
    expect(generic.isBusinessDay(result)).toBe(true)
    expect(result).toBe(stepBusinessDays(generic, '2024-06-01', 100))
  })

  it('returns n = 0 unchanged even on a weekend', () => {
    expect(generic.addBusinessDays('2024-06-01', 0)).toBe('2024-06-01')
    expect(generic.addBusinessDays('2024-06-01', -0.9)).toBe('2024-06-01')
  })

  it('steps backwards when n is negative', () => {
    expect(generic.addBusinessDays('2024-06-10', -5)).toBe('2024-06-03')
    expect(generic.addBusinessDays('2024-06-09', -1)).toBe('2024-06-07')
    expect(generic.addBusinessDays('2024-01-01', -1)).toBe('2023-12-29')
  })

  it('skips Brazilian public holidays when stepping over them', () => {
    const br = createBusinessCalendar()
    expect(br.addBusinessDays('2025-04-17', 1)).toBe('2025-04-22') // Good Friday, weekend, Tiradentes
    expect(br.addBusinessDays('2024-01-01', 100)).toBe(stepBusinessDays(br, '2024-01-01', 100))
  })

  it('throws for non-finite n, invalid dates and results beyond year 9999', () => {
    expect(() => generic.addBusinessDays('2024-06-03', Number.NaN)).toThrow(RangeError)
    expect(() => generic.addBusinessDays('2024-06-03', Number.POSITIVE_INFINITY)).toThrow(RangeError)
    expect(() => generic.addBusinessDays('2024-13-45', 1)).toThrow(ValidationError)
    expect(() => generic.addBusinessDays('9999-12-31', 1)).toThrow(RangeError)
    expect(() => generic.addBusinessDays('0001-01-01', -1)).toThrow(RangeError)
  })
})

describe('BusinessCalendar.next/previousBusinessDay', () => {
  it('moves to the adjacent business day strictly after or before (spec vector #39)', () => {
    expect(generic.nextBusinessDay('2024-06-07')).toBe('2024-06-10')
    expect(generic.nextBusinessDay('2024-06-03')).toBe('2024-06-04')
    expect(generic.previousBusinessDay('2024-06-03')).toBe('2024-05-31')
    expect(generic.previousBusinessDay('2024-06-04')).toBe('2024-06-03')
  })
})

describe('BusinessCalendar.businessDaysBetween', () => {
  it('counts (from, to] and mirrors [to, from) when reversed', () => {
    expect(generic.businessDaysBetween('2024-06-03', '2024-06-07')).toBe(4)
    expect(generic.businessDaysBetween('2024-06-01', '2024-06-03')).toBe(1)
    expect(generic.businessDaysBetween('2024-06-03', '2024-06-03')).toBe(0)
    expect(generic.businessDaysBetween('2024-06-07', '2024-06-03')).toBe(-4)
    expect(generic.businessDaysBetween('2024-06-09', '2024-06-07')).toBe(-1)
  })
})

describe('BusinessCalendar.isBusinessDay', () => {
  it('is false for weekends and invalid text, true for weekdays (spec vector #45)', () => {
    expect(generic.isBusinessDay('invalid-date')).toBe(false)
    expect(generic.isBusinessDay('2024-13-45')).toBe(false)
    expect(generic.isBusinessDay('2024-02-29')).toBe(true)
    expect(generic.isBusinessDay('2024-06-03')).toBe(true)
    expect(generic.isBusinessDay('2024-06-01')).toBe(false)
  })

  it('honours a Friday+Saturday weekend (spec vector #40)', () => {
    const gulf = createBusinessCalendar({ holidayTypes: [], weekend: [5, 6] })
    expect(['2024-06-06', '2024-06-07', '2024-06-08', '2024-06-09'].map(gulf.isBusinessDay)).toEqual([
      true,
      false,
      false,
      true,
    ])
  })

  it('closes extra non-working days (spec vector #41)', () => {
    const custom = createBusinessCalendar({ holidayTypes: [], extraNonWorkingDays: ['2024-06-10', '2024-12-25'] })
    expect(['2024-06-10', '2024-06-11', '2024-12-25'].map(custom.isBusinessDay)).toEqual([false, true, false])
    expect(generic.isBusinessDay('2024-12-25')).toBe(true)
  })

  it('opens extra working days even on weekends and holidays', () => {
    const makeUp = createBusinessCalendar({ extraWorkingDays: ['2024-06-08', '2024-12-25'] })
    expect(makeUp.isBusinessDay('2024-06-08')).toBe(true)
    expect(makeUp.isBusinessDay('2024-12-25')).toBe(true)
    expect(makeUp.countBusinessDaysInclusive('2024-06-03', '2024-06-09')).toBe(6)
  })

  it('uses BR public holidays from date-holidays by default (spec vector #47)', () => {
    const br = createBusinessCalendar()
    expect(br.isBusinessDay('2024-09-07')).toBe(false) // Independência (a Saturday anyway)
    expect(br.isBusinessDay('2025-04-18')).toBe(false) // Good Friday
    expect(br.isBusinessDay('2025-04-21')).toBe(false) // Tiradentes
    expect(br.isBusinessDay('2025-03-04')).toBe(true) // Carnival is not a public holiday
    expect(br.countBusinessDaysInclusive('2025-04-14', '2025-04-25')).toBe(8)
  })

  it('closes Carnival when bank holidays are counted too', () => {
    const banks = createBusinessCalendar({ holidayTypes: ['public', 'bank'] })
    expect(banks.isBusinessDay('2025-03-04')).toBe(false)
  })

  it('adds regional holidays when a region is given', () => {
    const saoPaulo = createBusinessCalendar({ country: 'BR', region: 'SP' })
    expect(saoPaulo.isBusinessDay('2025-07-09')).toBe(false) // Revolução Constitucionalista
    expect(createBusinessCalendar().isBusinessDay('2025-07-09')).toBe(true)
  })
})

describe('BusinessCalendar.holidaysBetween', () => {
  it('lists holidays in date order with names, weekends included', () => {
    const br = createBusinessCalendar()
    expect(br.holidaysBetween('2025-04-01', '2025-05-31')).toEqual([
      { date: '2025-04-18', name: 'Sexta-Feira Santa' },
      { date: '2025-04-21', name: 'Dia de Tiradentes' },
      { date: '2025-05-01', name: 'Dia do trabalhador' },
    ])
    expect(br.holidaysBetween('2024-09-01', '2024-09-30')).toEqual([{ date: '2024-09-07', name: 'Dia da Independência' }])
    expect(br.holidaysBetween('2025-05-31', '2025-04-01')).toEqual([])
  })

  it('includes extra non-working days across years (spec vector #42)', () => {
    const custom = createBusinessCalendar({
      holidayTypes: [],
      extraNonWorkingDays: ['2024-06-10', '2024-06-20', '2025-01-01'],
    })
    expect(custom.holidaysBetween('2024-06-01', '2025-01-31')).toHaveLength(3)
    expect(custom.holidaysBetween('2024-06-01', '2024-06-15')).toEqual([
      { date: '2024-06-10', name: EXTRA_NON_WORKING_DAY_NAME },
    ])
  })

  it('leaves out holidays declared as extra working days', () => {
    const br = createBusinessCalendar({ extraWorkingDays: ['2025-04-21'] })
    expect(br.holidaysBetween('2025-04-01', '2025-04-30').map((h) => h.date)).toEqual(['2025-04-18'])
  })
})

describe('BusinessCalendar spans', () => {
  it('converts calendar spans to business spans and back from a start date', () => {
    expect(generic.businessDaysForCalendarSpan('2024-06-03', 7)).toBe(5)
    expect(generic.businessDaysForCalendarSpan('2024-06-07', 3)).toBe(1)
    expect(generic.calendarDaysForBusinessSpan('2024-06-07', 1)).toBe(3)
    expect(generic.calendarDaysForBusinessSpan('2024-06-03', 5)).toBe(7)
    expect(generic.calendarDaysForBusinessSpan('2024-06-03', 0)).toBe(0)
    expect(generic.calendarDaysForBusinessSpan('2024-06-03', -1)).toBe(-3)
  })
})

describe('createBusinessCalendar', () => {
  it('rejects unknown countries, regions and holiday types with a pointer', () => {
    const issueOf = (run: () => unknown): string | undefined => {
      try {
        run()
      } catch (error) {
        return error instanceof ValidationError ? error.issues[0]?.pointer : 'not a ValidationError'
      }
      return undefined
    }
    expect(issueOf(() => createBusinessCalendar({ country: 'XX' }))).toBe('/country')
    expect(issueOf(() => createBusinessCalendar({ country: 'BR', region: 'ZZ' }))).toBe('/region')
    expect(issueOf(() => createBusinessCalendar({ holidayTypes: ['public', 'party'] }))).toBe('/holidayTypes/1')
    expect(issueOf(() => createBusinessCalendar({ weekend: [7] }))).toBe('/weekend/0')
    expect(issueOf(() => createBusinessCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6] }))).toBe('/weekend')
    expect(issueOf(() => createBusinessCalendar({ extraWorkingDays: ['2024-02-30'] }))).toBe('/extraWorkingDays/0')
    expect(
      issueOf(() => createBusinessCalendar({ extraWorkingDays: ['2024-06-08'], extraNonWorkingDays: ['2024-06-08'] })),
    ).toBe('/extraNonWorkingDays/0')
  })

  it('accepts lower-case country and region codes', () => {
    expect(createBusinessCalendar({ country: 'br', region: 'sp' }).isBusinessDay('2025-07-09')).toBe(false)
  })

  it('keeps tables per instance so two calendars never share holidays', () => {
    const a = createBusinessCalendar({ holidayTypes: [], extraNonWorkingDays: ['2024-06-10'] })
    const b = createBusinessCalendar({ holidayTypes: [] })
    expect(a.isBusinessDay('2024-06-10')).toBe(false)
    expect(b.isBusinessDay('2024-06-10')).toBe(true)
  })

  it('answers a 100-year query in microseconds once the years are built', () => {
    const br = createBusinessCalendar()
    const count = br.businessDaysBetween('2000-01-01', '2099-12-31') // builds 100 year tables
    const started = performance.now()
    for (let i = 0; i < 1000; i++) {
      br.businessDaysBetween('2000-01-01', '2099-12-31')
      br.addBusinessDays('2000-01-01', count)
    }
    expect(br.addBusinessDays('2000-01-01', count)).toBe('2099-12-31')
    expect((performance.now() - started) / 1000).toBeLessThan(100) // µs per pair, generously
  })
})
