import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { sqliteTestConfig } from '../../test/helpers/stores.js'
import { runCli } from './run.js'

const { config, dir } = sqliteTestConfig()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function cli(args: string[], env: Record<string, string> = {}) {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    env: { DURATION_DATA_DIR: config.storage.dataDir, DURATION_DB_KEY: config.storage.dbKey ?? '', ...env },
    cwd: dir,
  })
  return { code, out, err }
}

describe('duration db', () => {
  it('lists every migration as pending, applies them, then reports the database up to date', async () => {
    const before = await cli(['db', 'status'])
    expect(before.code).toBe(0)
    expect(before.out).toMatch(/^dialect: sqlite\npending {2}0001-initial-schema\n/)
    const migrate = await cli(['db', 'migrate'])
    expect(migrate.code).toBe(0)
    expect(migrate.out).toMatch(/^applied 0001-initial-schema\napplied 0002-project-members\n/)
    expect((await cli(['db', 'migrate'])).out).toBe('database is up to date\n')
    const status = JSON.parse((await cli(['db', 'status', '--json'])).out) as { migrations: Array<{ executedAt: string | null }> }
    expect(status.migrations.every((m) => m.executedAt !== null)).toBe(true)
  })

  it('fails with one line and exit code 2 on a bad setting, and 1 on a wrong key', async () => {
    expect(await cli(['db', 'status'], { DURATION_DB_KEY: 'nope' })).toMatchObject({
      code: 2,
      err: 'duration: invalid setting DURATION_DB_KEY (storage.dbKey): Expected string to match \'^[0-9a-fA-F]{64}$\'\n',
    })
    const wrong = await cli(['db', 'status'], { DURATION_DB_KEY: 'ab'.repeat(32) })
    expect(wrong.code).toBe(1)
    expect(wrong.err).toMatch(/^duration: cannot decrypt .* the key does not match this database\n$/)
  })

  it('prints help for a command and exits 0, and exits non-zero on an unknown command', async () => {
    const help = await cli(['db', '--help'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('migrate')
    expect((await cli(['nope'])).code).not.toBe(0)
  })
})
