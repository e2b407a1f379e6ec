/**
 * Runs the `duration` CLI in-process (runCli) with captured output, against a fresh database of
 * the chosen dialect configured purely through environment variables, as a user would.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finalizeConfig } from '../../src/config/load-config.js'
import { runCli } from '../../src/cli/run.js'
import type { CliIo } from '../../src/cli/program.js'
import { usersRepository } from '../../src/modules/users/users.repository.js'
import type { WorkspaceRole } from '../../src/modules/users/users.schema.js'
import { createManualClock } from '../../src/ops/clock.js'
import { openStore, type Dialect } from '../../src/store/store.js'
import { createTestDatabase } from '../helpers/services.js'
import { testKeyHex } from '../helpers/stores.js'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Runs one command line; `env` is the whole environment the CLI sees. */
export async function cli(argv: readonly string[], env: Record<string, string | undefined>, cwd: string): Promise<CliRun> {
  let out = ''
  let err = ''
  const io: CliIo = { out: (text) => { out += text }, err: (text) => { err += text }, env, cwd }
  const code = await runCli(argv, io)
  return { code, out, err }
}

export interface CliDatabase {
  env: Record<string, string>
  /** A scratch folder, also the CLI's working directory. */
  dir: string
  addUser(role: WorkspaceRole, label: string): Promise<void>
  cleanup(): Promise<void>
}

/** A migrated database reachable through DURATION_* / DATABASE_URL variables only. */
export async function createCliDatabase(dialect: Dialect): Promise<CliDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'duration-cli-'))
  let env: Record<string, string>
  let dropDatabase = async () => {}
  if (dialect === 'sqlite') {
    env = { DURATION_DATA_DIR: dir, DURATION_DB_KEY: testKeyHex(), DURATION_AUDIT_KEY: testKeyHex(), LOG_LEVEL: 'silent' }
  } else {
    const database = await createTestDatabase()
    env = { DATABASE_URL: database.url, DURATION_DATA_DIR: dir, DURATION_AUDIT_KEY: testKeyHex(), LOG_LEVEL: 'silent' }
    dropDatabase = database.drop
  }
  const storage = finalizeConfig({
    storage: dialect === 'sqlite' ? { dataDir: dir, dbKey: env.DURATION_DB_KEY } : { databaseUrl: env.DATABASE_URL },
  }).storage
  const clock = createManualClock()
  return {
    env,
    dir,
    async addUser(role, label) {
      const store = await openStore(storage, { clock })
      try {
        await store.migrate()
        await store.write((tx) => usersRepository.insert(tx, { email: `${label}@example.test`, displayName: label, role }, clock))
      } finally {
        await store.close()
      }
    },
    async cleanup() {
      await dropDatabase()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
