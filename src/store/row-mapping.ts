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
  return createRowMapper<E>(kinds)(row)
}

interface ColumnPlan {
  readonly column: string
  readonly field: string
  readonly kind: 'plain' | 'json' | 'boolean' | 'hidden'
}

/**
 * A row → entity function for one table. Rows of a table arrive with the same columns in the same
 * order, so the per-column plan (field name, conversion) is kept as an array in that order and each
 * row compares column names by position instead of searching the kind lists. Building the new object
 * still costs ~0.1 µs a column, which is why point lookups avoid this function altogether (they
 * select camelCase aliases; see point-lookup.ts). Columns in `hidden` never reach the entity.
 */
export function createRowMapper<E>(kinds: ColumnKinds, hidden: readonly string[] = []): (row: Record<string, unknown>) => E {
  const planFor = (column: string): ColumnPlan => ({
    column,
    field: snakeToCamel(column),
    kind: hidden.includes(column) ? 'hidden' : kinds.json?.includes(column) ? 'json' : kinds.boolean?.includes(column) ? 'boolean' : 'plain',
  })
  let plans: ColumnPlan[] = []
  return (row) => {
    const entity: Record<string, unknown> = {}
    let index = 0
    for (const column in row) {
      let plan = plans[index]
      if (plan?.column !== column) {
        // A different column list (another query shape): plan it and keep the newest shape.
        plans = plans.slice(0, index)
        plan = planFor(column)
        plans.push(plan)
      }
      index += 1
      const value = row[column]
      if (plan.kind === 'plain') {
        entity[plan.field] = value
      } else if (plan.kind === 'json') {
        entity[plan.field] = typeof value === 'string' ? (JSON.parse(value) as unknown) : value
      } else if (plan.kind === 'boolean') {
        entity[plan.field] = value === null ? null : Number(value) === 1
      }
    }
    return entity as E
  }
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
