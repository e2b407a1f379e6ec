import { PostgresAdapter, sql, type SelectQueryBuilder } from 'kysely'
import { toIsoTimestamp, type Clock } from '../domain/clock.js'
import { pageWithTotal } from '../store/page-query.js'
import type { AuditLogTable, Database } from '../store/tables.js'
import type { Executor } from '../store/transactions.js'
import { computeAuditMac, type AuditEntry } from './audit-chain.js'

const HEAD_ID = 'main'

/** What a caller supplies; sequence, link and MAC are assigned under the chain lock. */
export type AuditEntryInput = Omit<AuditEntry, 'seq' | 'prevMac' | 'mac' | 'createdAt'>

function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

function rowToEntry(row: AuditLogTable): AuditEntry {
  return {
    seq: Number(row.seq), id: row.id, createdAt: row.created_at,
    actorUserId: row.actor_user_id, actorVia: row.actor_via, credentialId: row.credential_id,
    requestId: row.request_id, ip: row.ip, action: row.action, entity: row.entity, entityId: row.entity_id,
    data: JSON.parse(row.data) as unknown, prevMac: row.prev_mac, mac: row.mac,
  }
}

/**
 * Appends one entry inside the caller's transaction. The chain head row is the lock: PostgreSQL
 * takes it with SELECT … FOR UPDATE (a second appender waits until this transaction commits, then
 * reads the new head), and SQLite's BEGIN IMMEDIATE already gives the writer the whole database.
 * So two processes can never both extend the same head: no forks, no duplicate sequence numbers.
 */
export async function appendAuditEntry(tx: Executor, key: Buffer, input: AuditEntryInput, clock: Clock): Promise<AuditEntry> {
  const headQuery = tx.selectFrom('audit_chain_head').select(['seq', 'mac']).where('id', '=', HEAD_ID)
  const head = await (isPostgres(tx) ? headQuery.forUpdate() : headQuery).executeTakeFirstOrThrow()
  const createdAt = toIsoTimestamp(clock.now())
  // Round-trip through JSON so the MAC covers exactly what is stored (dates become strings, undefined vanishes).
  const data = JSON.parse(JSON.stringify(input.data ?? null)) as unknown
  const unsigned = { ...input, data, createdAt, seq: Number(head.seq) + 1, prevMac: head.mac }
  const entry: AuditEntry = { ...unsigned, mac: computeAuditMac(key, unsigned) }
  await tx
    .insertInto('audit_log')
    .values({
      id: entry.id, created_at: createdAt, updated_at: createdAt, version: 1, seq: entry.seq,
      actor_user_id: entry.actorUserId, actor_via: entry.actorVia, credential_id: entry.credentialId,
      request_id: entry.requestId, ip: entry.ip, action: entry.action, entity: entry.entity, entity_id: entry.entityId,
      data: JSON.stringify(data), prev_mac: entry.prevMac, mac: entry.mac,
    })
    .execute()
  await tx
    .updateTable('audit_chain_head')
    .set({ seq: entry.seq, mac: entry.mac, updated_at: createdAt, version: sql<number>`version + 1` })
    .where('id', '=', HEAD_ID)
    .execute()
  return entry
}

export async function readChainHead(db: Executor): Promise<{ seq: number; mac: string }> {
  const head = await db.selectFrom('audit_chain_head').select(['seq', 'mac']).where('id', '=', HEAD_ID).executeTakeFirstOrThrow()
  return { seq: Number(head.seq), mac: head.mac }
}

/** Filters of the admin query API and the export. Times are inclusive ISO-8601 bounds. */
export interface AuditFilters {
  actorUserId?: string | undefined
  action?: string | undefined
  entity?: string | undefined
  entityId?: string | undefined
  from?: string | undefined
  to?: string | undefined
}

type AuditQuery = SelectQueryBuilder<Database, 'audit_log', object>

function applyFilters(query: AuditQuery, filters: AuditFilters): AuditQuery {
  let q = query
  if (filters.actorUserId !== undefined) {
    q = q.where('actor_user_id', '=', filters.actorUserId)
  }
  if (filters.action !== undefined) {
    // `auth.login` matches `auth.login.success` and `auth.login.failure` too.
    q = q.where((eb) => eb.or([eb('action', '=', filters.action ?? ''), eb('action', 'like', `${filters.action ?? ''}.%`)]))
  }
  if (filters.entity !== undefined) {
    q = q.where('entity', '=', filters.entity)
  }
  if (filters.entityId !== undefined) {
    q = q.where('entity_id', '=', filters.entityId)
  }
  if (filters.from !== undefined) {
    q = q.where('created_at', '>=', filters.from)
  }
  if (filters.to !== undefined) {
    q = q.where('created_at', '<=', filters.to)
  }
  return q
}

/** One page of entries, newest first unless `order` is 'asc', with the total matching count. */
export async function queryAuditEntries(
  db: Executor,
  filters: AuditFilters,
  page: { limit: number; offset: number; order: 'asc' | 'desc' },
): Promise<{ items: AuditEntry[]; total: number }> {
  const { rows, total } = await pageWithTotal(applyFilters(db.selectFrom('audit_log'), filters), (query) =>
    query.selectAll().orderBy('seq', page.order).limit(page.limit).offset(page.offset))
  return { items: rows.map(rowToEntry), total }
}

/** Every matching entry in sequence order, fetched in keyset pages so memory stays flat. */
export async function* auditEntryPages(db: Executor, filters: AuditFilters = {}, pageSize = 1000): AsyncGenerator<AuditEntry[]> {
  let afterSeq = 0
  for (;;) {
    const rows = await applyFilters(db.selectFrom('audit_log'), filters)
      .selectAll()
      .where('seq', '>', afterSeq)
      .orderBy('seq', 'asc')
      .limit(pageSize)
      .execute()
    if (rows.length === 0) {
      return
    }
    const entries = rows.map(rowToEntry)
    yield entries
    afterSeq = entries[entries.length - 1]?.seq ?? afterSeq
  }
}

export async function auditLogIsEmpty(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('audit_log').select('id').limit(1).executeTakeFirst()
  return row === undefined
}
