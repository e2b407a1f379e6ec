import { PostgresAdapter, sql } from 'kysely'
import { toIsoTimestamp, type Clock } from '../domain/clock.js'
import { newId } from '../store/ids.js'
import type { Store } from '../store/store.js'
import type { Executor } from '../store/transactions.js'
import { LOGIN_ATTEMPT_LIMIT, LOGIN_WINDOW_MS, type LoginThrottle, type ThrottleKind, type ThrottleReservation } from './login-throttle.js'

/** Any fixed number: the advisory lock that serialises throttle bookkeeping across PostgreSQL clients. */
const THROTTLE_LOCK_ID = 6_172_023

async function lockThrottle(tx: Executor): Promise<void> {
  // SQLite's BEGIN IMMEDIATE already serialises writers; PostgreSQL needs an explicit lock or two
  // processes could both count four failures and both let a fifth and sixth attempt through.
  if (tx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(${THROTTLE_LOCK_ID})`.execute(tx)
  }
}

async function windowStats(tx: Executor, key: string, sinceIso: string): Promise<{ count: number; oldest: string | null }> {
  const row = await tx
    .selectFrom('login_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min<string | null>('created_at').as('oldest')])
    .where('throttle_key', '=', key)
    .where('created_at', '>', sinceIso)
    .executeTakeFirstOrThrow()
  return { count: Number(row.count), oldest: row.oldest }
}

/** The login throttle on the `login_attempts` table: works with several app processes on one database. */
export function createDatabaseLoginThrottle({ store, clock }: { store: Store; clock: Clock }): LoginThrottle {
  const since = () => toIsoTimestamp(clock.now() - LOGIN_WINDOW_MS)
  const deleteAttempts = (reservation: ThrottleReservation) =>
    reservation.attemptIds.length === 0
      ? Promise.resolve()
      : store.write(async (tx) => {
          await tx.deleteFrom('login_attempts').where('id', 'in', [...reservation.attemptIds]).execute()
        })

  return {
    reserve: (keys) =>
      store.write(async (tx) => {
        await lockThrottle(tx)
        const now = clock.now()
        await tx.deleteFrom('login_attempts').where('created_at', '<=', since()).execute()
        for (const kind of ['account', 'ip'] as const) {
          const stats = await windowStats(tx, keys[kind], since())
          if (stats.count >= LOGIN_ATTEMPT_LIMIT) {
            const freeAt = Date.parse(stats.oldest ?? toIsoTimestamp(now)) + LOGIN_WINDOW_MS
            return { allowed: false as const, kind, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)) }
          }
        }
        const nowIso = toIsoTimestamp(now)
        const rows = [keys.account, keys.ip].map((key) => ({ id: newId(clock), created_at: nowIso, updated_at: nowIso, version: 1, throttle_key: key }))
        await tx.insertInto('login_attempts').values(rows).execute()
        return { allowed: true as const, reservation: { keys, attemptIds: rows.map((row) => row.id) } }
      }),

    succeeded: (reservation) =>
      store.write(async (tx) => {
        await tx.deleteFrom('login_attempts').where('id', 'in', [...reservation.attemptIds]).execute()
        await tx.deleteFrom('login_attempts').where('throttle_key', '=', reservation.keys.account).execute()
      }),

    released: deleteAttempts,

    failed: (reservation) =>
      store.write(async (tx) => {
        await lockThrottle(tx)
        const locked: ThrottleKind[] = []
        for (const kind of ['account', 'ip'] as const) {
          if ((await windowStats(tx, reservation.keys[kind], since())).count === LOGIN_ATTEMPT_LIMIT) {
            locked.push(kind)
          }
        }
        return locked
      }),
  }
}
