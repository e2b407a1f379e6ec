/**
 * Storage layer cost: inserts/s and point reads/s through our repositories (Kysely, versioned rows,
 * transactions with BEGIN IMMEDIATE) against raw better-sqlite3 / raw pg doing the same SQL work.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { finalizeConfig } from '../src/config/load-config.js'
import { epicsRepository } from '../src/modules/epics/epics.repository.js'
import { tasksRepository } from '../src/modules/tasks/tasks.repository.js'
import { systemClock } from '../src/ops/clock.js'
import { newId } from '../src/store/ids.js'
import { openSqliteDatabase } from '../src/store/sqlite.js'
import { openStore, SQLITE_FILE_NAME, type Store } from '../src/store/store.js'
import { createTestDatabase, postgresAvailable } from '../test/helpers/services.js'
import { testKeyHex } from '../test/helpers/stores.js'
import { compareAlternating } from './harness.js'

const ROUND = { durationMs: 500, rounds: 3 }
let sequence = 0
const row = (epicId: string) => {
  const now = new Date().toISOString()
  sequence += 1
  return { id: newId(systemClock), created_at: now, updated_at: now, version: 1, epic_id: epicId, task_key: `b${sequence}`, title: 'bench task' }
}

async function seed(store: Store) {
  const epic = await store.write((tx) => epicsRepository.insert(tx, { epicKey: `BENCH-${Date.now()}`, name: 'bench' }, systemClock))
  const task = await store.write((tx) => tasksRepository.insert(tx, { epicId: epic.id, taskKey: 'read-me', title: 'read me' }, systemClock))
  return { epicId: epic.id, taskId: task.id }
}

async function benchSqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'duration-bench-'))
  const dbKey = testKeyHex()
  const config = finalizeConfig({ storage: { dataDir: dir, dbKey } })
  const store = await openStore(config.storage, { clock: systemClock })
  await store.migrate()
  const { epicId, taskId } = await seed(store)
  // The raw baseline opens the same encrypted file with the same pragmas (a second connection).
  const raw = openSqliteDatabase({ path: join(dir, SQLITE_FILE_NAME), key: Buffer.from(dbKey, 'hex'), busyTimeoutMs: 250 })
  const insert = raw.prepare('insert into tasks (id, created_at, updated_at, version, epic_id, task_key, title) values (@id, @created_at, @updated_at, @version, @epic_id, @task_key, @title) returning *')
  const begin = raw.prepare('begin immediate')
  const commit = raw.prepare('commit')
  const read = raw.prepare('select * from visible_tasks where id = ?')

  await compareAlternating('SQLite insert (one transaction each)',
    { name: 'repository', fn: () => store.write((tx) => tasksRepository.insert(tx, { epicId, taskKey: `r${++sequence}`, title: 'bench task' }, systemClock)) },
    { name: 'raw better-sqlite3', fn: () => {
      begin.run()
      insert.get(row(epicId))
      commit.run()
    } },
    { ...ROUND, batch: 20 },
  )
  await compareAlternating('SQLite point read (visible task by id)',
    { name: 'repository', fn: () => tasksRepository.findById(store.db, taskId) },
    { name: 'raw better-sqlite3', fn: () => read.get(taskId) },
    ROUND,
  )
  raw.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
}

async function benchPostgres() {
  if (!(await postgresAvailable())) {
    console.log('PostgreSQL unreachable: skipped')
    return
  }
  const database = await createTestDatabase()
  const config = finalizeConfig({ storage: { databaseUrl: database.url, poolSize: 4 } })
  const store = await openStore(config.storage, { clock: systemClock })
  await store.migrate()
  const { epicId, taskId } = await seed(store)
  const pool = new pg.Pool({ connectionString: database.url, max: 4 })
  const insertSql = 'insert into tasks (id, created_at, updated_at, version, epic_id, task_key, title) values ($1, $2, $3, $4, $5, $6, $7) returning *'
  await compareAlternating('PostgreSQL insert (one transaction each)',
    { name: 'repository', fn: () => store.write((tx) => tasksRepository.insert(tx, { epicId, taskKey: `r${++sequence}`, title: 'bench task' }, systemClock)) },
    { name: 'raw pg', fn: async () => {
      const client = await pool.connect()
      try {
        await client.query('begin')
        const r = row(epicId)
        await client.query(insertSql, [r.id, r.created_at, r.updated_at, r.version, r.epic_id, r.task_key, r.title])
        await client.query('commit')
      } finally {
        client.release()
      }
    } },
    { ...ROUND, batch: 20 },
  )
  await compareAlternating('PostgreSQL point read (visible task by id)',
    { name: 'repository', fn: () => tasksRepository.findById(store.db, taskId) },
    { name: 'raw pg', fn: () => pool.query('select * from visible_tasks where id = $1', [taskId]) },
    ROUND,
  )
  await pool.end()
  await store.close()
  await database.drop()
}

export async function run(): Promise<void> {
  await benchSqlite()
  await benchPostgres()
}
