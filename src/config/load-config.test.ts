import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENV_NON_SETTINGS, ENV_SETTINGS } from './config.schema.js'
import { ConfigError, loadConfig } from './load-config.js'

const emptyDir = () => mkdtempSync(join(tmpdir(), 'duration-cfg-'))

describe('loadConfig', () => {
  it('applies the documented defaults when nothing is set', () => {
    const config = loadConfig({}, emptyDir())
    expect(config.server).toEqual({ host: '127.0.0.1', port: 3000, trustProxy: false, shutdownGraceMs: 10_000 })
    expect(config.storage.dataDir).toBe('./data')
    expect(config.storage.databaseUrl).toBeUndefined()
    expect(config.storage.insecurePlaintext).toBe(false)
    expect(config.redis.url).toBeUndefined()
    expect(config.log.level).toBe('info')
    expect(config.calendar).toEqual({ country: 'BR', timeZone: 'America/Sao_Paulo' })
    expect(Object.isFrozen(config.storage)).toBe(true)
  })

  it('reads flat environment names into the nested object with types converted', () => {
    const config = loadConfig(
      { PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: 'postgres://x@h/db', DURATION_INSECURE_PLAINTEXT: '1', LOG_LEVEL: 'debug', REDIS_URL: 'redis://r:6379' },
      emptyDir(),
    )
    expect(config.server.port).toBe(8080)
    expect(config.server.host).toBe('0.0.0.0')
    expect(config.storage.databaseUrl).toBe('postgres://x@h/db')
    expect(config.storage.insecurePlaintext).toBe(true)
    expect(config.log.level).toBe('debug')
    expect(config.redis.url).toBe('redis://r:6379')
  })

  it('lets the environment override duration.config.json', () => {
    const dir = emptyDir()
    writeFileSync(join(dir, 'duration.config.json'), JSON.stringify({ server: { port: 4000, host: '::1' } }))
    const config = loadConfig({ PORT: '5000' }, dir)
    expect(config.server.port).toBe(5000)
    expect(config.server.host).toBe('::1')
  })

  it.each([
    [{ PORT: 'eighty' }, /PORT \(server\.port\)/],
    [{ PORT: '70000' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ DURATION_DB_KEY: 'abc' }, /DURATION_DB_KEY/],
    [{ DURATION_DATADIR: './x' }, /unknown setting DURATION_DATADIR/],
  ])('stops with a message naming the setting for %o', (env, message) => {
    expect(() => loadConfig(env, emptyDir())).toThrow(ConfigError)
    expect(() => loadConfig(env, emptyDir())).toThrow(message)
  })

  it('rejects unknown keys in the config file, naming them', () => {
    const dir = emptyDir()
    writeFileSync(join(dir, 'duration.config.json'), JSON.stringify({ server: { prot: 1 } }))
    expect(() => loadConfig({}, dir)).toThrow(/server\.prot: unknown setting/)
  })

  it('rejects a config file that is not JSON', () => {
    const dir = emptyDir()
    writeFileSync(join(dir, 'duration.config.json'), '{ nope')
    expect(() => loadConfig({}, dir)).toThrow(/is not valid JSON/)
  })

  it('documents every environment setting in docs/configuration.md and nothing more', () => {
    const doc = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8')
    const documented = new Set([...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]))
    expect([...documented].sort()).toEqual([...Object.keys(ENV_SETTINGS), ...ENV_NON_SETTINGS].sort())
  })
})
