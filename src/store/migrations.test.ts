import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPersonalTable, PERSONAL_DATA_MAP } from './personal-data.js'
import { latestMigrationName } from './migrator.js'
import { availableDialects, openTestStore, type TestStore } from '../../test/helpers/stores.js'

const dialects = await availableDialects()

describe.each(dialects)('migrations on %s', (dialect) => {
  let t: TestStore
  beforeAll(async () => {
    t = await openTestStore(dialect)
  })
  afterAll(async () => {
    await t.cleanup()
  })

  it('reports every migration applied and applies nothing on a second run', async () => {
    const status = await t.store.migrationStatus()
    expect(status.map((s) => s.name)).toContain(latestMigrationName())
    expect(status.every((s) => s.executedAt !== null)).toBe(true)
    expect(await t.store.migrate()).toEqual([])
    await expect(t.store.checkReady()).resolves.toBeUndefined()
  })

  it('has a personal-data entry for every table and every mapped column exists', async () => {
    const tables = (await t.store.db.introspection.getTables()).filter((tb) => !tb.isView && !tb.name.startsWith('kysely_'))
    const names = tables.map((tb) => tb.name).sort()
    expect(names).toEqual(Object.keys(PERSONAL_DATA_MAP).sort())
    for (const table of tables) {
      const entry = PERSONAL_DATA_MAP[table.name as keyof typeof PERSONAL_DATA_MAP]
      if (!isPersonalTable(entry)) {
        continue
      }
      const columns = table.columns.map((c) => c.name)
      for (const column of [...Object.keys(entry.columns), ...(entry.subjectColumn ? [entry.subjectColumn] : [])]) {
        expect(columns, `${table.name}.${column}`).toContain(column)
      }
    }
  })

  it('gives every table id, created_at, updated_at and version columns', async () => {
    const tables = (await t.store.db.introspection.getTables()).filter((tb) => !tb.isView && !tb.name.startsWith('kysely_'))
    for (const table of tables) {
      const columns = table.columns.map((c) => c.name)
      expect(columns, table.name).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'version']))
    }
  })
})

describe('new database', () => {
  it('is not ready until migrated', async () => {
    const { openStore } = await import('./store.js')
    const { sqliteTestConfig } = await import('../../test/helpers/stores.js')
    const { createManualClock } = await import('../ops/clock.js')
    const { config } = sqliteTestConfig()
    const store = await openStore(config.storage, { clock: createManualClock() })
    await expect(store.checkReady()).rejects.toThrow(/pending migrations: 0001-initial-schema, 0002-project-members/)
    const pending = (await store.migrationStatus()).map((m) => m.name)
    expect(pending.slice(0, 3)).toEqual(['0001-initial-schema', '0002-project-members', '0003-api-tokens'])
    expect(await store.migrate()).toEqual(pending)
    await store.checkReady()
    await store.close()
  })
})
