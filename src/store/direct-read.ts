/**
 * The SQLite point-read fast path. better-sqlite3 is synchronous, but Kysely still routes every
 * query through an async connection mutex and several promise hops — on a 15 µs lookup that doubled
 * the cost. When no transaction holds the connection, a single synchronous statement cannot
 * interleave with anything (one JS thread, one connection), so it may skip the mutex safely. Inside
 * a transaction it must not: it would read the transaction's uncommitted rows. PostgreSQL and
 * transaction handles are never registered, so they always take the normal path.
 */

/** Returned when the direct path cannot be used right now; the caller falls back to Kysely. */
export const NOT_NOW: unique symbol = Symbol('not-now')

type Row = Record<string, unknown>
export type DirectReader = (sqlText: string, parameters: readonly unknown[]) => Row | undefined | typeof NOT_NOW

const readers = new WeakMap<object, DirectReader>()

/** Called by the SQLite store for its root Kysely instance (not for transaction handles). */
export function registerDirectReader(db: object, reader: DirectReader): void {
  readers.set(db, reader)
}

/** Runs a read-only single-row statement synchronously when `db` allows it, else NOT_NOW. */
export function readDirectly(db: object, sqlText: string, parameters: readonly unknown[]): Row | undefined | typeof NOT_NOW {
  const reader = readers.get(db)
  return reader === undefined ? NOT_NOW : reader(sqlText, parameters)
}
