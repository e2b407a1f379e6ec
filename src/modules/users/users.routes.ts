import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requireActor } from '../../http/auth-guard.js'
import { etagOf, expectedVersion } from '../../http/resource-routes.js'
import { User, UserPatch } from './users.schema.js'
import type { UsersService } from './users.service.js'

const MePatch = Type.Composite([UserPatch, Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) })], { additionalProperties: false })

export function usersRoutes(users: UsersService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['users']
    app.get('/users/me', { schema: { tags, response: { 200: User } }, config: { permission: 'users:read', rateLimit: 'read' } }, async (request, reply) => {
      const me = await users.me(requireActor(request))
      void reply.header('etag', etagOf(me.version))
      return me
    })
    app.patch('/users/me', { schema: { tags, body: MePatch, response: { 200: User } }, config: { permission: 'users:write', rateLimit: 'write' } }, async (request, reply) => {
      const { version, ...patch } = request.body
      const updated = await users.updateMe(requireActor(request), expectedVersion(request, version), patch)
      void reply.header('etag', etagOf(updated.version))
      return updated
    })
  }
}
