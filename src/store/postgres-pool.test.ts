import { sql } from 'kysely'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { finalizeConfig } from '../config/load-config.js'
import { systemClock } from '../ops/clock.js'
import { createTestDatabase, POSTGRES_ADMIN_URL, postgresAvailable } from '../../test/helpers/services.js'
import { openStore } from './store.js'

describe.skipIf(!(await postgresAvailable()))('PostgreSQL pool', () => {
  it('survives idle connections killed by the server, with a warning, and keeps answering', async () => {
    const database = await createTestDatabase()
    const warnings: string[] = []
    let warned!: () => void
    const warning = new Promise<void>((resolve) => (warned = resolve))
    const store = await openStore(finalizeConfig({ storage: { databaseUrl: database.url, poolSize: 2 } }).storage, {
      clock: systemClock,
      onWarning: (message) => {
        warnings.push(message)
        warned()
      },
    })
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
    try {
      await sql`select 1`.execute(store.db) // leaves one idle connection in the pool
      await admin.connect()
      const name = new URL(database.url).pathname.slice(1)
      const killed = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name])
      expect(killed.rowCount).toBeGreaterThan(0)
      await warning
      expect(warnings[0]).toMatch(/^an idle PostgreSQL connection was lost: terminating connection due to administrator command/)
      const after = await sql<{ answer: number }>`select 42 as answer`.execute(store.db)
      expect(after.rows).toEqual([{ answer: 42 }])
    } finally {
      await admin.end()
      await store.close()
      await database.drop()
    }
  })
})
