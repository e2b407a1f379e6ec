import type { Clock } from '../domain/clock.js'
import type { AuditEvent, AuditSink } from '../modules/resource.service.js'
import { newId } from '../store/ids.js'
import type { Executor } from '../store/transactions.js'
import type { Actor } from './actor.js'
import type { AuditEntry } from './audit-chain.js'
import { appendAuditEntry } from './audit-log.repository.js'

/** Who did it, when no Actor exists yet (a failed login) or the event has extra context. */
export interface AuditContext {
  readonly actorUserId: string | null
  readonly via: Actor['via'] | null
  readonly credentialId?: string | null
  readonly requestId?: string | null
  readonly ip?: string | null
}

/** Fields that change on every write and say nothing the entry's own time and version do not. */
const NOISE_FIELDS = new Set(['updatedAt'])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** `{field: {from, to}}` for the fields whose value differs; nested values compare as JSON. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {}
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (NOISE_FIELDS.has(field) || sameValue(before[field], after[field])) {
      continue
    }
    changes[field] = { from: before[field] ?? null, to: after[field] ?? null }
  }
  return changes
}

/** What an entry stores: only the changed fields of an update, the full row of a creation or deletion. */
export function auditData(event: Pick<AuditEvent, 'before' | 'after'>): unknown {
  const { before, after } = event
  if (before !== undefined && after !== undefined) {
    return isPlainObject(before) && isPlainObject(after) ? { changes: changedFields(before, after) } : { before, after }
  }
  if (after !== undefined) {
    return { after }
  }
  return before === undefined ? {} : { before }
}

export function contextOf(actor: Actor | null): AuditContext {
  return actor === null
    ? { actorUserId: null, via: null }
    : { actorUserId: actor.userId, via: actor.via, credentialId: actor.credentialId, requestId: actor.requestId ?? null, ip: actor.ip ?? null }
}

/** The audit sink services receive, plus `append` for identity events that have no Actor yet. */
export interface AuditTrail extends AuditSink {
  append(tx: Executor, context: AuditContext, event: AuditEvent): Promise<AuditEntry>
}

/** Records every event as the next link of the MAC chain, inside the caller's transaction. */
export function createAuditTrail({ key, clock }: { key: Buffer; clock: Clock }): AuditTrail {
  const append: AuditTrail['append'] = (tx, context, event) =>
    appendAuditEntry(tx, key, {
      id: newId(clock),
      actorUserId: context.actorUserId,
      actorVia: context.via,
      credentialId: context.credentialId ?? null,
      requestId: context.requestId ?? null,
      ip: context.ip ?? null,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      data: auditData(event),
    }, clock)
  return {
    append,
    record: async (tx, actor, event) => {
      await append(tx, contextOf(actor), event)
    },
  }
}
