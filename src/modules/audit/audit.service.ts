import { verifyAuditChain, type AuditEntry, type AuditVerifyReport } from '../../identity/audit-chain.js'
import { auditEntryPages, queryAuditEntries, readChainHead, type AuditFilters } from '../../identity/audit-log.repository.js'
import type { AuditTrail } from '../../identity/audit-trail.js'
import type { Actor } from '../../identity/actor.js'
import type { Store } from '../../store/store.js'
import type { AuditExportQuery, AuditQuery } from './audit.schema.js'

export interface AuditLogService {
  query(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number; limit: number; offset: number }>
  /** Records the export itself, then yields one JSON line per matching entry, oldest first. */
  exportLines(actor: Actor | null, query: AuditExportQuery): Promise<AsyncGenerator<string>>
  /** Walks the whole chain; see verifyAuditChain. */
  verify(): Promise<AuditVerifyReport>
}

function filtersOf(query: AuditExportQuery): AuditFilters {
  return { actorUserId: query.actor, action: query.action, entity: query.entity, entityId: query.entityId, from: query.from, to: query.to }
}

async function* jsonLines(pages: AsyncGenerator<AuditEntry[]>): AsyncGenerator<string> {
  for await (const page of pages) {
    yield page.map((entry) => `${JSON.stringify(entry)}\n`).join('')
  }
}

/** Reading side of the audit log, for admins (HTTP) and operators (CLI). */
export function createAuditLogService({ store, audit, macKey }: { store: Store; audit: AuditTrail; macKey: Buffer }): AuditLogService {
  return {
    async query(query) {
      const limit = query.limit ?? 50
      const offset = query.offset ?? 0
      const page = await queryAuditEntries(store.db, filtersOf(query), { limit, offset, order: query.order ?? 'desc' })
      return { ...page, limit, offset }
    },

    async exportLines(actor, query) {
      const event = { action: 'audit.export', entity: 'audit', entityId: 'export', after: { filters: query } }
      await store.write(async (tx) => {
        await (actor === null ? audit.append(tx, { actorUserId: null, via: 'local' }, event) : audit.record(tx, actor, event))
      })
      return jsonLines(auditEntryPages(store.db, filtersOf(query)))
    },

    async verify() {
      const head = await readChainHead(store.db)
      return verifyAuditChain(macKey, auditEntryPages(store.db), head)
    },
  }
}
