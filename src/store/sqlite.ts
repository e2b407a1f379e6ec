import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Sqlite from 'better-sqlite3-multiple-ciphers'
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely'
import { LRUCache } from 'lru-cache'
import { StoreError } from './errors.js'
import { NOT_NOW, type DirectReader } from './direct-read.js'

export type SqliteDatabase = InstanceType<typeof Sqlite>

const PLAINTEXT_HEADER = 'SQLite format 3\u0000'

export interface SqliteOpenOptions {
  path: string
  /** 32-byte key, or null only when plaintext was explicitly requested. */
  key: Buffer | null
  busyTimeoutMs: number
}

/** True when the file exists and starts with SQLite's plaintext header. */
export function isPlaintextSqliteFile(path: string): boolean {
  if (!existsSync(path) || statSync(path).size < PLAINTEXT_HEADER.length) {
    return false
  }
  const header = Buffer.alloc(PLAINTEXT_HEADER.length)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, header, 0, header.length, 0)
  } finally {
    closeSync(fd)
  }
  return header.toString('latin1') === PLAINTEXT_HEADER
}

export function sqliteFileExists(path: string): boolean {
  return existsSync(path) && statSync(path).size > 0
}

/**
 * Opens the SQLite file with SQLCipher-compatible encryption (SQLite3MultipleCiphers, cipher
 * 'sqlcipher', legacy=4: AES-256-CBC pages + HMAC-SHA512). The key is passed as raw 256-bit key
 * material (x'…'), so no passphrase KDF runs on open. Fails closed in every mismatch.
 */
export function openSqliteDatabase({ path, key, busyTimeoutMs }: SqliteOpenOptions): SqliteDatabase {
  const exists = sqliteFileExists(path)
  const plaintext = exists && isPlaintextSqliteFile(path)
  if (key !== null && plaintext) {
    throw new StoreError(
      'plaintext_refused',
      `${path} is an unencrypted database; refusing to use it. Export it and import into a new encrypted database, or set DURATION_INSECURE_PLAINTEXT=1 for development`,
    )
  }
  if (key === null && exists && !plaintext) {
    throw new StoreError(
      'encrypted_but_plaintext_requested',
      `${path} is encrypted; unset DURATION_INSECURE_PLAINTEXT and provide its key (DURATION_DB_KEY or DURATION_KEY_FILE)`,
    )
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const database = new Sqlite(path)
  try {
    if (key !== null) {
      database.pragma(`cipher='sqlcipher'`)
      database.pragma('legacy=4')
      // The key is hex we produced from a Buffer: it cannot carry quotes, so this literal is safe.
      database.pragma(`key="x'${key.toString('hex')}'"`)
    }
    verifyReadable(database, path)
    database.pragma('journal_mode = WAL')
    database.pragma('foreign_keys = ON')
    database.pragma('synchronous = FULL')
    database.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`)
    return database
  } catch (error) {
    database.close()
    throw error
  }
}

function verifyReadable(database: SqliteDatabase, path: string): void {
  try {
    database.prepare('select count(*) as n from sqlite_master').get()
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new StoreError('wrong_key', `cannot decrypt ${path}: the key does not match this database`, {
        cause: error,
      })
    }
    throw error
  }
}

/**
 * What Kysely's SQLite driver sees: the database with prepared statements reused by SQL text.
 * Kysely prepares every query afresh, and preparing a statement over our visibility views costs
 * more than running it; queries are serialised on one connection, so sharing a statement is safe.
 */
export function withStatementCache(database: SqliteDatabase, max = 500): KyselySqliteDatabase & { readOne: DirectReader } {
  const statements = new LRUCache<string, ReturnType<SqliteDatabase['prepare']>>({ max })
  const prepare = (sql: string) => {
    let statement = statements.get(sql)
    if (statement === undefined) {
      statement = database.prepare(sql)
      statements.set(sql, statement)
    }
    return statement
  }
  return {
    close: () => {
      statements.clear()
      database.close()
    },
    prepare,
    // See direct-read.ts: safe only while no transaction holds the connection.
    readOne: (sql, parameters) =>
      database.inTransaction || !database.open ? NOT_NOW : (prepare(sql).get(parameters) as Record<string, unknown> | undefined),
  }
}
