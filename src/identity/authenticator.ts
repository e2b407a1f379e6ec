import type { Actor } from './actor.js'
import { SESSION_COOKIE, type SessionService } from './sessions.service.js'
import type { ApiTokenService } from './tokens.service.js'

/** The parts of a request authentication looks at; http/ extracts them so identity/ stays HTTP-free. */
export interface Credentials {
  authorization?: string | undefined
  cookies: Readonly<Record<string, string | undefined>>
  method: string
  /** The `x-csrf-token` header, checked for cookie-authenticated unsafe methods. */
  csrfToken?: string | undefined
}

/** Resolves the caller, or null for anonymous. Throws UnauthenticatedError for a presented but bad credential. */
export type Authenticator = (credentials: Credentials) => Promise<Actor | null>

/**
 * Bearer tokens for scripts and the CLI, session cookies for the browser. A request presenting a
 * bearer token is judged by it alone (no CSRF check: browsers never attach it by themselves); a
 * session cookie on an unsafe method must come with its CSRF token (PermissionError otherwise).
 * An unknown or expired session cookie makes the caller anonymous, so a stale cookie never blocks
 * a fresh login.
 */
export function createAuthenticator({ tokens, sessions }: { tokens: ApiTokenService; sessions?: SessionService }): Authenticator {
  return async ({ authorization, cookies, method, csrfToken }) => {
    const match = authorization === undefined ? null : /^Bearer\s+(\S+)$/i.exec(authorization)
    if (match?.[1]) {
      return tokens.authenticate(match[1])
    }
    const sessionSecret = cookies[SESSION_COOKIE]
    if (sessions !== undefined && sessionSecret !== undefined && sessionSecret !== '') {
      return sessions.authenticate(sessionSecret, method, csrfToken)
    }
    return null
  }
}
