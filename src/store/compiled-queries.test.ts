import { CompiledQuery } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../ops/clock.js'
import { openTestStore, type TestStore } from '../../test/helpers/stores.js'
import { compiledTemplate } from './compiled-queries.js'

describe('compiled query templates', () => {
  let a: TestStore
  let b: TestStore
  beforeAll(async () => {
    a = await openTestStore('sqlite', systemClock)
    b = await openTestStore('sqlite', systemClock)
  })
  afterAll(async () => {
    await a.cleanup()
    await b.cleanup()
  })

  it('compiles a shape once per store, shared by the store and all its transactions', async () => {
    let compiles = 0
    const compile = () => {
      compiles += 1
      return CompiledQuery.raw('select 1', [])
    }
    compiledTemplate(a.store.db, 'shape', compile)
    await a.store.write(async (tx) => compiledTemplate(tx, 'shape', compile))
    await a.store.write(async (tx) => compiledTemplate(tx, 'shape', compile))
    expect(compiles).toBe(1)
    // another store (possibly another dialect) keeps templates of its own
    compiledTemplate(b.store.db, 'shape', compile)
    await b.store.write(async (tx) => compiledTemplate(tx, 'shape', compile))
    expect(compiles).toBe(2)
  })
})
