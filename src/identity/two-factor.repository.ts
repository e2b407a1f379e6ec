import { sql } from 'kysely'
import { toIsoTimestamp, type Clock } from '../domain/clock.js'
import { newId } from '../store/ids.js'
import type { Executor } from '../store/transactions.js'

export interface TwoFactorRecord {
  userId: string
  secretCiphertext: string
  /** Null while enrolment awaits its first code. */
  enabledAt: string | null
  lastUsedStep: number | null
}

export async function findTwoFactor(db: Executor, userId: string): Promise<TwoFactorRecord | undefined> {
  const row = await db
    .selectFrom('user_two_factor')
    .select(['user_id', 'secret_ciphertext', 'enabled_at', 'last_used_step'])
    .where('user_id', '=', userId)
    .executeTakeFirst()
  return row === undefined
    ? undefined
    : { userId: row.user_id, secretCiphertext: row.secret_ciphertext, enabledAt: row.enabled_at, lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step) }
}

/** Starts (or restarts) an enrolment: a pending secret replaces any earlier pending one. */
export async function savePendingSecret(tx: Executor, userId: string, secretCiphertext: string, clock: Clock): Promise<void> {
  const now = toIsoTimestamp(clock.now())
  await tx.deleteFrom('user_two_factor').where('user_id', '=', userId).where('enabled_at', 'is', null).execute()
  await tx
    .insertInto('user_two_factor')
    .values({ id: newId(clock), created_at: now, updated_at: now, version: 1, user_id: userId, secret_ciphertext: secretCiphertext, enabled_at: null, last_used_step: null })
    .execute()
}

export async function enableTwoFactor(tx: Executor, userId: string, step: number, clock: Clock): Promise<void> {
  const now = toIsoTimestamp(clock.now())
  await tx
    .updateTable('user_two_factor')
    .set({ enabled_at: now, last_used_step: step, updated_at: now, version: sql<number>`version + 1` })
    .where('user_id', '=', userId)
    .execute()
}

/**
 * Marks time step `step` as used, only if no later-or-equal step was used before: a code works once,
 * even when two requests carrying it race (the conditional update lets exactly one win).
 */
export async function claimTotpStep(tx: Executor, userId: string, step: number): Promise<boolean> {
  const result = await tx
    .updateTable('user_two_factor')
    .set({ last_used_step: step })
    .where('user_id', '=', userId)
    .where('enabled_at', 'is not', null)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function deleteTwoFactor(tx: Executor, userId: string): Promise<void> {
  await tx.deleteFrom('user_two_factor').where('user_id', '=', userId).execute()
  await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute()
}

export async function replaceRecoveryCodes(tx: Executor, userId: string, codeHashes: readonly string[], clock: Clock): Promise<void> {
  const now = toIsoTimestamp(clock.now())
  await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute()
  await tx
    .insertInto('recovery_codes')
    .values(codeHashes.map((codeHash) => ({ id: newId(clock), created_at: now, updated_at: now, version: 1, user_id: userId, code_hash: codeHash, used_at: null })))
    .execute()
}

/** Uses a recovery code; false when it is unknown or already used (exactly one racing request wins). */
export async function consumeRecoveryCode(tx: Executor, userId: string, codeHash: string, clock: Clock): Promise<boolean> {
  const now = toIsoTimestamp(clock.now())
  const result = await tx
    .updateTable('recovery_codes')
    .set({ used_at: now, updated_at: now, version: sql<number>`version + 1` })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function countUnusedRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

const REQUIRE_2FA_KEY = 'security.require_two_factor'

/** The workspace policy, kept in the settings table as a workspace-scoped JSON boolean. */
export async function readRequireTwoFactor(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('scope', '=', 'workspace')
    .where('setting_key', '=', REQUIRE_2FA_KEY)
    .executeTakeFirst()
  return row !== undefined && row.value === 'true'
}

export async function writeRequireTwoFactor(tx: Executor, required: boolean, clock: Clock): Promise<void> {
  const now = toIsoTimestamp(clock.now())
  const value = required ? 'true' : 'false'
  const updated = await tx
    .updateTable('settings')
    .set({ value, updated_at: now, version: sql<number>`version + 1` })
    .where('scope', '=', 'workspace')
    .where('setting_key', '=', REQUIRE_2FA_KEY)
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) === 0) {
    await tx
      .insertInto('settings')
      .values({ id: newId(clock), created_at: now, updated_at: now, version: 1, scope: 'workspace', user_id: null, setting_key: REQUIRE_2FA_KEY, value })
      .execute()
  }
}
