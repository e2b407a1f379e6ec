import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requireActor } from '../../http/auth-guard.js'
import { AuditExportQuery, AuditPage, AuditQuery, AuditVerifyView } from './audit.schema.js'
import type { AuditLogService } from './audit.service.js'

const tags = ['audit']

/** Admin access to the audit log: query with filters and paging, JSON Lines export, chain verification. */
export function auditRoutes({ auditLog }: { auditLog: AuditLogService }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/admin/audit', {
      schema: { tags, summary: 'Query the audit log', querystring: AuditQuery, response: { 200: AuditPage } },
      config: { permission: 'admin:audit', rateLimit: 'read' },
    }, (request) => auditLog.query(request.query))

    app.get('/admin/audit/export', {
      schema: { tags, summary: 'Export matching entries as JSON Lines (oldest first, MACs included)', querystring: AuditExportQuery },
      config: { permission: 'admin:audit', rateLimit: 'expensive', responseKind: 'static' },
    }, async (request, reply) => {
      const lines = await auditLog.exportLines(requireActor(request), request.query)
      return reply
        .type('application/x-ndjson; charset=utf-8')
        .header('content-disposition', 'attachment; filename="duration-audit.jsonl"')
        .send(Readable.from(lines))
    })

    app.get('/admin/audit/verify', {
      schema: { tags, summary: 'Verify the MAC chain of the whole audit log', response: { 200: AuditVerifyView } },
      config: { permission: 'admin:audit', rateLimit: 'expensive' },
    }, async () => {
      const report = await auditLog.verify()
      return { ...report, problems: [...report.problems] }
    })
  }
}
