import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { IdParams } from '../../http/resource-routes.js'
import { requireActor } from '../../http/auth-guard.js'
import { ApiToken, ApiTokenCreate, ApiTokenCreated } from '../../identity/tokens.schema.js'
import type { ApiTokenService } from '../../identity/tokens.service.js'

const tags = ['auth']

/** The caller's own API tokens: create (secret shown once), list, revoke. */
export function tokensRoutes({ tokens }: { tokens: ApiTokenService }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post('/auth/tokens', {
      schema: { tags, summary: 'Create an API token; `token` is shown only in this answer', body: ApiTokenCreate, response: { 201: ApiTokenCreated } },
      config: { permission: 'users:write', rateLimit: 'auth' },
    }, async (request, reply) => reply.code(201).send(await tokens.create(requireActor(request), request.body)))

    app.get('/auth/tokens', {
      schema: { tags, summary: "The caller's API tokens (never their secrets)", response: { 200: Type.Object({ items: Type.Array(ApiToken) }) } },
      config: { permission: 'users:read', rateLimit: 'read' },
    }, async (request) => ({ items: await tokens.list(requireActor(request)) }))

    app.delete('/auth/tokens/:id', {
      schema: { tags, summary: 'Revoke one of the caller\'s API tokens', params: IdParams, response: { 200: ApiToken } },
      config: { permission: 'users:write', rateLimit: 'write' },
    }, (request) => tokens.revoke(requireActor(request), request.params.id))
  }
}
