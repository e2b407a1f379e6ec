import type { LocalDate } from '../calendar/index.js'
import type { JsonObject } from './epic-format.types.js'
import {
  copyJsonValue,
  pointerOf,
  readDate,
  readNumber,
  readString,
  readStringList,
  type IssueSink,
  type NumberRules,
  type StringRules,
} from './json-reader.js'

export interface TakenField {
  /** undefined when none of the names is present. */
  value: unknown
  /** Pointer to the name that was read (or to the preferred name when absent). */
  pointer: string
}

/**
 * Reads named fields out of one JSON object and remembers which were read, so the rest can be
 * kept as `extra` (tolerant dialect) or reported as unknown (our strict format).
 */
export interface RecordCursor {
  /** The first present of `names` wins; later aliases stay unread and so end up in the rest. */
  take(names: readonly string[]): TakenField
  /** Unread fields, as a JSON object in file order. */
  rest(sink: IssueSink): JsonObject
  /** Unread field names. */
  restNames(): string[]
}

export function createRecordCursor(record: Readonly<Record<string, unknown>>, base: string): RecordCursor {
  const read = new Set<string>()
  const unread = (): string[] => Object.keys(record).filter((name) => !read.has(name))
  return {
    take(names) {
      for (const name of names) {
        if (Object.hasOwn(record, name)) {
          read.add(name)
          return { value: record[name], pointer: pointerOf(base, name) }
        }
      }
      return { value: undefined, pointer: pointerOf(base, names[0] ?? '') }
    },
    rest(sink) {
      const entries = unread().map((name) => [name, copyJsonValue(record[name], pointerOf(base, name), sink)] as const)
      return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as JsonObject
    },
    restNames: unread,
  }
}

/** Takes a field from a cursor and reads it as one type, reporting problems to the sink. */
export interface FieldReader {
  text(names: readonly string[], rules?: StringRules): string | null
  list(names: readonly string[]): string[]
  number(names: readonly string[], rules?: NumberRules): number | null
  date(names: readonly string[]): LocalDate | null
}

export function createFieldReader(cursor: RecordCursor, sink: IssueSink): FieldReader {
  return {
    text(names, rules) {
      const field = cursor.take(names)
      return readString(field.value, field.pointer, sink, rules)
    },
    list(names) {
      const field = cursor.take(names)
      return readStringList(field.value, field.pointer, sink)
    },
    number(names, rules) {
      const field = cursor.take(names)
      return readNumber(field.value, field.pointer, sink, rules)
    },
    date(names) {
      const field = cursor.take(names)
      return readDate(field.value, field.pointer, sink)
    },
  }
}
