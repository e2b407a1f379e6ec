import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveLocalActor } from '../../src/cli/local-app.js'
import { openTestStore, type TestStore } from '../helpers/stores.js'
import { createUser, examplesDir, readExample } from '../imports/import-support.js'
import { cli, createCliDatabase, type CliDatabase } from './cli-support.js'

const csv = join(examplesDir, 'csv-export.epic.json')

describe('resolveLocalActor', () => {
  let t: TestStore
  beforeAll(async () => {
    t = await openTestStore('sqlite')
  })
  afterAll(async () => {
    await t.cleanup()
  })

  it('explains how to create a user when nobody can act', async () => {
    await expect(resolveLocalActor(t.store, undefined)).rejects.toThrow(
      'no owner or admin user exists yet: create one with `duration admin create --email <you@example.com>`, or pass --as <email>',
    )
  })

  it('picks the only admin when there is no owner, and the only owner over admins', async () => {
    const admin = await createUser(t.store, t.clock, 'admin', 'ada')
    expect(await resolveLocalActor(t.store, undefined)).toMatchObject({ userId: admin.userId, role: 'admin', via: 'local' })
    const owner = await createUser(t.store, t.clock, 'owner', 'otto')
    expect(await resolveLocalActor(t.store, undefined)).toMatchObject({ userId: owner.userId, role: 'owner' })
  })

  it('refuses to guess between two owners, and finds anyone by --as', async () => {
    await createUser(t.store, t.clock, 'owner', 'oona')
    await expect(resolveLocalActor(t.store, undefined)).rejects.toThrow('several owners exist: choose one with --as <email>')
    expect(await resolveLocalActor(t.store, 'ADA@example.test')).toMatchObject({ role: 'admin' })
    await expect(resolveLocalActor(t.store, 'ghost@example.test')).rejects.toThrow('active user ghost@example.test not found')
  })
})

describe('duration local mode errors', () => {
  let db: CliDatabase
  beforeAll(async () => {
    db = await createCliDatabase('sqlite')
  })
  afterAll(async () => {
    await db.cleanup()
  })

  it('fails with one line when no user can act', async () => {
    expect(await cli(['import', 'epics', csv], db.env, db.dir)).toEqual({
      code: 1, out: '', err: 'duration: no owner or admin user exists yet: create one with `duration admin create --email <you@example.com>`, or pass --as <email>\n',
    })
  })

  it('refuses a viewer chosen with --as, like the HTTP route would', async () => {
    await db.addUser('viewer', 'vera')
    expect(await cli(['import', 'epics', csv, '--as', 'vera@example.test'], db.env, db.dir))
      .toEqual({ code: 1, out: '', err: 'duration: vera@example.test lacks the imports:write permission\n' })
  })

  it('prints an export on standard output, and one line for an unknown epic', async () => {
    await db.addUser('owner', 'olga')
    expect((await cli(['import', 'epics', csv], db.env, db.dir)).code).toBe(0)
    expect(await cli(['export', 'epic', 'CSV'], db.env, db.dir)).toEqual({ code: 0, out: readExample('csv-export.epic.json'), err: '' })
    expect(await cli(['export', 'epic', 'NOPE'], db.env, db.dir)).toEqual({ code: 1, out: '', err: 'duration: epic NOPE not found\n' })
  })
})
