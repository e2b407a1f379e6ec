/**
 * Multi-process suite: two OS processes append audited changes to one database at the same time.
 * Slow by nature (two tsx start-ups and 1,000 serialised transactions), so it lives in its own file.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../../src/app.js'
import { loadConfig } from '../../src/config/load-config.js'
import { createLogger } from '../../src/ops/logger.js'
import { availableDialects } from '../helpers/stores.js'
import { cliEnv, type CliEnv } from './cli-env.js'

const WORKER = fileURLToPath(new URL('./workers/audit-worker.ts', import.meta.url))
const dialects = await availableDialects()

function openApp(target: CliEnv): Promise<App> {
  return createApp(loadConfig(target.env, target.cwd), { logger: createLogger({ level: 'silent' }) })
}

function runWorker(target: CliEnv, userId: string, count: number): Promise<{ code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...target.env }
  delete env.DURATION_CONFIG
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, userId, String(count)], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })))
}

describe.each(dialects)('audit chain under two writing processes on %s', (dialect) => {
  let target: CliEnv
  beforeAll(async () => {
    target = await cliEnv(dialect)
  })
  afterAll(async () => {
    await target.cleanup()
  })

  it('keeps one valid chain when two processes append 500 audited changes each at once', { timeout: 120_000 }, async () => {
    let app = await openApp(target)
    const user = await app.services.identity.accounts.createLocally({ email: 'busy@example.test', displayName: 'Busy', role: 'owner', password: 'granite-river-phrase-3' })
    await app.close()
    const results = await Promise.all([runWorker(target, user.id, 500), runWorker(target, user.id, 500)])
    expect(results.map((result) => [result.code, result.stderr])).toEqual([[0, ''], [0, '']])
    app = await openApp(target)
    try {
      const report = await app.services.auditLog.verify()
      expect(report).toEqual({ checked: 1001, headSeq: 1001, problems: [], ok: true })
      const updates = await app.services.auditLog.query({ action: 'user.update', limit: 1 })
      expect(updates.total).toBe(1000)
      expect((await app.services.admin.listUsers({})).items[0]?.totalPoints).toBe(1000)
    } finally {
      await app.close()
    }
  })
})
