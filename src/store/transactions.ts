import { sql, type Kysely } from 'kysely'
import type { Clock } from '../domain/clock.js'
import { registerTransactionHandle } from './compiled-queries.js'
import { isRetryableTransactionError, translateDatabaseError } from './database-errors.js'
import type { Database } from './tables.js'

/** What repositories receive: the database itself, or a connection inside a transaction. */
export type Executor = Kysely<Database>

export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 5, maxDelayMs: 250 }

/**
 * Runs `work` in one transaction on one connection and retries the whole unit on lock contention
 * (SQLITE_BUSY) or PostgreSQL serialization failure/deadlock, with exponential backoff and full jitter.
 * `begin` is the dialect's opening statement: SQLite uses BEGIN IMMEDIATE so the write lock is
 * taken up front and two writers never both read-then-upgrade (the classic deadlock in deferred mode).
 * Do not nest: `work` must pass its `tx` down instead of calling write() again.
 */
export async function runInTransaction<T>(
  db: Kysely<Database>,
  begin: string,
  work: (tx: Executor) => Promise<T>,
  { clock, retry = DEFAULT_RETRY, random = Math.random }: { clock: Clock; retry?: RetryPolicy; random?: () => number },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.connection().execute(async (connection) => {
        await sql.raw(begin).execute(connection)
        try {
          registerTransactionHandle(connection, db)
          const result = await work(connection)
          await sql`commit`.execute(connection)
          return result
        } catch (error) {
          await sql`rollback`.execute(connection).catch(() => undefined)
          throw error
        }
      })
    } catch (error) {
      if (!isRetryableTransactionError(error) || attempt >= retry.maxAttempts) {
        throw translateDatabaseError(error)
      }
      const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1))
      await clock.sleep(Math.round(random() * ceiling))
    }
  }
}
