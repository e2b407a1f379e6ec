import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requireActor } from '../../http/auth-guard.js'
import { expectedVersion } from '../../http/resource-routes.js'
import { Setting } from './settings.schema.js'
import { SETTING_SCOPES, type SettingsService } from './settings.service.js'

const KeyParams = Type.Object({ key: Setting.properties.settingKey })
const Scope = Type.Union(SETTING_SCOPES.map((s) => Type.Literal(s)), { default: 'user' })
const PutBody = Type.Object(
  { value: Type.Unknown(), scope: Type.Optional(Scope), version: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
)

export function settingsRoutes(settings: SettingsService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['settings']
    app.get('/settings', {
      schema: { tags, response: { 200: Type.Object({ items: Type.Array(Setting) }) } },
      config: { permission: 'settings:read', rateLimit: 'read' },
    }, async (request) => ({ items: await settings.list(requireActor(request)) }))
    app.put('/settings/:key', {
      schema: { tags, params: KeyParams, body: PutBody, response: { 200: Setting } },
      config: { permission: 'settings:write', rateLimit: 'write' },
    }, (request) => settings.put(requireActor(request), request.params.key, { ...request.body, scope: request.body.scope ?? 'user' }))
    app.delete('/settings/:key', {
      schema: {
        tags, params: KeyParams,
        querystring: Type.Object({ scope: Type.Optional(Scope), version: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false }),
        response: { 204: Type.Null() },
      },
      config: { permission: 'settings:write', rateLimit: 'write' },
    }, async (request, reply) => {
      await settings.remove(requireActor(request), request.params.key, request.query.scope ?? 'user', expectedVersion(request, request.query.version))
      return reply.code(204).send(null)
    })
  }
}
