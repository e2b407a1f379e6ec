import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import { runCli } from '../../src/cli/run.js'
import { ConfigError, loadConfig } from '../../src/config/load-config.js'
import { createLogger } from '../../src/ops/logger.js'
import { availableDialects } from '../helpers/stores.js'
import { cliEnv, recordingIo, type CliEnv } from './cli-env.js'

const dialects = await availableDialects()

describe.each(dialects)('admin accounts from the command line and the environment on %s', (dialect) => {
  let target: CliEnv
  beforeAll(async () => {
    target = await cliEnv(dialect)
  })
  afterAll(async () => {
    await target.cleanup()
  })

  it('creates the first user as owner from a piped password, and later ones as admin', async () => {
    const io = recordingIo(target, 'lantern-strong-phrase-55\n')
    expect(await runCli(['admin', 'create', '--email', 'Owner@Example.test', '--name', 'Olga'], io)).toBe(0)
    expect(io.output()).toMatch(/^created owner owner@example\.test \([0-9a-f-]{36}\)\n$/)
    const second = recordingIo(target, 'maple-strong-phrase-66\n')
    expect(await runCli(['admin', 'create', '--email', 'deputy@example.test'], second)).toBe(0)
    expect(second.output()).toMatch(/^created admin deputy@example\.test/)
    const logLines: string[] = []
    const app = await createApp(loadConfig(target.env, target.cwd), { logger: createLogger({ level: 'info', destination: { write: (l: string) => logLines.push(l) } }) })
    try {
      const result = await app.services.identity.login.login({ email: 'owner@example.test', password: 'lantern-strong-phrase-55', ip: '127.0.0.1' })
      expect(result).toMatchObject({ state: 'active', user: { role: 'owner', displayName: 'Olga' } })
      const entry = await app.store.db.selectFrom('audit_log').select(['actor_via', 'actor_user_id']).where('action', '=', 'user.create').orderBy('seq').executeTakeFirstOrThrow()
      expect(entry).toEqual({ actor_via: 'local', actor_user_id: null })
    } finally {
      await app.close()
    }
  })

  it('refuses a weak password or a missing e-mail with exit code 1 and one line', async () => {
    const weak = recordingIo(target, 'password123456\n')
    expect(await runCli(['admin', 'create', '--email', 'weak@example.test'], weak)).toBe(1)
    expect(weak.errors()).toBe('duration: the password is a commonly used password\n')
    const noEmail = recordingIo(target, 'lantern-strong-phrase-55\n')
    expect(await runCli(['admin', 'create'], noEmail)).toBe(1)
    expect(noEmail.errors()).toContain('--email is required')
  })

  it('creates the first owner on start from DURATION_ADMIN_* only when no user exists, never logging the password', async () => {
    const fresh = await cliEnv(dialect)
    const password = 'unattended-setup-phrase-8'
    const env = { ...fresh.env, DURATION_ADMIN_EMAIL: 'ops@example.test', DURATION_ADMIN_PASSWORD: password }
    const logLines: string[] = []
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => logLines.push(line) } })
    try {
      const config = loadConfig(env, fresh.cwd)
      logger.info({ config }, 'effective configuration')
      for (let start = 0; start < 2; start++) {
        const app = await createApp(config, { logger })
        const users = await app.services.admin.listUsers({})
        expect(users.items.map((user) => [user.email, user.role])).toEqual([['ops@example.test', 'owner']])
        await app.close()
      }
      expect(logLines.filter((line) => line.includes('created the first owner'))).toHaveLength(1)
      expect(logLines.join('')).not.toContain(password)
      await expect(createApp(loadConfig({ ...env, DURATION_ADMIN_PASSWORD: 'qwertyuiop123' }, fresh.cwd), { logger })).rejects.toThrow(ConfigError)
      await expect(createApp(loadConfig({ ...fresh.env, DURATION_ADMIN_EMAIL: 'x@example.test' }, fresh.cwd), { logger })).rejects.toThrow(
        'DURATION_ADMIN_EMAIL and DURATION_ADMIN_PASSWORD must be set together',
      )
    } finally {
      await fresh.cleanup()
    }
  })
})
