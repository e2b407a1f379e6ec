/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return --
   Kysely cannot type a table chosen at run time; this file is the one place that does so, and every
   column name reaching it comes from a whitelist in an EntitySpec, never from user input. */
import { CompiledQuery, sql, type Kysely } from 'kysely'
import { toIsoTimestamp, type Clock } from '../domain/clock.js'
import { NotFoundError, ValidationError, VersionConflictError } from '../domain/errors.js'
import type { AccessRule } from './access-rules.js'
import { newId } from './ids.js'
import { pageWithTotal } from './page-query.js'
import { camelToSnake, createRowMapper, entityToRow, type ColumnKinds } from './row-mapping.js'
import { compiledTemplate } from './compiled-queries.js'
import { createPointLookup } from './point-lookup.js'
import type { Database, TableName } from './tables.js'
import type { Executor } from './transactions.js'

export interface EntitySpec {
  /** Name used in error messages: 'task', 'epic', … */
  entity: string
  table: TableName
  /** A visible_* view: reads and writes ignore rows hidden by soft delete of the row or an ancestor. */
  view?: keyof Database
  softDelete: boolean
  kinds: ColumnKinds
  /** Columns never returned as entity fields (e.g. password hashes). */
  hidden?: readonly string[]
  /** camelCase fields a list may filter on with equality. */
  filterable: readonly string[]
  /** camelCase fields a list may sort on. */
  sortable: readonly string[]
  defaultSort: string
  /** Which rows a restricted user (member/viewer) may see; absent = everyone sees every row. */
  access?: AccessRule
}

/** Read options: `visibleTo` restricts to rows that user may see (omit for owners/admins). */
export interface ReadOptions {
  includeDeleted?: boolean
  visibleTo?: string | undefined
}

export type FilterValue = string | number | boolean | null
export interface ListQuery {
  filters?: Readonly<Record<string, FilterValue | undefined>>
  sort?: string
  direction?: 'asc' | 'desc'
  limit?: number
  offset?: number
  includeDeleted?: boolean
  visibleTo?: string | undefined
}
export interface Page<E> {
  items: E[]
  total: number
  limit: number
  offset: number
}

export const MAX_PAGE_SIZE = 200
export const DEFAULT_PAGE_SIZE = 50

export interface EntityRepository<E, Insert, Patch> {
  insert(db: Executor, values: Insert, clock: Clock): Promise<E>
  findById(db: Executor, id: string, options?: ReadOptions): Promise<E | undefined>
  /** Like findById, but a missing, deleted or not-visible row is a NotFoundError (the same answer, so ids cannot be probed). */
  require(db: Executor, id: string, options?: ReadOptions): Promise<E>
  /** Applies `patch` only if the row is still at `expectedVersion`; bumps the version. */
  update(db: Executor, id: string, expectedVersion: number, patch: Patch, clock: Clock): Promise<E>
  /** Atomically adds `delta` to a numeric column (no lost updates under concurrency); bumps the version. */
  increment(db: Executor, id: string, field: string, delta: number, clock: Clock): Promise<E>
  softDelete(db: Executor, id: string, expectedVersion: number, clock: Clock): Promise<E>
  restore(db: Executor, id: string, expectedVersion: number, clock: Clock): Promise<E>
  /** Removes the row for good (tables without soft delete, and privacy erasure). */
  remove(db: Executor, id: string, expectedVersion: number): Promise<void>
  list(db: Executor, query?: ListQuery): Promise<Page<E>>
  /** The first row matching equality filters (no count query): for lookups by a unique key. */
  findOne(db: Executor, filters: Readonly<Record<string, FilterValue>>, options?: ReadOptions): Promise<E | undefined>
}

/** Marks a parameter slot in a compiled template. Only the template's own parameters are read for it, never user values. */
const SLOT = '\u0000slot:'

export function createEntityRepository<E, Insert extends object, Patch extends object>(
  spec: EntitySpec,
): EntityRepository<E, Insert, Patch> {
  const toEntity = createRowMapper<E>(spec.kinds, spec.hidden)
  const source = (includeDeleted = false): string => (includeDeleted || !spec.view ? spec.table : spec.view)
  const accessGuard = (qb: any, userId: string | undefined): any =>
    userId !== undefined && spec.access ? qb.where((eb: any) => spec.access?.(eb, userId)) : qb
  const pointLookup = createPointLookup<E>({ entity: spec.entity, kinds: spec.kinds, hidden: spec.hidden, accessGuard, toEntity })
  const visibleGuard = (qb: any): any =>
    spec.view ? qb.where('id', 'in', (eb: any) => eb.selectFrom(spec.view).select('id')) : qb

  async function conflictOrMissing(db: Executor, id: string, expectedVersion: number): Promise<never> {
    const current = await (db as Kysely<any>).selectFrom(source()).select('version').where('id', '=', id).executeTakeFirst()
    if (!current) {
      throw new NotFoundError(spec.entity, id)
    }
    throw new VersionConflictError(spec.entity, id, expectedVersion, Number(current.version))
  }

  async function versionedUpdate(
    db: Executor, id: string, expectedVersion: number, set: Record<string, unknown>, clock: Clock, guard = visibleGuard,
  ): Promise<E> {
    const row = await guard(
      (db as Kysely<any>)
        .updateTable(spec.table)
        .set({ ...set, updated_at: toIsoTimestamp(clock.now()), version: sql`version + 1` })
        .where('id', '=', id)
        .where('version', '=', expectedVersion),
    ).returningAll().executeTakeFirst()
    return row ? toEntity(row) : conflictOrMissing(db, id, expectedVersion)
  }

  return {
    async insert(db, values, clock) {
      const now = toIsoTimestamp(clock.now())
      const row: Record<string, unknown> = { ...entityToRow(values as Record<string, unknown>, spec.kinds), id: newId(clock), created_at: now, updated_at: now, version: 1 }
      const columns = Object.keys(row)
      // One compiled INSERT per column list; each parameter is the slot of the column it stands for.
      const template = compiledTemplate(db, `insert|${spec.table}|${columns.join(',')}`, () =>
        (db as Kysely<any>).insertInto(spec.table).values(Object.fromEntries(columns.map((c) => [c, `${SLOT}${c}`]))).returningAll().compile(),
      )
      const parameters = template.parameters.map((p) => (typeof p === 'string' && p.startsWith(SLOT) ? row[p.slice(SLOT.length)] : p))
      const inserted = (await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(template.sql, parameters))).rows[0]
      if (inserted === undefined) {
        throw new Error(`insert into ${spec.table} returned no row`)
      }
      return toEntity(inserted)
    },

    findById(db, id, options = {}) {
      return pointLookup(db, source(options.includeDeleted), 'id', id, options.visibleTo)
    },

    async require(db, id, options = {}) {
      const found = await this.findById(db, id, options)
      if (found === undefined) {
        throw new NotFoundError(spec.entity, id)
      }
      return found
    },

    update(db, id, expectedVersion, patch, clock) {
      const set = entityToRow(patch as Record<string, unknown>, spec.kinds)
      for (const protectedColumn of ['id', 'created_at', 'updated_at', 'version', 'deleted_at']) {
        delete set[protectedColumn]
      }
      return versionedUpdate(db, id, expectedVersion, set, clock)
    },

    async increment(db, id, field, delta, clock) {
      const column = camelToSnake(field)
      const row = await visibleGuard(
        (db as Kysely<any>)
          .updateTable(spec.table)
          .set({ [column]: sql`${sql.ref(column)} + ${delta}`, updated_at: toIsoTimestamp(clock.now()), version: sql`version + 1` })
          .where('id', '=', id),
      ).returningAll().executeTakeFirst()
      if (!row) {
        throw new NotFoundError(spec.entity, id)
      }
      return toEntity(row)
    },

    softDelete(db, id, expectedVersion, clock) {
      requireSoftDelete(spec)
      return versionedUpdate(db, id, expectedVersion, { deleted_at: toIsoTimestamp(clock.now()) }, clock)
    },

    restore(db, id, expectedVersion, clock) {
      requireSoftDelete(spec)
      return versionedUpdate(db, id, expectedVersion, { deleted_at: null }, clock, (qb: any) => qb.where('deleted_at', 'is not', null))
    },

    async remove(db, id, expectedVersion) {
      const result = await (db as Kysely<any>).deleteFrom(spec.table).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst()
      if (Number(result.numDeletedRows) === 0) {
        await conflictOrMissing(db, id, expectedVersion)
      }
    },

    async findOne(db, filters, options = {}) {
      const entries = Object.entries(filters)
      const [only] = entries
      if (entries.length === 1 && only !== undefined && spec.filterable.includes(only[0]) && (typeof only[1] === 'string' || typeof only[1] === 'number')) {
        return pointLookup(db, source(options.includeDeleted), camelToSnake(only[0]), only[1], options.visibleTo)
      }
      let query = accessGuard((db as Kysely<any>).selectFrom(source(options.includeDeleted)), options.visibleTo)
      for (const [field, value] of Object.entries(filters)) {
        const column = camelToSnake(field)
        if (!spec.filterable.includes(field)) {
          throw new ValidationError(`cannot look up ${spec.entity}s by ${field}`)
        }
        query = value === null ? query.where(column, 'is', null) : query.where(column, '=', typeof value === 'boolean' ? Number(value) : value)
      }
      const row = await query.selectAll().limit(1).executeTakeFirst()
      return row ? toEntity(row) : undefined
    },

    async list(db, query = {}) {
      const limit = Math.min(Math.max(query.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE)
      const offset = Math.max(query.offset ?? 0, 0)
      let base = accessGuard((db as Kysely<any>).selectFrom(source(query.includeDeleted)), query.visibleTo)
      for (const [field, value] of Object.entries(query.filters ?? {})) {
        if (value === undefined) {
          continue
        }
        if (!spec.filterable.includes(field)) {
          throw new ValidationError(`cannot filter ${spec.entity}s by ${field}`, [{ pointer: `/query/${field}`, message: 'not a filterable field' }])
        }
        const column = camelToSnake(field)
        const stored = typeof value === 'boolean' ? (value ? 1 : 0) : value
        base = stored === null ? base.where(column, 'is', null) : base.where(column, '=', stored)
      }
      const sort = query.sort ?? spec.defaultSort
      if (!spec.sortable.includes(sort)) {
        throw new ValidationError(`cannot sort ${spec.entity}s by ${sort}`, [{ pointer: '/query/sort', message: 'not a sortable field' }])
      }
      const { rows, total } = await pageWithTotal<TableName, Record<string, unknown>>(base, (q: any) =>
        q.selectAll().orderBy(camelToSnake(sort), query.direction ?? 'asc').orderBy('id', 'asc').limit(limit).offset(offset))
      return { items: rows.map(toEntity), total, limit, offset }
    },
  }
}

function requireSoftDelete(spec: EntitySpec): void {
  if (!spec.softDelete) {
    throw new Error(`${spec.entity} has no soft delete`)
  }
}
