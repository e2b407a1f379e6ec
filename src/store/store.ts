import { join, resolve } from 'node:path'
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely'
import pg from 'pg'
import type { Config } from '../config/config.schema.js'
import type { Clock } from '../domain/clock.js'
import { registerDirectReader } from './direct-read.js'
import { resolveDatabaseKey } from './encryption-key.js'
import { InlinePagingPlugin } from './inline-paging.js'
import { StoreError } from './errors.js'
import { latestMigrationName, migrateToLatest, migrationStatus, type MigrationState } from './migrator.js'
import { openSqliteDatabase, sqliteFileExists, withStatementCache } from './sqlite.js'
import type { Database } from './tables.js'
import { runInTransaction, type Executor, type RetryPolicy } from './transactions.js'

export type Dialect = 'sqlite' | 'postgres'

export interface PoolStats {
  total: number
  idle: number
  waiting: number
}

/** The storage adapter every service receives. Reads use `db`; every write goes through `write`. */
export interface Store {
  readonly dialect: Dialect
  readonly db: Kysely<Database>
  /** One transaction, retried as a whole on lock contention; see runInTransaction. */
  write<T>(work: (tx: Executor) => Promise<T>): Promise<T>
  migrate(): Promise<string[]>
  migrationStatus(): Promise<MigrationState[]>
  /** Throws when the database cannot answer or migrations are pending (readiness). */
  checkReady(): Promise<void>
  poolStats(): PoolStats
  close(): Promise<void>
}

export interface StoreDeps {
  clock: Clock
  onWarning?: (message: string) => void
  retry?: RetryPolicy
}

export const SQLITE_FILE_NAME = 'duration.db'

/** Opens PostgreSQL when a URL is configured, otherwise the encrypted SQLite file in dataDir. */
export async function openStore(storage: Config['storage'], deps: StoreDeps): Promise<Store> {
  return storage.databaseUrl !== undefined
    ? openPostgresStore(storage.databaseUrl, storage.poolSize, deps)
    : openSqliteStore(storage, deps)
}

function openSqliteStore(storage: Config['storage'], deps: StoreDeps): Store {
  const path = resolve(join(storage.dataDir, SQLITE_FILE_NAME))
  let key: Buffer | null = null
  if (storage.insecurePlaintext) {
    deps.onWarning?.(
      `DURATION_INSECURE_PLAINTEXT=1: ${path} is NOT encrypted. Never use this setting with real data.`,
    )
  } else {
    key = resolveDatabaseKey({ dbKey: storage.dbKey, keyFile: storage.keyFile }, sqliteFileExists(path))
  }
  const database = openSqliteDatabase({ path, key, busyTimeoutMs: storage.busyTimeoutMs })
  key?.fill(0)
  const statements = withStatementCache(database)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }), plugins: [new InlinePagingPlugin()] })
  registerDirectReader(db, statements.readOne)
  return buildStore('sqlite', db, 'begin immediate', deps, () => ({ total: 1, idle: 1, waiting: 0 }))
}

async function openPostgresStore(url: string, poolSize: number, deps: StoreDeps): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // COUNT(*) and SUM() come back as int8; our values fit a JS number, so parse them here
    // (per pool, without touching pg's global type registry).
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === 20 ? (value: string) => Number(value) : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
    },
  })
  // pg emits 'error' on the pool when an idle connection dies (server restart, an administrator's
  // terminate, a dropped database). Unheard, that event would crash the process; the pool has
  // already discarded the connection and opens a new one on demand, so a warning is all it takes.
  pool.on('error', (error) => deps.onWarning?.(`an idle PostgreSQL connection was lost: ${error.message}`))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    await sql`select 1`.execute(db)
  } catch (error) {
    await db.destroy()
    throw new StoreError('unreachable', `cannot reach PostgreSQL: ${(error as Error).message}`, { cause: error })
  }
  return buildStore('postgres', db, 'begin', deps, () => ({
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  }))
}

function buildStore(
  dialect: Dialect,
  db: Kysely<Database>,
  begin: string,
  deps: StoreDeps,
  poolStats: () => PoolStats,
): Store {
  const latest = latestMigrationName()
  return {
    dialect,
    db,
    write: (work) => runInTransaction(db, begin, work, { clock: deps.clock, ...(deps.retry ? { retry: deps.retry } : {}) }),
    migrate: () => migrateToLatest(db),
    migrationStatus: () => migrationStatus(db),
    checkReady: async () => {
      const states = await migrationStatus(db)
      const pending = states.filter((s) => s.executedAt === null).map((s) => s.name)
      if (pending.length > 0 || !states.some((s) => s.name === latest)) {
        throw new Error(`pending migrations: ${pending.join(', ')}`)
      }
    },
    poolStats,
    close: () => db.destroy(),
  }
}
