/**
 * Duration text → days. Accepts pt-BR and English words, compact suffixes and ISO-8601:
 * "1 dia", "1,5 dias", "1.5dias", " 2 Semanas ", "1 mês", "1 mes", "3 meses", "3 days",
 * "2 weeks", "1 month", "3.5d", "2w", "2m", "P2W", "P1DT12H".
 * One number and one unit only; no sign, no exponent, at most MAX_DURATION_DAYS.
 */
import { InvalidDurationError } from '../errors.js'
import { scaleDecimal } from './decimal.arithmetic.js'
import { DAYS_PER_UNIT, MAX_DURATION_DAYS } from './duration.units.js'
import type { DurationUnit } from './duration.units.js'
import { UNIT_ALIASES, unitWord } from './duration.words.js'
import { parseIsoDuration } from './iso-duration.parser.js'

export interface ParsedDuration {
  /** The number as written, in `unit` ("1,5 dias" → 1.5). */
  value: number
  unit: DurationUnit
  /** Calendar days: value × 1, 7 or 30 (DAYS_PER_MONTH). */
  days: number
  /** Canonical pt-BR text in the written unit, e.g. "1,5 DIAS" → "1.5 dias", "1 mes" → "1 mês". */
  text: string
}

export type DurationParseResult = { ok: true; value: ParsedDuration } | { ok: false; error: InvalidDurationError }

/** Longer input is never a duration; refusing it early keeps error messages and logs short. */
const MAX_INPUT_LENGTH = 64
const EXAMPLES = 'e.g. "1 dia", "1.5 dias", "2 semanas", "1 mês", "3 days" or "P2W"'
const TEXT_RE = /^(\d+)([.,]\d+|)\s*(\p{L}+)$/u
const EXPONENT_RE = /^\d+([.,]\d+|)e[+-]?\d/
const COMPOUND_RE = /\d.*\p{L}.*\d/u
const BUSINESS_RE = /útil|úteis|uteis|\butil\b|business|working/u

function describe(input: string): string {
  return input.length > MAX_INPUT_LENGTH ? `${input.slice(0, MAX_INPUT_LENGTH)}…` : input
}

function failure(input: string, reason: string): DurationParseResult {
  const shown = describe(input)
  return { ok: false, error: new InvalidDurationError(shown, `Invalid duration '${shown}': ${reason}; ${EXAMPLES}`) }
}

function success(value: number, unit: DurationUnit, days: number): DurationParseResult {
  const text = `${String(value)} ${unitWord(unit, value === 1, 'pt-BR', 'standard')}`
  return { ok: true, value: { value, unit, days, text } }
}

function parseText(input: string, normalized: string): DurationParseResult {
  const match = TEXT_RE.exec(normalized)
  if (match === null) {
    if (EXPONENT_RE.test(normalized)) {
      return failure(input, 'exponent notation is not accepted')
    }
    if (BUSINESS_RE.test(normalized)) {
      return failure(input, 'business days are not a duration unit; give calendar days and let the calendar count')
    }
    if (COMPOUND_RE.test(normalized)) {
      return failure(input, 'use a single number and unit (write "9 dias", not "1 semana e 2 dias")')
    }
    return failure(input, 'expected a number followed by one unit')
  }
  const [, integer = '', separatorAndFraction = '', word = ''] = match
  const fraction = separatorAndFraction.slice(1)
  const unit = UNIT_ALIASES.get(word)
  if (unit === undefined) {
    return failure(input, `unknown unit '${word}' (use dias/semanas/meses or days/weeks/months)`)
  }
  // "1.000 dias" is a thousand in pt-BR but one in English: refuse rather than guess.
  if (fraction.length === 3) {
    return failure(input, `'${integer}.${fraction}' is ambiguous (thousands separator or decimals?)`)
  }
  const days = scaleDecimal(integer, fraction, DAYS_PER_UNIT[unit])
  if (!Number.isFinite(days) || days > MAX_DURATION_DAYS) {
    return failure(input, `it exceeds the maximum of ${MAX_DURATION_DAYS} days (about 100 years)`)
  }
  return success(scaleDecimal(integer, fraction, 1), unit, days)
}

/** Parses duration text without throwing; the error carries the same message `parseDuration` throws. */
export function tryParseDuration(text: string): DurationParseResult {
  const normalized = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
  if (normalized === '') {
    return failure(text, 'it is empty')
  }
  if (normalized.length > MAX_INPUT_LENGTH) {
    return failure(text, 'it is too long')
  }
  if (/^[-−]/.test(normalized)) {
    return failure(text, 'a duration cannot be negative')
  }
  if (!normalized.startsWith('p')) {
    return parseText(text, normalized)
  }
  const iso = parseIsoDuration(normalized)
  if ('reason' in iso) {
    return failure(text, iso.reason)
  }
  if (!Number.isFinite(iso.days) || iso.days > MAX_DURATION_DAYS) {
    return failure(text, `it exceeds the maximum of ${MAX_DURATION_DAYS} days (about 100 years)`)
  }
  return success(iso.value, iso.unit, iso.days)
}

/**
 * Parses duration text into a value, its unit and calendar days.
 * @throws InvalidDurationError naming the input and giving examples of valid text.
 */
export function parseDuration(text: string): ParsedDuration {
  const result = tryParseDuration(text)
  if (!result.ok) {
    throw result.error
  }
  return result.value
}
