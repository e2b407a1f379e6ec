/**
 * Rows are snake_case with JSON held as text and booleans as 0/1; entities are camelCase with real
 * arrays/objects/booleans. These two functions are the only place that conversion happens.
 */

export interface ColumnKinds {
  /** Columns stored as JSON text. */
  json?: readonly string[]
  /** Columns stored as 0/1 integers. */
  boolean?: readonly string[]
}

const camelCache = new Map<string, string>()
const snakeCache = new Map<string, string>()

export function snakeToCamel(name: string): string {
  let cached = camelCache.get(name)
  if (cached === undefined) {
    cached = name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
    camelCache.set(name, cached)
  }
  return cached
}

export function camelToSnake(name: string): string {
  let cached = snakeCache.get(name)
  if (cached === undefined) {
    cached = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    snakeCache.set(name, cached)
  }
  return cached
}

export function rowToEntity<E>(row: Record<string, unknown>, kinds: ColumnKinds): E {
  const entity: Record<string, unknown> = {}
  for (const [column, value] of Object.entries(row)) {
    let mapped = value
    if (kinds.json?.includes(column)) {
      mapped = typeof value === 'string' ? (JSON.parse(value) as unknown) : value
    } else if (kinds.boolean?.includes(column)) {
      mapped = value === null ? null : Number(value) === 1
    }
    entity[snakeToCamel(column)] = mapped
  }
  return entity as E
}

/** Maps a camelCase patch to columns; `undefined` fields are left out (unchanged), `null` is kept. */
export function entityToRow(values: Record<string, unknown>, kinds: ColumnKinds): Record<string, unknown> {
  const row: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) {
      continue
    }
    const column = camelToSnake(field)
    if (kinds.json?.includes(column)) {
      row[column] = value === null ? null : JSON.stringify(value)
    } else if (kinds.boolean?.includes(column)) {
      row[column] = value === null ? null : value ? 1 : 0
    } else {
      row[column] = value
    }
  }
  return row
}
