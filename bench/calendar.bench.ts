/**
 * Business calendar: counting and adding business days with per-year prefix tables, against a
 * naive loop that walks the same calendar one day at a time (what the reference did), in the
 * same run. Year tables are built before timing; their one-off cost is printed separately.
 */
import { performance } from 'node:perf_hooks'
import { addCalendarDays, createBusinessCalendar } from '../src/domain/calendar/index.js'
import type { BusinessCalendar, LocalDate } from '../src/domain/calendar/index.js'
import { measureSync, printComparison, printFigure } from './harness.js'

function naiveBetween(calendar: BusinessCalendar, from: LocalDate, to: LocalDate): number {
  let count = 0
  for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
    count += calendar.isBusinessDay(date) ? 1 : 0
  }
  return count
}

function naiveAdd(calendar: BusinessCalendar, start: LocalDate, n: number): LocalDate {
  let date = start
  for (let left = n; left > 0; ) {
    date = addCalendarDays(date, 1)
    left -= calendar.isBusinessDay(date) ? 1 : 0
  }
  return date
}

/** Deterministic start dates spread over 2020–2029 so no single year stays hot. */
function startDates(count: number): LocalDate[] {
  return Array.from({ length: count }, (_, i) => addCalendarDays('2020-01-01', (i * 7919) % 3650))
}

export async function run(): Promise<void> {
  const calendar = createBusinessCalendar() // BR, public holidays
  const started = performance.now()
  calendar.businessDaysBetween('2000-01-01', '2100-12-31')
  console.log(`${'build 101 BR year tables (one-off)'.padEnd(44)} ${(performance.now() - started).toFixed(1)} ms`)

  const starts = startDates(512)
  const spans = starts.map((date, i) => ({ from: date, to: addCalendarDays(date, 365 + ((i * 37) % 366)) }))
  let i = 0
  const nextSpan = (): { from: LocalDate; to: LocalDate } => spans[i++ % spans.length] ?? { from: '2024-01-01', to: '2025-01-01' }
  const nextStart = (): LocalDate => starts[i++ % starts.length] ?? '2024-01-01'

  printComparison({
    subject: 'businessDaysBetween, 1–2 year spans',
    ours: measureSync('ours', () => {
      const { from, to } = nextSpan()
      return calendar.businessDaysBetween(from, to)
    }),
    baseline: measureSync('day loop', () => {
      const { from, to } = nextSpan()
      return naiveBetween(calendar, from, to)
    }, { durationMs: 500, batch: 10 }),
  })
  printComparison({
    subject: 'addBusinessDays, n = 250–500',
    ours: measureSync('ours', () => calendar.addBusinessDays(nextStart(), 250 + (i % 251))),
    baseline: measureSync('day loop', () => naiveAdd(calendar, nextStart(), 250 + (i % 251)), {
      durationMs: 500,
      batch: 10,
    }),
  })
  printComparison({
    subject: 'businessDaysBetween, 100-year span',
    ours: measureSync('ours', () => calendar.businessDaysBetween('2000-01-03', '2099-12-31')),
    baseline: measureSync('day loop', () => naiveBetween(calendar, '2000-01-03', '2099-12-31'), {
      durationMs: 500,
      batch: 1,
    }),
  })
  const century = calendar.businessDaysBetween('2000-01-03', '2099-12-31')
  printComparison({
    subject: `addBusinessDays, n = ${century} (100 years)`,
    ours: measureSync('ours', () => calendar.addBusinessDays('2000-01-03', century)),
    baseline: measureSync('day loop', () => naiveAdd(calendar, '2000-01-03', century), { durationMs: 500, batch: 1 }),
  })
  printFigure('isBusinessDay', measureSync('ours', () => calendar.isBusinessDay(nextStart())))
  await Promise.resolve()
}
