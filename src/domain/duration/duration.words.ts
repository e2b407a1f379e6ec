/**
 * Unit words per locale, for output (one canonical spelling) and input (every accepted alias).
 */
import type { DurationLocale, DurationStyle, DurationUnit } from './duration.units.js'

interface UnitWords {
  singular: string
  plural: string
  verboseSingular: string
  verbosePlural: string
}

const WORDS: Readonly<Record<DurationLocale, Readonly<Record<DurationUnit, UnitWords>>>> = {
  'pt-BR': {
    days: { singular: 'dia', plural: 'dias', verboseSingular: 'dia útil', verbosePlural: 'dias úteis' },
    weeks: {
      singular: 'semana',
      plural: 'semanas',
      verboseSingular: 'semana completa',
      verbosePlural: 'semanas completas',
    },
    months: { singular: 'mês', plural: 'meses', verboseSingular: 'mês completo', verbosePlural: 'meses completos' },
  },
  en: {
    days: { singular: 'day', plural: 'days', verboseSingular: 'business day', verbosePlural: 'business days' },
    weeks: { singular: 'week', plural: 'weeks', verboseSingular: 'full week', verbosePlural: 'full weeks' },
    months: { singular: 'month', plural: 'months', verboseSingular: 'full month', verbosePlural: 'full months' },
  },
}

const COMPACT_SUFFIX: Readonly<Record<DurationUnit, string>> = { days: 'd', weeks: 'w', months: 'm' }

/**
 * The unit word for a value shown as `singular` or not. Compact style returns the bare suffix
 * (`d`/`w`/`m`), which is glued to the number with no space.
 */
export function unitWord(unit: DurationUnit, singular: boolean, locale: DurationLocale, style: DurationStyle): string {
  if (style === 'compact') {
    return COMPACT_SUFFIX[unit]
  }
  const words = WORDS[locale][unit]
  if (style === 'verbose') {
    return singular ? words.verboseSingular : words.verbosePlural
  }
  return singular ? words.singular : words.plural
}

/**
 * Every unit spelling the parser accepts, lower-case and NFC. `m` is months (the compact
 * formatter's own output), never minutes: this engine only measures calendar days and up.
 */
export const UNIT_ALIASES: ReadonlyMap<string, DurationUnit> = new Map<string, DurationUnit>([
  ['d', 'days'],
  ['dia', 'days'],
  ['dias', 'days'],
  ['day', 'days'],
  ['days', 'days'],
  ['w', 'weeks'],
  ['semana', 'weeks'],
  ['semanas', 'weeks'],
  ['week', 'weeks'],
  ['weeks', 'weeks'],
  ['m', 'months'],
  ['mês', 'months'],
  ['mes', 'months'],
  ['meses', 'months'],
  ['month', 'months'],
  ['months', 'months'],
])
