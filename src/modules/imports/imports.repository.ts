import { sql, type Expression, type SqlBool } from 'kysely'
import { ACCESS_RULES } from '../../store/access-rules.js'
import { rowToEntity, type ColumnKinds } from '../../store/row-mapping.js'
import type { Dialect } from '../../store/store.js'
import type { Executor } from '../../store/transactions.js'
import type { Epic } from '../epics/epics.schema.js'
import type { Task, TaskDependency } from '../tasks/tasks.schema.js'

/**
 * Reads the import needs and the entity repositories do not offer: lookups by key (including
 * soft-deleted rows, which still hold their key), whole epics without paging, and dependency
 * rows matched by key across epics. Writes go through the entity repositories.
 */

const EPIC_KINDS: ColumnKinds = { json: ['goals', 'definition_of_done', 'labels', 'extra'] }
const TASK_KINDS: ColumnKinds = { json: ['acceptance_criteria', 'test_specs', 'deliverables', 'files_touched', 'labels'] }
const NO_KINDS: ColumnKinds = {}

/** Keeps IN lists well under every driver's bound-parameter limit. */
const IN_LIST_CHUNK = 500

async function inChunks<T>(values: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(values)]
  const results: T[] = []
  for (let start = 0; start < unique.length; start += IN_LIST_CHUNK) {
    results.push(...(await read(unique.slice(start, start + IN_LIST_CHUNK))))
  }
  return results
}

/** Arbitrary but fixed: the advisory lock every epic import takes on PostgreSQL ("DUR" + "IMP"). */
const IMPORT_LOCK_ID = 4_478_290_773

/**
 * Imports read other epics' tasks and unresolved dependencies, so two running side by side could
 * each miss the other's rows and leave a dependency unresolved for good. SQLite's BEGIN IMMEDIATE
 * already runs writers one at a time; on PostgreSQL a transaction-scoped advisory lock does the same
 * for imports only (released at commit or rollback).
 */
export async function serializeImports(db: Executor, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select pg_advisory_xact_lock(${IMPORT_LOCK_ID})`.execute(db)
  }
}

/** An epic found by key, whatever its state: `live` = not hidden by a soft delete of it or an ancestor. */
export interface EpicByKey {
  epic: Epic
  live: boolean
  /** False when the access rules hide it from the user given as `visibleTo`. */
  visible: boolean
}

export async function findEpicByKey(db: Executor, key: string, visibleTo: string | undefined): Promise<EpicByKey | undefined> {
  const row = await db.selectFrom('epics').selectAll().where('epic_key', '=', key).executeTakeFirst()
  if (row === undefined) {
    return undefined
  }
  const live = await db.selectFrom('visible_epics').select('id').where('id', '=', row.id).executeTakeFirst()
  const visible = visibleTo === undefined
    ? true
    : (await db.selectFrom('epics').select('id').where('id', '=', row.id)
      .where((eb) => ACCESS_RULES.epics(eb, visibleTo) as Expression<SqlBool>).executeTakeFirst()) !== undefined
  return { epic: rowToEntity<Epic>(row, EPIC_KINDS), live: live !== undefined, visible }
}

/** A live epic the user may see, by id or by key. */
export async function findVisibleEpic(db: Executor, by: { id: string } | { key: string }, visibleTo: string | undefined): Promise<Epic | undefined> {
  let query = db.selectFrom('visible_epics').selectAll()
  query = 'id' in by ? query.where('id', '=', by.id) : query.where('epic_key', '=', by.key)
  if (visibleTo !== undefined) {
    query = query.where((eb) => ACCESS_RULES.epics(eb, visibleTo) as Expression<SqlBool>)
  }
  const row = await query.executeTakeFirst()
  return row === undefined ? undefined : rowToEntity<Epic>(row, EPIC_KINDS)
}

/** Every task of an epic; soft-deleted ones too when asked (they keep their key). */
export async function listEpicTasks(db: Executor, epicId: string, { includeDeleted }: { includeDeleted: boolean }): Promise<Task[]> {
  const rows = await db.selectFrom(includeDeleted ? 'tasks' : 'visible_tasks').selectAll().where('epic_id', '=', epicId).execute()
  return rows.map((row) => rowToEntity<Task>(row, TASK_KINDS))
}

/** Dependency rows of every task of an epic (deleted tasks included). */
export async function listEpicDependencies(db: Executor, epicId: string): Promise<TaskDependency[]> {
  const rows = await db.selectFrom('task_dependencies')
    .selectAll('task_dependencies')
    .where('task_id', 'in', (eb) => eb.selectFrom('tasks').select('id').where('epic_id', '=', epicId))
    .execute()
  return rows.map((row) => rowToEntity<TaskDependency>(row, NO_KINDS))
}

export interface TaskKeyRow {
  epicKey: string
  taskKey: string
  taskId: string
}

/** Live tasks (in live epics) whose key is one of `taskKeys`, across the whole workspace. */
export function findTasksByKeys(db: Executor, taskKeys: readonly string[]): Promise<TaskKeyRow[]> {
  return inChunks(taskKeys, (chunk) =>
    db.selectFrom('visible_tasks as t')
      .innerJoin('visible_epics as e', 'e.id', 't.epic_id')
      .select(['e.epic_key as epicKey', 't.task_key as taskKey', 't.id as taskId'])
      .where('t.task_key', 'in', chunk)
      .execute(),
  )
}

export type DependencyWithEpic = TaskDependency & { epicKey: string }

/** Unresolved dependencies of live tasks outside `excludeEpicId` that name one of `keys`. */
export function findUnresolvedDependencies(db: Executor, keys: readonly string[], excludeEpicId: string): Promise<DependencyWithEpic[]> {
  return inChunks(keys, async (chunk) => {
    const rows = await db.selectFrom('task_dependencies as d')
      .innerJoin('visible_tasks as t', 't.id', 'd.task_id')
      .innerJoin('visible_epics as e', 'e.id', 't.epic_id')
      .selectAll('d')
      .select('e.epic_key as epic_key')
      .where('d.depends_on_task_id', 'is', null)
      .where('d.depends_on_key', 'in', chunk)
      .where('e.id', '<>', excludeEpicId)
      .execute()
    return rows.map((row) => rowToEntity<DependencyWithEpic>(row, NO_KINDS))
  })
}

/** Dependencies (of any epic) resolved to one of `taskIds`. */
export function findDependenciesOnTasks(db: Executor, taskIds: readonly string[]): Promise<TaskDependency[]> {
  return inChunks(taskIds, async (chunk) => {
    const rows = await db.selectFrom('task_dependencies').selectAll().where('depends_on_task_id', 'in', chunk).execute()
    return rows.map((row) => rowToEntity<TaskDependency>(row, NO_KINDS))
  })
}
