import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requireActor } from '../../http/auth-guard.js'
import type { TwoFactorService } from '../../identity/two-factor.service.js'
import { CodeBody, DisableBody, EnrolResponse, RecoveryCodesResponse, RotatedResponse, TwoFactorStatusView } from './auth.schema.js'
import { clientMeta, setSessionCookies } from './auth.routes.js'

const tags = ['auth']

/**
 * TOTP two-factor: `/auth/2fa/*`. Status, enrolment and confirmation need only `authenticated`, so
 * a session that the workspace policy holds in `enrolment_required` can still complete enrolment.
 */
export function twoFactorRoutes({ twoFactor }: { twoFactor: TwoFactorService }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/auth/2fa', {
      schema: { tags, summary: 'Two-factor status of the caller', response: { 200: TwoFactorStatusView } },
      config: { permission: 'authenticated', rateLimit: 'read' },
    }, (request) => twoFactor.status(requireActor(request).userId))

    app.post('/auth/2fa/enrol', {
      schema: { tags, summary: 'Start TOTP enrolment: a new secret and its otpauth:// URI for a QR code', response: { 200: EnrolResponse } },
      config: { permission: 'authenticated', rateLimit: 'auth' },
    }, (request) => twoFactor.startEnrolment(requireActor(request)))

    app.post('/auth/2fa/confirm', {
      schema: { tags, summary: 'Activate TOTP with a first code; returns recovery codes (shown once)', body: CodeBody, response: { 200: RecoveryCodesResponse } },
      config: { permission: 'authenticated', rateLimit: 'auth' },
    }, async (request, reply) => {
      const result = await twoFactor.confirmEnrolment(requireActor(request), request.body.code, clientMeta(request))
      if (result.session !== null) {
        setSessionCookies(request, reply, result.session)
      }
      return { recoveryCodes: result.recoveryCodes, csrfToken: result.session?.csrfToken ?? null }
    })

    app.post('/auth/2fa/disable', {
      schema: { tags, summary: 'Turn TOTP off (needs the password and a code); other sessions end', body: DisableBody, response: { 200: RotatedResponse } },
      config: { permission: 'users:write', rateLimit: 'auth' },
    }, async (request, reply) => {
      const { session } = await twoFactor.disable(requireActor(request), request.body.password, request.body.code, clientMeta(request))
      if (session !== null) {
        setSessionCookies(request, reply, session)
      }
      return { csrfToken: session?.csrfToken ?? null }
    })

    app.post('/auth/2fa/recovery-codes', {
      schema: { tags, summary: 'Replace all recovery codes (needs a current TOTP code)', body: CodeBody, response: { 200: RecoveryCodesResponse } },
      config: { permission: 'users:write', rateLimit: 'auth' },
    }, async (request) => ({ recoveryCodes: await twoFactor.regenerateRecoveryCodes(requireActor(request), request.body.code) }))
  }
}
