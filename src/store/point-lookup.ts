/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call --
   Kysely cannot type a table chosen at run time (see entity-repository.ts). */
import { CompiledQuery, sql, type Kysely } from 'kysely'
import { compiledTemplate, storeMemo } from './compiled-queries.js'
import { NOT_NOW, readDirectly } from './direct-read.js'
import { snakeToCamel, type ColumnKinds } from './row-mapping.js'
import type { Executor } from './transactions.js'

/**
 * Point reads (by id, or by one unique key such as a token hash) are the hottest queries: every
 * GET, every permission check on a path id, every bearer-token request. Three costs used to
 * dominate them: building + compiling the Kysely query (as much as running it on SQLite), Kysely's
 * async connection mutex (see direct-read.ts), and renaming ~30 snake_case columns into a new
 * camelCase object (a third of the rest). So:
 * - the compiled SQL of each lookup shape is memoised (compiled-queries.ts); slots are replaced by
 *   the real values on every call;
 * - once a row has shown which columns the source has, the query selects them already aliased to
 *   camelCase (`"task_key" as "taskKey"`), so the driver builds the entity and only JSON and
 *   boolean columns are converted, in place. Hidden columns are then never even selected.
 */
const VALUE_SLOT = '\u0000value-slot'
const USER_SLOT = '\u0000user-slot'

export interface PointLookupSpec {
  /** The repository's entity name (unique per repository): templates depend on its hidden columns and access rule. */
  entity: string
  kinds: ColumnKinds
  hidden?: readonly string[] | undefined
  /** Adds the row-level access rule for a restricted user (see access-rules.ts). */
  accessGuard: (qb: any, userId: string | undefined) => any
  /** Maps a snake_case row (the first read of a source, before its columns are known). */
  toEntity: (row: Record<string, unknown>) => unknown
}

/**
 * The row of `source` whose `column` (snake_case, from a whitelist) equals `value`: meant for unique
 * keys, so no LIMIT (a bound one made SQLite re-prepare the statement every time; see inline-paging.ts).
 */
export type PointLookup<E> = (db: Executor, source: string, column: string, value: string | number, visibleTo: string | undefined) => Promise<E | undefined>

export function createPointLookup<E>(spec: PointLookupSpec): PointLookup<E> {
  const jsonFields = (spec.kinds.json ?? []).map(snakeToCamel)
  const booleanFields = (spec.kinds.boolean ?? []).map(snakeToCamel)

  const fixInPlace = (row: Record<string, unknown>): E => {
    for (const field of jsonFields) {
      const value = row[field]
      if (typeof value === 'string') {
        row[field] = JSON.parse(value) as unknown
      }
    }
    for (const field of booleanFields) {
      const value = row[field]
      row[field] = value === null || value === undefined ? value : Number(value) === 1
    }
    return row as E
  }

  function template(db: Executor, source: string, column: string, restricted: boolean): { query: CompiledQuery; aliased: boolean } {
    const columns = storeMemo(db).get(`columns|${spec.entity}|${source}`) as readonly string[] | undefined
    const key = `lookup|${spec.entity}|${source}|${column}|${restricted ? 'restricted' : 'all'}|${columns === undefined ? '*' : 'aliased'}`
    const query = compiledTemplate(db, key, () => {
      const from = (db as Kysely<any>).selectFrom(source)
      const selected = columns === undefined
        ? from.selectAll()
        : from.select(columns.map((name) => sql.ref(name).as(snakeToCamel(name))))
      return spec.accessGuard(selected.where(column, '=', VALUE_SLOT), restricted ? USER_SLOT : undefined).compile() as CompiledQuery
    })
    return { query, aliased: columns !== undefined }
  }

  return async (db, source, column, value, visibleTo) => {
    const { query, aliased } = template(db, source, column, visibleTo !== undefined)
    const parameters = query.parameters.map((p) => (p === VALUE_SLOT ? value : p === USER_SLOT ? visibleTo : p))
    const direct = readDirectly(db, query.sql, parameters)
    const row = direct !== NOT_NOW ? direct : (await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(query.sql, parameters))).rows[0]
    if (row === undefined) {
      return undefined
    }
    if (aliased) {
      return fixInPlace(row)
    }
    // The first row read from a source shows its columns; later lookups select them aliased.
    storeMemo(db).set(`columns|${spec.entity}|${source}`, Object.keys(row).filter((column) => !(spec.hidden ?? []).includes(column)))
    return spec.toEntity(row) as E
  }
}
