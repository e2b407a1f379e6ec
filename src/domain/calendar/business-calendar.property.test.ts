import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from './business-calendar.js'
import { addCalendarDays, fromDayNumber, toDayNumber } from './local-date.js'

const calendars = {
  BR: createBusinessCalendar(),
  'Fri+Sat with extras': createBusinessCalendar({
    country: 'US',
    weekend: [5, 6],
    extraNonWorkingDays: ['2024-06-10', '2024-06-11', '2030-01-02'],
    extraWorkingDays: ['2024-06-14', '2024-12-25'],
  }),
}

// Nearly all the cost is building year tables (one date-holidays lookup per year), so the window
// is 41 years (±6 more for the steps); the century is covered by business-calendar.crosscheck.test.ts.
const FIRST = toDayNumber('2000-01-01')
const LAST = toDayNumber('2040-12-31')
const anyDate = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber)
const steps = fc.integer({ min: -1500, max: 1500 })
const settings = { numRuns: 400, seed: 20_240_603 }

for (const [label, calendar] of Object.entries(calendars)) {
  describe(`BusinessCalendar properties (${label})`, () => {
    it('counts back exactly the days added when adding any n', () => {
      fc.assert(
        fc.property(anyDate, steps, (date, n) => calendar.businessDaysBetween(date, calendar.addBusinessDays(date, n)) === n),
        settings,
      )
    })

    it('lands on a business day strictly past the start when n is not 0', () => {
      fc.assert(
        fc.property(anyDate, steps.filter((n) => n !== 0), (date, n) => {
          const result = calendar.addBusinessDays(date, n)
          return calendar.isBusinessDay(result) && (n > 0 ? result > date : result < date)
        }),
        settings,
      )
    })

    it('returns to the start after next then previous when the start is a business day', () => {
      fc.assert(
        fc.property(anyDate, (date) => {
          const back = calendar.previousBusinessDay(calendar.nextBusinessDay(date))
          const forth = calendar.nextBusinessDay(calendar.previousBusinessDay(date))
          if (calendar.isBusinessDay(date)) {
            return back === date && forth === date
          }
          // From a day off both round trips land on the nearest business day on each side.
          return back === calendar.previousBusinessDay(date) && forth === calendar.nextBusinessDay(date)
        }),
        settings,
      )
    })

    it('agrees with a day-by-day count over short ranges', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: -5, max: 90 }), (from, length) => {
          const to = addCalendarDays(from, length)
          let naive = 0
          for (let date = from; date <= to; date = addCalendarDays(date, 1)) {
            naive += calendar.isBusinessDay(date) ? 1 : 0
          }
          expect(calendar.countBusinessDaysInclusive(from, to)).toBe(naive)
          const strictlyAfter = naive - (length >= 0 && calendar.isBusinessDay(from) ? 1 : 0)
          expect(calendar.businessDaysBetween(from, to)).toBe(length >= 0 ? strictlyAfter : -calendar.countBusinessDaysInclusive(to, addCalendarDays(from, -1)))
        }),
        settings,
      )
    })

    it('inverts calendar and business spans from the same start', () => {
      fc.assert(
        fc.property(anyDate, steps, (start, n) => {
          const calendarDays = calendar.calendarDaysForBusinessSpan(start, n)
          return calendar.businessDaysForCalendarSpan(start, calendarDays) === n
        }),
        settings,
      )
    })
  })
}
