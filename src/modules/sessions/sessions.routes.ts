import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requireActor } from '../../http/auth-guard.js'
import { IdParams, etagOf, expectedVersion } from '../../http/resource-routes.js'
import { PageOf } from '../common.schema.js'
import type { SessionsService } from './sessions.service.js'
import { SessionChange, SessionEdit, SessionInterruption, SessionListQuery, WorkSession } from './sessions.schema.js'

const tags = ['sessions']
const read = { permission: 'sessions:read', rateLimit: 'read' } as const
const write = { permission: 'sessions:write', rateLimit: 'write' } as const

const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
}, { additionalProperties: false })

const SessionPatchBody = Type.Composite([SessionEdit, Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) })], { additionalProperties: false })

/** Work sessions as records: list with filters, read, correct (PATCH with version) and their history. */
export function sessionsRoutes({ sessions }: { sessions: SessionsService }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/sessions', { schema: { tags, summary: 'List work sessions (newest first)', querystring: SessionListQuery, response: { 200: PageOf(WorkSession) } }, config: read },
      (request) => sessions.list(requireActor(request), request.query),
    )
    app.get('/sessions/:id', { schema: { tags, params: IdParams, response: { 200: WorkSession } }, config: read }, async (request, reply) => {
      const session = await sessions.get(requireActor(request), request.params.id)
      void reply.header('etag', etagOf(session.version))
      return session
    })
    app.patch('/sessions/:id', { schema: { tags, summary: 'Correct a session; every changed field is recorded', params: IdParams, body: SessionPatchBody, response: { 200: WorkSession } }, config: write },
      async (request, reply) => {
        const { version, ...edit } = request.body
        const updated = await sessions.update(requireActor(request), request.params.id, expectedVersion(request, version), edit)
        void reply.header('etag', etagOf(updated.version))
        return updated
      },
    )
    app.get('/sessions/:id/changes', { schema: { tags, summary: 'Edit history: who changed which field, when, old → new', params: IdParams, querystring: PageQuery, response: { 200: PageOf(SessionChange) } }, config: read },
      (request) => sessions.changes(requireActor(request), request.params.id, request.query),
    )
    app.get('/sessions/:id/interruptions', { schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: PageOf(SessionInterruption) } }, config: read },
      (request) => sessions.interruptions(requireActor(request), request.params.id, request.query),
    )
  }
}
