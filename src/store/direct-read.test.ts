import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { epicsRepository } from '../modules/epics/epics.repository.js'
import { tasksRepository } from '../modules/tasks/tasks.repository.js'
import { systemClock } from '../ops/clock.js'
import { availableDialects, openTestStore, type TestStore } from '../../test/helpers/stores.js'
import { NOT_NOW, readDirectly } from './direct-read.js'

const dialects = await availableDialects()

describe.each(dialects)('point reads outside Kysely\'s mutex on %s', (dialect) => {
  let t: TestStore
  let epicId: string
  beforeAll(async () => {
    t = await openTestStore(dialect, systemClock)
    epicId = (await t.store.write((tx) => epicsRepository.insert(tx, { epicKey: 'FAST', name: 'Fast reads' }, systemClock))).id
  })
  afterAll(async () => {
    await t.cleanup()
  })

  it('is taken on SQLite only, and never for a transaction handle', async () => {
    const expected = dialect === 'sqlite' ? { answer: 42 } : NOT_NOW
    expect(readDirectly(t.store.db, 'select 42 as answer', [])).toEqual(expected)
    await t.store.write(async (tx) => {
      expect(readDirectly(tx, 'select 42 as answer', [])).toBe(NOT_NOW)
    })
  })

  it('returns the same entity as the transaction path', async () => {
    const created = await t.store.write((tx) => tasksRepository.insert(tx, { epicId, taskKey: 'same', title: 'Same', labels: ['a', 'b'] }, systemClock))
    const inside = await t.store.write((tx) => tasksRepository.findById(tx, created.id))
    const outside = await tasksRepository.findById(t.store.db, created.id)
    expect(outside).toEqual(inside)
    expect(outside?.labels).toEqual(['a', 'b'])
  })

  it('never reads a row another transaction has written but not committed', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    let inserted!: (id: string) => void
    const insertedId = new Promise<string>((resolve) => (inserted = resolve))
    const writing = t.store.write(async (tx) => {
      const task = await tasksRepository.insert(tx, { epicId, taskKey: 'dirty', title: 'Never committed' }, systemClock)
      inserted(task.id)
      await gate
      throw new Error('roll back on purpose')
    })
    const id = await insertedId
    const reading = tasksRepository.findById(t.store.db, id)
    release()
    await expect(writing).rejects.toThrow('roll back on purpose')
    expect(await reading).toBeUndefined()
  })
})
