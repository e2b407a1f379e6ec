import fp from 'fastify-plugin'
import type { FastifyRequest } from 'fastify'
import { PermissionError, UnauthenticatedError } from '../domain/errors.js'
import type { Actor } from '../identity/actor.js'
import type { Authenticator } from '../identity/authenticator.js'
import { hasPermission } from '../identity/roles.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller; null on public routes when nobody signed in. */
    actor: Actor | null
  }
}

/** For handlers of non-public routes: the guard has already rejected anonymous callers. */
export function requireActor(request: FastifyRequest): Actor {
  if (request.actor === null) {
    throw new UnauthenticatedError()
  }
  return request.actor
}

/**
 * Resolves the caller and enforces the route's declared permission before the body is even
 * parsed (onRequest), so an anonymous or under-privileged request costs no parsing or validation.
 */
export const authGuardPlugin = fp<{ authenticate: Authenticator }>(
  async (app, { authenticate }) => {
    app.decorateRequest('actor', null)
    app.addHook('onRequest', async (request) => {
      const permission = request.routeOptions.config.permission as string | undefined
      if (permission === undefined) {
        return // unknown route: the not-found handler answers
      }
      const actor = await authenticate({
        authorization: request.headers.authorization,
        cookies: (request as { cookies?: Record<string, string | undefined> }).cookies ?? {},
        method: request.method,
        csrfToken: typeof request.headers['x-csrf-token'] === 'string' ? request.headers['x-csrf-token'] : undefined,
      })
      request.actor = actor === null ? null : { ...actor, requestId: request.id, ip: request.ip }
      if (permission === 'public') {
        return
      }
      if (request.actor === null) {
        throw new UnauthenticatedError()
      }
      if (!hasPermission(request.actor, request.routeOptions.config.permission)) {
        throw new PermissionError(`this needs the ${permission} permission`)
      }
    })
  },
  { name: 'duration-auth-guard' },
)
