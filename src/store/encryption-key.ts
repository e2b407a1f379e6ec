import { randomBytes } from 'node:crypto'
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { StoreError } from './errors.js'

const HEX_KEY = /^[0-9a-f]{64}$/i

export interface KeySettings {
  dbKey?: string | undefined
  keyFile?: string | undefined
}

/** Where the key file lives unless configured: outside any checkout, in the user's config folder. */
export function defaultKeyFilePath(env: Record<string, string | undefined> = process.env): string {
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(homedir(), '.config')
  return join(base, 'duration', 'db.key')
}

/**
 * Finds the 256-bit database key: DURATION_DB_KEY first, then the key file.
 * A key file is created (mode 0600, exclusive create) only when the database does not exist yet:
 * inventing a key for an existing encrypted database would only hide the real problem.
 */
export function resolveDatabaseKey(settings: KeySettings, databaseExists: boolean): Buffer {
  if (settings.dbKey !== undefined) {
    if (!HEX_KEY.test(settings.dbKey)) {
      throw new StoreError('key_invalid', 'DURATION_DB_KEY must be 64 hexadecimal characters (256 bits)')
    }
    return Buffer.from(settings.dbKey, 'hex')
  }
  const path = resolve(settings.keyFile ?? defaultKeyFilePath())
  if (existsSync(path)) {
    return readKeyFile(path)
  }
  if (databaseExists) {
    throw new StoreError(
      'key_missing',
      `the database exists but its key file ${path} does not; set DURATION_DB_KEY or DURATION_KEY_FILE to the key it was created with`,
    )
  }
  return createKeyFile(path)
}

function readKeyFile(path: string): Buffer {
  const mode = statSync(path).mode & 0o777
  if ((mode & 0o077) !== 0) {
    throw new StoreError(
      'key_file_insecure',
      `key file ${path} is readable by other users (mode ${mode.toString(8)}); run: chmod 600 ${path}`,
    )
  }
  const text = readFileSync(path, 'utf8').trim()
  if (!HEX_KEY.test(text)) {
    throw new StoreError('key_invalid', `key file ${path} must hold 64 hexadecimal characters (256 bits)`)
  }
  return Buffer.from(text, 'hex')
}

function createKeyFile(path: string): Buffer {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const key = randomBytes(32)
  // 'wx' fails if another process created the file in the meantime; then we use theirs.
  let fd: number
  try {
    fd = openSync(path, 'wx', 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return readKeyFile(path)
    }
    throw error
  }
  try {
    writeSync(fd, `${key.toString('hex')}\n`)
  } finally {
    closeSync(fd)
  }
  chmodSync(path, 0o600)
  return key
}
