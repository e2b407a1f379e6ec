/** Environments for running the real CLI (runCli) against a fresh database of either dialect. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import type { CliIo } from '../../src/cli/program.js'
import type { Dialect } from '../../src/store/store.js'
import { createTestDatabase } from '../helpers/services.js'
import { testKeyHex } from '../helpers/stores.js'

export interface CliEnv {
  env: Record<string, string>
  cwd: string
  cleanup(): Promise<void>
}

export async function cliEnv(dialect: Dialect): Promise<CliEnv> {
  const cwd = mkdtempSync(join(tmpdir(), 'duration-cli-'))
  const base = { DURATION_AUDIT_KEY: testKeyHex(), LOG_LEVEL: 'silent' }
  if (dialect === 'sqlite') {
    return {
      env: { ...base, DURATION_DATA_DIR: cwd, DURATION_DB_KEY: testKeyHex() },
      cwd,
      cleanup: () => Promise.resolve(rmSync(cwd, { recursive: true, force: true })),
    }
  }
  const database = await createTestDatabase()
  return {
    env: { ...base, DATABASE_URL: database.url },
    cwd,
    cleanup: async () => {
      rmSync(cwd, { recursive: true, force: true })
      await database.drop()
    },
  }
}

/** An io that records output; `stdin` is a pipe (not a TTY) carrying `input`. */
export function recordingIo(target: CliEnv, input = ''): CliIo & { output: () => string; errors: () => string } {
  let out = ''
  let err = ''
  return {
    out: (text) => {
      out += text
    },
    err: (text) => {
      err += text
    },
    env: target.env,
    cwd: target.cwd,
    stdin: Readable.from([input]),
    output: () => out,
    errors: () => err,
  }
}
