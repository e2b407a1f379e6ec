/**
 * Opens a migrated Store per dialect so one suite runs against SQLite and PostgreSQL
 * (Kysely's own test layout: loop over dialects, narrowed by what is reachable).
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finalizeConfig } from '../../src/config/load-config.js'
import type { Config } from '../../src/config/config.schema.js'
import type { Clock } from '../../src/domain/clock.js'
import { createManualClock } from '../../src/ops/clock.js'
import { openStore, type Dialect, type Store } from '../../src/store/store.js'
import { createTestDatabase, postgresAvailable } from './services.js'

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres']

export interface TestStore {
  store: Store
  config: Readonly<Config>
  clock: ReturnType<typeof createManualClock>
  cleanup: () => Promise<void>
}

export function testKeyHex(): string {
  return randomBytes(32).toString('hex')
}

/** Storage settings for a fresh encrypted SQLite database in a temporary folder. */
export function sqliteTestConfig(extra: Record<string, unknown> = {}): { config: Readonly<Config>; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'duration-test-'))
  const config = finalizeConfig({
    storage: { dataDir: dir, dbKey: testKeyHex(), ...extra },
    log: { level: 'silent' },
  })
  return { config, dir }
}

/** Storage config of a fresh, empty database of `dialect`, and how to remove it afterwards. */
export async function freshDatabase(dialect: Dialect): Promise<{ config: Readonly<Config>; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const { config, dir } = sqliteTestConfig()
    return { config, drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) }
  }
  const database = await createTestDatabase()
  return { config: finalizeConfig({ storage: { databaseUrl: database.url }, log: { level: 'silent' } }), drop: database.drop }
}

export async function openTestStore(dialect: Dialect, clock: Clock = createManualClock()): Promise<TestStore> {
  const { config, drop } = await freshDatabase(dialect)
  const store = await openStore(config.storage, { clock })
  await store.migrate()
  return {
    store, config, clock: clock as ReturnType<typeof createManualClock>,
    cleanup: async () => {
      await store.close()
      await drop()
    },
  }
}

/** The dialects reachable here: SQLite always, PostgreSQL when the server answers (or CI requires it). */
export async function availableDialects(): Promise<Dialect[]> {
  return (await postgresAvailable()) ? ['sqlite', 'postgres'] : ['sqlite']
}
