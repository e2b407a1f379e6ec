import type { LocalDate } from '../calendar/index.js'
import { isValidLocalDate } from '../calendar/index.js'
import type { ValidationIssue } from '../errors.js'
import type { JsonObject, JsonValue } from './epic-format.types.js'

/** Collects every problem instead of stopping at the first, so one import reports them all. */
export interface IssueSink {
  errors: ValidationIssue[]
  warnings: ValidationIssue[]
}

/** Appends one RFC 6901 reference token ('~' → '~0', '/' → '~1'). */
export function pointerOf(base: string, token: string | number): string {
  return `${base}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Deep enough for any real metadata; bounds recursion when serialising hostile input. */
export const MAX_EXTRA_DEPTH = 32

/**
 * Copies a value known to be JSON (finite numbers, plain containers) or reports where it is not.
 * Objects are rebuilt with Object.fromEntries, which defines own properties, so a "__proto__" key
 * stays data and never becomes a prototype.
 */
export function copyJsonValue(value: unknown, pointer: string, sink: IssueSink, depth = 0): JsonValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return value
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) {
      return value
    }
    sink.errors.push({ pointer, message: 'numbers must be finite' })
    return undefined
  }
  if (depth >= MAX_EXTRA_DEPTH && typeof value === 'object') {
    sink.errors.push({ pointer, message: `nested deeper than ${MAX_EXTRA_DEPTH} levels` })
    return undefined
  }
  if (Array.isArray(value)) {
    const items = value.map((item: unknown, index) => copyJsonValue(item, pointerOf(pointer, index), sink, depth + 1))
    return items.every((item) => item !== undefined) ? items : undefined
  }
  if (isJsonObject(value)) {
    const entries = Object.entries(value).map(
      ([key, item]) => [key, copyJsonValue(item, pointerOf(pointer, key), sink, depth + 1)] as const,
    )
    return entries.every(([, item]) => item !== undefined) ? (Object.fromEntries(entries) as JsonObject) : undefined
  }
  sink.errors.push({ pointer, message: 'not a JSON value' })
  return undefined
}

export interface StringRules {
  required?: boolean
  maxLength?: number
  /** Legacy ids are sometimes numbers; accept and stringify them. */
  acceptNumber?: boolean
}

/** A string field; absent or null → null (or an error when required). */
export function readString(
  value: unknown,
  pointer: string,
  sink: IssueSink,
  rules: StringRules = {},
): string | null {
  if (value === undefined || value === null) {
    if (rules.required === true) {
      sink.errors.push({ pointer, message: 'is required' })
    }
    return null
  }
  const text = rules.acceptNumber === true && typeof value === 'number' && Number.isFinite(value) ? String(value) : value
  if (typeof text !== 'string') {
    sink.errors.push({ pointer, message: `expected a string, got ${describeType(value)}` })
    return null
  }
  if (rules.required === true && text.trim() === '') {
    sink.errors.push({ pointer, message: 'must not be empty' })
    return null
  }
  if (rules.maxLength !== undefined && text.length > rules.maxLength) {
    sink.errors.push({ pointer, message: `must be at most ${rules.maxLength} characters` })
    return null
  }
  return text
}

/** A list of strings; absent or null → []. Each bad item is reported at its own pointer. */
export function readStringList(value: unknown, pointer: string, sink: IssueSink): string[] {
  if (value === undefined || value === null) {
    return []
  }
  if (!Array.isArray(value)) {
    sink.errors.push({ pointer, message: `expected a list of strings, got ${describeType(value)}` })
    return []
  }
  const items: string[] = []
  value.forEach((item: unknown, index) => {
    if (typeof item === 'string') {
      items.push(item)
    } else {
      sink.errors.push({ pointer: pointerOf(pointer, index), message: `expected a string, got ${describeType(item)}` })
    }
  })
  return items
}

export interface NumberRules {
  integer?: boolean
  /** Legacy files may quote numbers ("10"); accept plain decimal strings. */
  acceptNumericString?: boolean
  min?: number
}

/** A non-negative number; absent or null → null. */
export function readNumber(value: unknown, pointer: string, sink: IssueSink, rules: NumberRules = {}): number | null {
  if (value === undefined || value === null) {
    return null
  }
  const numeric = rules.acceptNumericString === true && typeof value === 'string' ? numberFromText(value) : value
  const min = rules.min ?? 0
  if (typeof numeric !== 'number' || !Number.isFinite(numeric) || numeric < min) {
    sink.errors.push({ pointer, message: `expected a number ≥ ${min}, got ${describeValue(value)}` })
    return null
  }
  if (rules.integer === true && !Number.isInteger(numeric)) {
    sink.errors.push({ pointer, message: `expected a whole number, got ${describeValue(value)}` })
    return null
  }
  return numeric
}

/** "10" or " 7.5 " → the number; anything else (signs, exponents, "1,5") stays a string and fails. */
function numberFromText(text: string): number | string {
  const trimmed = text.trim()
  return /^[0-9.]+$/.test(trimmed) && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text
}

/** A YYYY-MM-DD date; absent or null → null. */
export function readDate(value: unknown, pointer: string, sink: IssueSink): LocalDate | null {
  const text = readString(value, pointer, sink)
  if (text === null) {
    return null
  }
  if (!isValidLocalDate(text)) {
    sink.errors.push({ pointer, message: `expected a YYYY-MM-DD date, got "${text}"` })
    return null
  }
  return text
}

export function describeType(value: unknown): string {
  if (value === null) {
    return 'null'
  }
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value === 'number' ? String(value) : describeType(value)
}
