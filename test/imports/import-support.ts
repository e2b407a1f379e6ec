/**
 * Shared pieces of the import suites: a migrated store per dialect with an imports service and
 * two users, the example and fixture files, and a snapshot of every epic/task/dependency row
 * (ids → versions) to prove that something did — or did not — change.
 */
import type { Actor } from '../../src/identity/actor.js'
import { createImportsService, type ImportsService } from '../../src/modules/imports/imports.service.js'
import { noAudit, type AuditSink } from '../../src/modules/resource.service.js'
import { tasksRepository } from '../../src/modules/tasks/tasks.repository.js'
import type { Task } from '../../src/modules/tasks/tasks.schema.js'
import { usersRepository } from '../../src/modules/users/users.repository.js'
import type { WorkspaceRole } from '../../src/modules/users/users.schema.js'
import type { Dialect, Store } from '../../src/store/store.js'
import { openTestStore, type TestStore } from '../helpers/stores.js'

export { exampleNames, examplesDir, fixtureNames, hasFixtures, readExample, readFixture } from '../helpers/epic-files.js'

export interface ImportContext extends TestStore {
  imports: ImportsService
  owner: Actor
  member: Actor
}

export async function createUser(store: Store, clock: TestStore['clock'], role: WorkspaceRole, label: string): Promise<Actor> {
  const user = await store.write((tx) => usersRepository.insert(tx, { email: `${label}@example.test`, displayName: label, role }, clock))
  return { userId: user.id, role, via: 'local', scopes: null, credentialId: null }
}

export async function openImportContext(dialect: Dialect, audit: AuditSink = noAudit): Promise<ImportContext> {
  const testStore = await openTestStore(dialect)
  const owner = await createUser(testStore.store, testStore.clock, 'owner', 'owner')
  const member = await createUser(testStore.store, testStore.clock, 'member', 'member')
  const imports = createImportsService({ store: testStore.store, clock: testStore.clock, audit })
  return { ...testStore, imports, owner, member }
}

/** Every epic, task and dependency row as `table:id → version|deleted`. */
export async function snapshotRows(store: Store): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {}
  for (const table of ['epics', 'tasks'] as const) {
    for (const row of await store.db.selectFrom(table).select(['id', 'version', 'deleted_at']).execute()) {
      snapshot[`${table}:${row.id}`] = `${row.version}|${row.deleted_at ?? ''}`
    }
  }
  for (const row of await store.db.selectFrom('task_dependencies').select(['id', 'version', 'depends_on_task_id']).execute()) {
    snapshot[`dep:${row.id}`] = `${row.version}|${row.depends_on_task_id ?? ''}`
  }
  return snapshot
}

/** The task `taskKey` of epic `epicKey`, as the tasks repository returns it. */
export async function taskOf(store: Store, epicKey: string, taskKey: string): Promise<Task> {
  const row = await store.db.selectFrom('tasks as t').innerJoin('epics as e', 'e.id', 't.epic_id')
    .select('t.id').where('e.epic_key', '=', epicKey).where('t.task_key', '=', taskKey).executeTakeFirstOrThrow()
  return tasksRepository.require(store.db, row.id, { includeDeleted: true })
}

/** The stored dependency of `taskKey` in `epicKey` on `dependsOnKey`, with the key of the task it resolved to. */
export async function dependencyTarget(store: Store, epicKey: string, taskKey: string, dependsOnKey: string): Promise<string | null | undefined> {
  const row = await store.db.selectFrom('task_dependencies as d')
    .innerJoin('tasks as t', 't.id', 'd.task_id')
    .innerJoin('epics as e', 'e.id', 't.epic_id')
    .leftJoin('tasks as target', 'target.id', 'd.depends_on_task_id')
    .leftJoin('epics as targetEpic', 'targetEpic.id', 'target.epic_id')
    .select(['target.task_key as targetKey', 'targetEpic.epic_key as targetEpic'])
    .where('e.epic_key', '=', epicKey)
    .where('t.task_key', '=', taskKey)
    .where('d.depends_on_key', '=', dependsOnKey)
    .executeTakeFirst()
  if (row === undefined) {
    return undefined
  }
  return row.targetKey === null ? null : `${row.targetEpic ?? ''}/${row.targetKey}`
}
