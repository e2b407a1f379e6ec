import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../../src/app.js'
import { runCli } from '../../src/cli/run.js'
import { loadConfig } from '../../src/config/load-config.js'
import type { Actor } from '../../src/identity/actor.js'
import { createLogger } from '../../src/ops/logger.js'
import type { Dialect } from '../../src/store/store.js'
import { availableDialects } from '../helpers/stores.js'
import { cliEnv, recordingIo, type CliEnv } from './cli-env.js'

const dialects = await availableDialects()

async function openApp(target: CliEnv): Promise<App> {
  return createApp(loadConfig(target.env, target.cwd), { logger: createLogger({ level: 'silent' }) })
}

/** Test-only: an attacker with database rights first removes the append-only triggers. */
async function dropAppendOnlyGuard(app: App, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(app.store.db)
  } else {
    await sql`drop trigger audit_log_no_update`.execute(app.store.db)
    await sql`drop trigger audit_log_no_delete`.execute(app.store.db)
  }
}

describe.each(dialects)('audit chain integrity on %s', (dialect) => {
  let target: CliEnv
  beforeAll(async () => {
    target = await cliEnv(dialect)
  })
  afterAll(async () => {
    await target.cleanup()
  })

  it('refuses updates and deletes of audit entries through the application connection', async () => {
    const app = await openApp(target)
    try {
      await app.services.identity.accounts.createLocally({ email: 'first@example.test', displayName: 'First', role: 'owner', password: 'granite-river-phrase-3' })
      await expect(sql`update audit_log set action = 'x'`.execute(app.store.db)).rejects.toThrow(/append-only/)
      await expect(sql`delete from audit_log`.execute(app.store.db)).rejects.toThrow(/append-only/)
    } finally {
      await app.close()
    }
  })

  it('reports an edited entry and a deleted entry with their positions, exiting 1', async () => {
    const app = await openApp(target)
    try {
      const actor: Actor = { userId: '01900000-0000-7000-8000-000000000009', role: 'owner', via: 'local', scopes: null, credentialId: null }
      for (let i = 0; i < 8; i++) {
        await app.services.identity.tokens.create({ ...actor, userId: (await app.services.admin.listUsers({})).items[0]?.id ?? '' }, { name: `t${i}` })
      }
      expect(await app.services.auditLog.verify()).toEqual({ checked: 9, headSeq: 9, problems: [], ok: true })
      await dropAppendOnlyGuard(app, dialect)
      await sql`update audit_log set data = ${JSON.stringify({ after: { name: 'forged' } })} where seq = 4`.execute(app.store.db)
      await sql`delete from audit_log where seq = 7`.execute(app.store.db)
    } finally {
      await app.close()
    }
    const broken = recordingIo(target)
    expect(await runCli(['audit', 'verify'], broken)).toBe(1)
    expect(broken.output()).toContain('ALTERED at position 4: entry 4 was altered (its MAC does not match its content)\n')
    expect(broken.output()).toContain('MISSING at position 7: entry 7 is missing\n')
    expect(broken.output()).toContain('audit chain BROKEN: first problem at position 4\n')
    expect(broken.output()).toMatch(/^checked 8 entries \(chain head at 9\)\n/)
  })

  it('exports entries as JSON Lines from the command line and audits the export', async () => {
    const io = recordingIo(target)
    expect(await runCli(['audit', 'export', '--entity', 'token'], io)).toBe(0)
    const lines = io.output().trim().split('\n').map((line) => JSON.parse(line) as { seq: number; action: string; mac: string })
    expect(lines.map((line) => line.seq)).toEqual([2, 3, 4, 5, 6, 8, 9])
    expect(lines.every((line) => line.action === 'token.create' && /^[0-9a-f]{64}$/.test(line.mac))).toBe(true)
    const app = await openApp(target)
    try {
      const exports = await app.services.auditLog.query({ action: 'audit.export' })
      expect(exports.items[0]).toMatchObject({ actorVia: 'local', data: { after: { filters: { entity: 'token' } } } })
    } finally {
      await app.close()
    }
  })
})
