import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { toIsoTimestamp, type Clock } from '../domain/clock.js'
import { PermissionError } from '../domain/errors.js'
import type { WorkspaceRole } from '../modules/users/users.schema.js'
import type { Store } from '../store/store.js'
import type { Executor } from '../store/transactions.js'
import type { Actor } from './actor.js'
import {
  findSessionById, findSessionBySecretHash, insertSession, listLiveSessions, purgeEndedSessions, revokeSession,
  revokeUserSessions, touchSession, type SessionRecord, type SessionState,
} from './sessions.repository.js'

/** HttpOnly cookie carrying the session secret. */
export const SESSION_COOKIE = 'duration_session'
/** Readable cookie carrying the CSRF token, which scripts echo in {@link CSRF_HEADER}. */
export const CSRF_COOKIE = 'duration_csrf'
export const CSRF_HEADER = 'x-csrf-token'

const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** last_seen_at is written at most once a minute per session, so reads do not all become writes. */
const TOUCH_GRANULARITY_MS = 60_000
/** Ended sessions are kept this long (for "recent sign-ins"), then purged on the next login. */
const ENDED_RETENTION_MS = 30 * 86_400_000

export interface SessionSettings {
  idleMs: number
  absoluteMs: number
}

/** A new session as the login route hands it to the browser; the secret exists nowhere else. */
export interface IssuedSession {
  readonly id: string
  readonly secret: string
  readonly csrfToken: string
  readonly state: SessionState
  readonly expiresAt: string
  readonly maxAgeSeconds: number
}

export interface ClientMeta {
  ip?: string | null | undefined
  userAgent?: string | null | undefined
}

export interface SessionService {
  /** Creates a session inside the caller's transaction. */
  issue(tx: Executor, userId: string, state: SessionState, meta: ClientMeta): Promise<IssuedSession>
  /** Ends `oldId` and issues a replacement (login over an old session, 2FA enrolled, password changed). */
  rotate(tx: Executor, oldId: string | null, userId: string, state: SessionState, meta: ClientMeta): Promise<IssuedSession>
  revoke(tx: Executor, sessionId: string): Promise<boolean>
  revokeAllForUser(tx: Executor, userId: string, exceptSessionId?: string): Promise<number>
  /**
   * The actor for a session secret, or null when unknown, revoked, idle too long, past its absolute
   * lifetime or its user is inactive. Throws PermissionError for an unsafe method without a valid CSRF token.
   */
  authenticate(secret: string, method: string, csrfToken: string | undefined): Promise<Actor | null>
  find(sessionId: string): Promise<SessionRecord | undefined>
  listLive(userId: string): Promise<SessionRecord[]>
  csrfTokenFor(secret: string): string
}

export function hashSessionSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8')
  const right = Buffer.from(b, 'utf8')
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Sessions are 256-bit random secrets; only their SHA-256 is stored, so a database dump yields no
 * usable cookie. The CSRF token is an HMAC of the secret under a key outside the database
 * ("signed double submit"): it cannot be forged or planted by a sibling subdomain, and it changes
 * whenever the session rotates.
 */
export function createSessionService(
  { store, clock, csrfKey, settings }: { store: Store; clock: Clock; csrfKey: Buffer; settings: SessionSettings },
): SessionService {
  const csrfTokenFor = (secret: string) => createHmac('sha256', csrfKey).update(`csrf:${secret}`).digest('base64url')

  const issue: SessionService['issue'] = async (tx, userId, state, meta) => {
    const secret = randomBytes(32).toString('base64url')
    const now = clock.now()
    const expiresAt = toIsoTimestamp(now + settings.absoluteMs)
    await purgeEndedSessions(tx, toIsoTimestamp(now - ENDED_RETENTION_MS))
    const record = await insertSession(tx, {
      userId, secretHash: hashSessionSecret(secret), state, expiresAt,
      ip: meta.ip ?? null, userAgent: meta.userAgent?.slice(0, 300) ?? null,
    }, clock)
    return { id: record.id, secret, csrfToken: csrfTokenFor(secret), state, expiresAt, maxAgeSeconds: Math.floor(settings.absoluteMs / 1000) }
  }

  return {
    issue,
    async rotate(tx, oldId, userId, state, meta) {
      if (oldId !== null) {
        await revokeSession(tx, oldId, toIsoTimestamp(clock.now()))
      }
      return issue(tx, userId, state, meta)
    },
    revoke: (tx, sessionId) => revokeSession(tx, sessionId, toIsoTimestamp(clock.now())),
    revokeAllForUser: (tx, userId, exceptSessionId) => revokeUserSessions(tx, userId, toIsoTimestamp(clock.now()), exceptSessionId),

    async authenticate(secret, method, csrfToken) {
      if (!SECRET_SHAPE.test(secret)) {
        return null
      }
      const session = await findSessionBySecretHash(store.db, hashSessionSecret(secret))
      const now = clock.now()
      if (
        session === undefined || session.revokedAt !== null || !session.isActive ||
        now >= Date.parse(session.expiresAt) || now - Date.parse(session.lastSeenAt) > settings.idleMs
      ) {
        return null
      }
      if (!SAFE_METHODS.has(method.toUpperCase()) && (csrfToken === undefined || !constantTimeEqual(csrfToken, csrfTokenFor(secret)))) {
        throw new PermissionError(`missing or invalid CSRF token: send the ${CSRF_COOKIE} cookie's value in the ${CSRF_HEADER} header`)
      }
      if (now - Date.parse(session.lastSeenAt) >= TOUCH_GRANULARITY_MS) {
        // Best effort: a lost touch only makes the idle clock start a minute early.
        await store.write((tx) => touchSession(tx, session.id, toIsoTimestamp(now))).catch(() => undefined)
      }
      return {
        userId: session.userId,
        role: session.role as WorkspaceRole,
        via: 'session',
        // A session waiting for two-factor enrolment may only reach `authenticated` routes.
        scopes: session.state === 'active' ? null : [],
        credentialId: session.id,
      }
    },
    find: (sessionId) => findSessionById(store.db, sessionId),
    listLive: (userId) => listLiveSessions(store.db, userId, toIsoTimestamp(clock.now())),
    csrfTokenFor,
  }
}
