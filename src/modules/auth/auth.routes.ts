import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import { requireActor } from '../../http/auth-guard.js'
import type { Identity } from '../../identity/identity.js'
import { CSRF_COOKIE, SESSION_COOKIE, type IssuedSession } from '../../identity/sessions.service.js'
import {
  LoginBody, LoginResponse, LogoutAllResponse, MeResponse, PasswordChangeBody, PasswordResetBody, RotatedResponse,
} from './auth.schema.js'

const tags = ['auth']

/**
 * The session secret goes in an HttpOnly cookie (scripts cannot read it), the CSRF token in a
 * readable one that the web client echoes as `x-csrf-token`. Both are SameSite=Lax, path `/`, and
 * Secure when the request came over HTTPS (directly or, with trustProxy, per X-Forwarded-Proto).
 * Max-Age rather than Expires: it does not depend on the server's and browser's clocks agreeing.
 */
export function setSessionCookies(request: FastifyRequest, reply: FastifyReply, session: IssuedSession): void {
  const secure = request.protocol === 'https'
  const common = { path: '/', sameSite: 'lax' as const, secure, maxAge: session.maxAgeSeconds }
  void reply.setCookie(SESSION_COOKIE, session.secret, { ...common, httpOnly: true })
  void reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false })
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  const options = { path: '/', sameSite: 'lax' as const, secure: request.protocol === 'https' }
  void reply.clearCookie(SESSION_COOKIE, { ...options, httpOnly: true })
  void reply.clearCookie(CSRF_COOKIE, options)
}

/** The session secret the browser sent, if any. */
export function sessionSecretOf(request: FastifyRequest): string | undefined {
  const cookies = (request as { cookies?: Record<string, string | undefined> }).cookies ?? {}
  return cookies[SESSION_COOKIE]
}

/** Client facts recorded with a session. */
export function clientMeta(request: FastifyRequest): { ip: string; userAgent: string | undefined } {
  return { ip: request.ip, userAgent: request.headers['user-agent'] }
}

/** Login, logout, the caller's identity, password change and reset: `/auth/*`. */
export function authRoutes(identity: Pick<Identity, 'login' | 'accounts' | 'sessions' | 'twoFactor'>): FastifyPluginAsyncTypebox {
  const { login, accounts, sessions, twoFactor } = identity
  return async (app) => {
    app.post('/auth/login', {
      schema: { tags, summary: 'Sign in with e-mail and password (and a TOTP code when enabled)', body: LoginBody, response: { 200: LoginResponse } },
      config: { permission: 'public', rateLimit: 'auth' },
    }, async (request, reply) => {
      const previous = request.actor?.via === 'session' ? request.actor.credentialId : null
      const result = await login.login({
        ...request.body, ...clientMeta(request), requestId: request.id, previousSessionId: previous,
      })
      if (result.state === 'totp_required') {
        return { state: result.state }
      }
      setSessionCookies(request, reply, result.session)
      return { state: result.state, user: result.user, csrfToken: result.session.csrfToken, expiresAt: result.session.expiresAt }
    })

    app.post('/auth/logout', {
      schema: { tags, summary: 'End this session', response: { 204: Type.Null() } },
      config: { permission: 'authenticated', rateLimit: 'write' },
    }, async (request, reply) => {
      await login.logout(requireActor(request))
      clearSessionCookies(request, reply)
      return reply.code(204).send(null)
    })

    app.post('/auth/logout-all', {
      schema: { tags, summary: 'End every session of this user, on every device', response: { 200: LogoutAllResponse } },
      config: { permission: 'authenticated', rateLimit: 'write' },
    }, async (request, reply) => {
      const sessionsEnded = await login.logoutEverywhere(requireActor(request))
      clearSessionCookies(request, reply)
      return { sessionsEnded }
    })

    app.get('/auth/me', {
      schema: { tags, summary: 'Who am I: user, credential, session and two-factor state', response: { 200: MeResponse } },
      config: { permission: 'authenticated', rateLimit: 'read' },
    }, async (request) => {
      const actor = requireActor(request)
      const session = actor.via === 'session' && actor.credentialId !== null ? await sessions.find(actor.credentialId) : undefined
      const secret = sessionSecretOf(request)
      return {
        user: await accounts.profile(actor.userId),
        via: actor.via,
        scopes: actor.scopes === null ? null : [...actor.scopes],
        session: session === undefined
          ? null
          : { id: session.id, state: session.state, createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt },
        csrfToken: session !== undefined && secret !== undefined ? sessions.csrfTokenFor(secret) : null,
        twoFactor: await twoFactor.status(actor.userId),
      }
    })

    app.post('/auth/password', {
      schema: { tags, summary: 'Change the password (needs the current one); other sessions end', body: PasswordChangeBody, response: { 200: RotatedResponse } },
      config: { permission: 'users:write', rateLimit: 'auth' },
    }, async (request, reply) => {
      const rotated = await accounts.changePassword(requireActor(request), request.body.currentPassword, request.body.newPassword, clientMeta(request))
      if (rotated !== null) {
        setSessionCookies(request, reply, rotated)
      }
      return { csrfToken: rotated?.csrfToken ?? null }
    })

    app.post('/auth/password/reset', {
      schema: { tags, summary: 'Set a new password with an admin-issued one-time reset token', body: PasswordResetBody, response: { 204: Type.Null() } },
      config: { permission: 'public', rateLimit: 'auth' },
    }, async (request, reply) => {
      await accounts.resetPassword(request.body.token, request.body.newPassword, { actorUserId: null, via: null, requestId: request.id, ip: request.ip })
      return reply.code(204).send(null)
    })
  }
}
