import { sql } from 'kysely'
import { toIsoTimestamp, type Clock } from '../domain/clock.js'
import { newId } from '../store/ids.js'
import type { Executor } from '../store/transactions.js'

export const SESSION_STATES = ['active', 'enrolment_required'] as const
/** `enrolment_required`: signed in, but the workspace demands two-factor and the user must enrol first. */
export type SessionState = (typeof SESSION_STATES)[number]

export interface SessionRecord {
  id: string
  userId: string
  state: SessionState
  createdAt: string
  lastSeenAt: string
  expiresAt: string
  revokedAt: string | null
  ip: string | null
  userAgent: string | null
}

/** A session joined with the facts about its user that authentication needs. */
export interface SessionWithUser extends SessionRecord {
  role: string
  isActive: boolean
}

export interface SessionInsert {
  userId: string
  secretHash: string
  state: SessionState
  expiresAt: string
  ip: string | null
  userAgent: string | null
}

const SESSION_COLUMNS = [
  'auth_sessions.id as id', 'auth_sessions.user_id as userId', 'auth_sessions.state as state',
  'auth_sessions.created_at as createdAt', 'auth_sessions.last_seen_at as lastSeenAt',
  'auth_sessions.expires_at as expiresAt', 'auth_sessions.revoked_at as revokedAt',
  'auth_sessions.ip as ip', 'auth_sessions.user_agent as userAgent',
] as const

export async function insertSession(tx: Executor, values: SessionInsert, clock: Clock): Promise<SessionRecord> {
  const now = toIsoTimestamp(clock.now())
  const id = newId(clock)
  await tx
    .insertInto('auth_sessions')
    .values({
      id, created_at: now, updated_at: now, version: 1, user_id: values.userId, secret_hash: values.secretHash,
      state: values.state, last_seen_at: now, expires_at: values.expiresAt, revoked_at: null, ip: values.ip, user_agent: values.userAgent,
    })
    .execute()
  return { id, userId: values.userId, state: values.state, createdAt: now, lastSeenAt: now, expiresAt: values.expiresAt, revokedAt: null, ip: values.ip, userAgent: values.userAgent }
}

export async function findSessionBySecretHash(db: Executor, secretHash: string): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('auth_sessions')
    .innerJoin('users', 'users.id', 'auth_sessions.user_id')
    .select([...SESSION_COLUMNS, 'users.role as role', 'users.is_active as isActive'])
    .where('auth_sessions.secret_hash', '=', secretHash)
    .executeTakeFirst()
  return row === undefined ? undefined : { ...row, state: row.state as SessionState, isActive: Number(row.isActive) === 1 }
}

export async function findSessionById(db: Executor, id: string): Promise<SessionRecord | undefined> {
  const row = await db.selectFrom('auth_sessions').select([...SESSION_COLUMNS]).where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : { ...row, state: row.state as SessionState }
}

/** Live sessions of a user, newest first (for "where am I signed in"). */
export async function listLiveSessions(db: Executor, userId: string, nowIso: string): Promise<SessionRecord[]> {
  const rows = await db
    .selectFrom('auth_sessions')
    .select([...SESSION_COLUMNS])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute()
  return rows.map((row) => ({ ...row, state: row.state as SessionState }))
}

export async function touchSession(db: Executor, id: string, nowIso: string): Promise<void> {
  await db.updateTable('auth_sessions').set({ last_seen_at: nowIso }).where('id', '=', id).where('revoked_at', 'is', null).execute()
}

export async function revokeSession(tx: Executor, id: string, nowIso: string): Promise<boolean> {
  const result = await tx
    .updateTable('auth_sessions')
    .set({ revoked_at: nowIso, updated_at: nowIso, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** Revokes every live session of the user except `exceptId`; returns how many ended. */
export async function revokeUserSessions(tx: Executor, userId: string, nowIso: string, exceptId?: string): Promise<number> {
  let query = tx
    .updateTable('auth_sessions')
    .set({ revoked_at: nowIso, updated_at: nowIso, version: sql<number>`version + 1` })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
  if (exceptId !== undefined) {
    query = query.where('id', '!=', exceptId)
  }
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Drops sessions that ended long ago; they are useless and hold IP addresses. */
export async function purgeEndedSessions(tx: Executor, beforeIso: string): Promise<void> {
  await tx.deleteFrom('auth_sessions').where('expires_at', '<', beforeIso).execute()
}
