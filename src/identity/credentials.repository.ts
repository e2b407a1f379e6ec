import { sql } from 'kysely'
import { toIsoTimestamp, type Clock } from '../domain/clock.js'
import type { Executor } from '../store/transactions.js'

/** The secret half of a user row, which the users entity never exposes. */
export interface StoredCredentials {
  userId: string
  email: string
  role: string
  isActive: boolean
  passwordHash: string | null
}

function toCredentials(row: { id: string; email: string; role: string; is_active: number; password_hash: string | null }): StoredCredentials {
  return { userId: row.id, email: row.email, role: row.role, isActive: Number(row.is_active) === 1, passwordHash: row.password_hash }
}

/** E-mails are compared in lower case: `Ana@Example.com` and `ana@example.com` are one account. */
export async function findCredentialsByEmail(db: Executor, email: string): Promise<StoredCredentials | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'is_active', 'password_hash'])
    .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst()
  return row === undefined ? undefined : toCredentials(row)
}

export async function findCredentialsById(db: Executor, userId: string): Promise<StoredCredentials | undefined> {
  const row = await db.selectFrom('users').select(['id', 'email', 'role', 'is_active', 'password_hash']).where('id', '=', userId).executeTakeFirst()
  return row === undefined ? undefined : toCredentials(row)
}

export async function setPasswordHash(tx: Executor, userId: string, passwordHash: string, clock: Clock): Promise<void> {
  await tx
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: toIsoTimestamp(clock.now()), version: sql<number>`version + 1` })
    .where('id', '=', userId)
    .execute()
}

export async function recordLogin(tx: Executor, userId: string, clock: Clock): Promise<void> {
  await tx.updateTable('users').set({ last_login_at: toIsoTimestamp(clock.now()) }).where('id', '=', userId).execute()
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Active owners; the last one can be neither demoted nor deactivated. */
export async function countActiveOwners(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'owner')
    .where('is_active', '=', 1)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
