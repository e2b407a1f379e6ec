/**
 * Duration text: parse and format throughput over a realistic mix of inputs, and the
 * parse(format(x)) round trip. Figures only: there is no other parser in the run to compare to.
 */
import { formatDuration, formatDurationRange, parseDuration } from '../src/domain/duration/index.js'
import { measureSync, printFigure } from './harness.js'

const TEXTS = [
  '1 dia',
  '1.5 dias',
  '2 semanas',
  '1 mês',
  '3 meses',
  '  3,5   DIAS ',
  '10 days',
  '1 week',
  'P2W',
  'P1DT12H',
  '21 dias',
  '2.5d',
]
const DAYS = [0.5, 1, 1.5, 2, 3.75, 5, 7, 10.5, 14, 17.5, 20, 29, 30, 35, 45, 60, 90, 365, 1000, 12.25]

export async function run(): Promise<void> {
  let i = 0
  printFigure(
    'parseDuration (mixed pt-BR/en/ISO)',
    measureSync('ours', () => parseDuration(TEXTS[i++ % TEXTS.length] ?? '1 dia')),
  )
  printFigure(
    'formatDuration (auto unit, standard)',
    measureSync('ours', () => formatDuration(DAYS[i++ % DAYS.length] ?? 1)),
  )
  printFigure(
    'formatDuration (compact, en)',
    measureSync('ours', () => formatDuration(DAYS[i++ % DAYS.length] ?? 1, { style: 'compact', locale: 'en' })),
  )
  printFigure(
    'formatDurationRange',
    measureSync('ours', () => formatDurationRange(0.5, DAYS[i++ % DAYS.length] ?? 1)),
  )
  printFigure(
    'parseDuration(formatDuration(x)) round trip',
    measureSync('ours', () => parseDuration(formatDuration(DAYS[i++ % DAYS.length] ?? 1))),
  )
  await Promise.resolve()
}
