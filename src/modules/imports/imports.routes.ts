import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ValidationError } from '../../domain/errors.js'
import { requireActor } from '../../http/auth-guard.js'
import { EpicDocument, EpicFileBody, ExportParams, ImportQuery, ImportSummary } from './imports.schema.js'
import type { ImportsService } from './imports.service.js'

/**
 * Epic import and export. Both are `expensive` (a whole file in one transaction, or a whole
 * epic read), so the limiter allows a few per minute per user. Multipart upload is not offered:
 * `@fastify/multipart` is not installed, and a JSON body carries one file just as well.
 */
export function importsRoutes({ imports }: { imports: ImportsService }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post('/import/epics', {
      schema: {
        tags: ['imports'],
        summary: 'Import one epic file (either dialect); idempotent, all or nothing',
        querystring: ImportQuery,
        body: EpicFileBody,
        response: { 200: ImportSummary },
      },
      config: { permission: 'imports:write', rateLimit: 'expensive' },
    }, async (request) => {
      try {
        return await imports.importEpic(requireActor(request), request.body, { projectId: request.query.projectId })
      } catch (error) {
        throw inBody(error)
      }
    })

    app.get('/epics/:id/export', {
      schema: {
        tags: ['imports'],
        summary: 'Download an epic as a duration-epic file (id or key)',
        params: ExportParams,
        response: { 200: Type.Unsafe<string>(EpicDocument) },
      },
      config: { permission: 'epics:read', rateLimit: 'expensive' },
    }, async (request, reply) => {
      const exported = await imports.exportEpic(requireActor(request), request.params.id)
      // The canonical text goes out byte for byte: a string payload skips the JSON serializer.
      return reply
        .header('content-disposition', `attachment; filename="${exported.fileName}"`)
        .type('application/json; charset=utf-8')
        .send(exported.text)
    })
  }
}

/** Pointers name a place in the file; over HTTP the file is the body, so they gain `/body`. */
function inBody(error: unknown): unknown {
  return error instanceof ValidationError
    ? new ValidationError(error.message, error.issues.map((issue) => ({ ...issue, pointer: `/body${issue.pointer}` })))
    : error
}
