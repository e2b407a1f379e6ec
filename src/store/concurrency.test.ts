import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../ops/clock.js'
import { epicsRepository } from '../modules/epics/epics.repository.js'
import { tasksRepository } from '../modules/tasks/tasks.repository.js'
import { openStore } from './store.js'
import { availableDialects, openTestStore, type TestStore } from '../../test/helpers/stores.js'

const WORKER = fileURLToPath(new URL('../../test/helpers/workers/store-worker.ts', import.meta.url))
const dialects = await availableDialects()

function storageEnv(t: TestStore): Record<string, string> {
  const s = t.config.storage
  return s.databaseUrl !== undefined
    ? { DATABASE_URL: s.databaseUrl }
    : { DURATION_DATA_DIR: s.dataDir, DURATION_DB_KEY: s.dbKey ?? '' }
}

function runWorker(t: TestStore, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...storageEnv(t), LOG_LEVEL: 'silent' }
  delete env.DURATION_CONFIG
  return spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
}

function waitForExit(child: ReturnType<typeof spawn>): Promise<{ code: number | null; stderr: string }> {
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })))
}

describe.each(dialects)('transactions under concurrency on %s', (dialect) => {
  let t: TestStore
  let epicId: string
  beforeAll(async () => {
    t = await openTestStore(dialect, systemClock)
    epicId = (await t.store.write((tx) => epicsRepository.insert(tx, { epicKey: 'CONC', name: 'Concurrency' }, systemClock))).id
  })
  afterAll(async () => {
    await t.cleanup()
  })

  async function newTask(key: string) {
    return t.store.write((tx) => tasksRepository.insert(tx, { epicId, taskKey: key, title: key }, systemClock))
  }

  it('counts all 1,000 increments made by 4 processes at once', async () => {
    const task = await newTask('multi-process')
    const children = Array.from({ length: 4 }, () => runWorker(t, ['increment', task.id, '250']))
    const exits = await Promise.all(children.map(waitForExit))
    expect(exits.map((e) => e.stderr)).toEqual(['', '', '', ''])
    expect(exits.map((e) => e.code)).toEqual([0, 0, 0, 0])
    const after = await tasksRepository.require(t.store.db, task.id)
    expect(after.actualMinutes).toBe(1000)
    expect(after.version).toBe(1001)
  }, 120_000)

  it('counts all 1,000 increments made over 16 connections at once', async () => {
    if (dialect === 'sqlite') {
      // SQLite has one connection per process; the 4-process test above is its concurrency proof.
      return
    }
    const task = await newTask('many-connections')
    const wide = await openStore({ ...t.config.storage, poolSize: 16 }, { clock: systemClock })
    try {
      await Promise.all(
        Array.from({ length: 1000 }, () => wide.write((tx) => tasksRepository.increment(tx, task.id, 'actualMinutes', 1, systemClock))),
      )
      expect(wide.poolStats().total).toBe(16)
    } finally {
      await wide.close()
    }
    expect((await tasksRepository.require(t.store.db, task.id)).actualMinutes).toBe(1000)
  }, 120_000)

  it('leaves the database consistent when a process is killed mid-transaction', async () => {
    const child = runWorker(t, ['hang-mid-write', epicId, '300'])
    const exited = waitForExit(child)
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (d: Buffer) => (d.toString().includes('ready') ? resolve() : undefined))
      child.on('exit', () => reject(new Error('worker exited before it was ready')))
    })
    child.kill('SIGKILL')
    expect((await exited).code).toBeNull()
    // a fresh connection sees no trace of the transaction
    const fresh = await openStore(t.config.storage, { clock: systemClock })
    try {
      const partial = await tasksRepository.list(fresh.db, { filters: { epicId }, limit: 200 })
      expect(partial.items.filter((x) => x.taskKey.startsWith('partial-'))).toEqual([])
      if (dialect === 'sqlite') {
        const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(fresh.db)
        expect(check.rows).toEqual([{ integrity_check: 'ok' }])
        const fk = await sql`pragma foreign_key_check`.execute(fresh.db)
        expect(fk.rows).toEqual([])
      }
      // and it still accepts writes
      const next = await fresh.write((tx) => tasksRepository.insert(tx, { epicId, taskKey: 'after-crash', title: 'ok' }, systemClock))
      expect(next.version).toBe(1)
    } finally {
      await fresh.close()
    }
  }, 60_000)
})
