import { sql } from 'kysely'
import { toIsoTimestamp, type Clock } from '../domain/clock.js'
import { newId } from '../store/ids.js'
import type { Executor } from '../store/transactions.js'

export interface PasswordResetRecord {
  id: string
  userId: string
  expiresAt: string
  usedAt: string | null
}

export async function insertPasswordReset(
  tx: Executor,
  values: { userId: string; tokenHash: string; expiresAt: string; createdBy: string | null },
  clock: Clock,
): Promise<string> {
  const now = toIsoTimestamp(clock.now())
  const id = newId(clock)
  await tx
    .insertInto('password_resets')
    .values({ id, created_at: now, updated_at: now, version: 1, user_id: values.userId, token_hash: values.tokenHash, expires_at: values.expiresAt, used_at: null, created_by: values.createdBy })
    .execute()
  return id
}

/** Ends every unused reset of the user, so only the newest link works. */
export async function cancelPasswordResets(tx: Executor, userId: string, clock: Clock): Promise<void> {
  const now = toIsoTimestamp(clock.now())
  await tx
    .updateTable('password_resets')
    .set({ used_at: now, updated_at: now, version: sql<number>`version + 1` })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute()
}

export async function findPasswordReset(db: Executor, tokenHash: string): Promise<PasswordResetRecord | undefined> {
  const row = await db
    .selectFrom('password_resets')
    .select(['id', 'user_id', 'expires_at', 'used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
  return row === undefined ? undefined : { id: row.id, userId: row.user_id, expiresAt: row.expires_at, usedAt: row.used_at }
}

/** Marks the reset used; false when another request used it first. */
export async function consumePasswordReset(tx: Executor, id: string, clock: Clock): Promise<boolean> {
  const now = toIsoTimestamp(clock.now())
  const result = await tx
    .updateTable('password_resets')
    .set({ used_at: now, updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
