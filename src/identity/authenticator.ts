import type { Actor } from './actor.js'
import type { ApiTokenService } from './tokens.service.js'

/** The parts of a request authentication looks at; http/ extracts them so identity/ stays HTTP-free. */
export interface Credentials {
  authorization?: string | undefined
  cookies: Readonly<Record<string, string | undefined>>
  method: string
}

/** Resolves the caller, or null for anonymous. Throws UnauthenticatedError for a presented but bad credential. */
export type Authenticator = (credentials: Credentials) => Promise<Actor | null>

/**
 * Bearer tokens for scripts and the CLI. Session cookies (with CSRF checks) are layered on by the
 * session authenticator; a request presenting both is judged by the bearer token alone.
 */
export function createAuthenticator({ tokens }: { tokens: ApiTokenService }): Authenticator {
  return async ({ authorization }) => {
    const match = authorization === undefined ? null : /^Bearer\s+(\S+)$/i.exec(authorization)
    if (match?.[1]) {
      return tokens.authenticate(match[1])
    }
    return null
  }
}
