import type { Clock } from '../domain/clock.js'
import { seesEverything, type Actor } from '../identity/actor.js'
import type { EntityRepository, ListQuery, Page } from '../store/entity-repository.js'
import type { Executor } from '../store/transactions.js'
import type { Store } from '../store/store.js'

/** A data change, as the audit trail records it. The identity module provides the real sink. */
export interface AuditEvent {
  action: string
  entity: string
  entityId: string
  before?: unknown
  after?: unknown
}

/** Records audit events inside the caller's transaction, so an audited write and its record commit together. */
export interface AuditSink {
  record(tx: Executor, actor: Actor | null, event: AuditEvent): Promise<void>
}

export const noAudit: AuditSink = { record: () => Promise.resolve() }

export interface ResourceServiceDeps {
  store: Store
  clock: Clock
  audit: AuditSink
}

export interface ResourceHooks<E, Create, Patch> {
  /** Validates parents (visible to the actor) and normalises input before insert. */
  beforeCreate?(tx: Executor, actor: Actor, input: Create): Promise<Create>
  afterCreate?(tx: Executor, actor: Actor, created: E): Promise<void>
  beforeUpdate?(tx: Executor, actor: Actor, current: E, patch: Patch): Promise<Patch>
  afterUpdate?(tx: Executor, actor: Actor, before: E, after: E): Promise<void>
}

export interface ResourceService<E, Create, Patch> {
  list(actor: Actor, query?: ListQuery): Promise<Page<E>>
  get(actor: Actor, id: string): Promise<E>
  create(actor: Actor, input: Create): Promise<E>
  update(actor: Actor, id: string, expectedVersion: number, patch: Patch): Promise<E>
  remove(actor: Actor, id: string, expectedVersion: number): Promise<E>
  restore(actor: Actor, id: string, expectedVersion: number): Promise<E>
}

/** Restriction for reads: owners and admins see everything, others what the access rules allow. */
export function visibilityOf(actor: Actor): string | undefined {
  return seesEverything(actor) ? undefined : actor.userId
}

/**
 * CRUD with the rules every resource shares: object-level visibility on every id (a hidden row
 * is NotFound, like a missing one), optimistic versions on every change, one transaction per
 * change with its audit record, soft delete and restore.
 */
export function createResourceService<E extends { id: string }, Create, Patch extends object>(
  { store, clock, audit }: ResourceServiceDeps,
  entity: string,
  repository: EntityRepository<E, Create & object, Patch>,
  hooks: ResourceHooks<E, Create, Patch> = {},
): ResourceService<E, Create, Patch> {
  return {
    list: (actor, query = {}) => repository.list(store.db, { ...query, visibleTo: visibilityOf(actor) }),

    get: (actor, id) => repository.require(store.db, id, { visibleTo: visibilityOf(actor) }),

    create: (actor, input) =>
      store.write(async (tx) => {
        const prepared = hooks.beforeCreate ? await hooks.beforeCreate(tx, actor, input) : input
        const created = await repository.insert(tx, prepared as Create & object, clock)
        await hooks.afterCreate?.(tx, actor, created)
        await audit.record(tx, actor, { action: `${entity}.create`, entity, entityId: created.id, after: created })
        return created
      }),

    update: (actor, id, expectedVersion, patch) =>
      store.write(async (tx) => {
        const current = await repository.require(tx, id, { visibleTo: visibilityOf(actor) })
        const prepared = hooks.beforeUpdate ? await hooks.beforeUpdate(tx, actor, current, patch) : patch
        const updated = await repository.update(tx, id, expectedVersion, prepared, clock)
        await hooks.afterUpdate?.(tx, actor, current, updated)
        await audit.record(tx, actor, { action: `${entity}.update`, entity, entityId: id, before: current, after: updated })
        return updated
      }),

    remove: (actor, id, expectedVersion) =>
      store.write(async (tx) => {
        const current = await repository.require(tx, id, { visibleTo: visibilityOf(actor) })
        const deleted = await repository.softDelete(tx, id, expectedVersion, clock)
        await audit.record(tx, actor, { action: `${entity}.delete`, entity, entityId: id, before: current })
        return deleted
      }),

    restore: (actor, id, expectedVersion) =>
      store.write(async (tx) => {
        await repository.require(tx, id, { visibleTo: visibilityOf(actor), includeDeleted: true })
        const restored = await repository.restore(tx, id, expectedVersion, clock)
        await audit.record(tx, actor, { action: `${entity}.restore`, entity, entityId: id, after: restored })
        return restored
      }),
  }
}
