import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { testKeyHex } from '../helpers/stores.js'

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url))
const dataDir = mkdtempSync(join(tmpdir(), 'duration-proc-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: dataDir, DURATION_DATA_DIR: dataDir, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, output: () => output }
}

/** Resolves when `probe` finds what it wants in the output, re-checking on every chunk the child writes. */
function waitFor<T>(proc: ReturnType<typeof startProcess>, probe: () => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = probe()
      if (value !== undefined) {
        proc.child.stdout.off('data', check)
        resolve(value)
      }
    }
    proc.child.stdout.on('data', check)
    void proc.exited.then(() => reject(new Error(`process exited early:\n${proc.output()}`)))
    check()
  })
}

describe('the server process', () => {
  it('serves, then stops cleanly on SIGTERM with exit code 0', async () => {
    const proc = startProcess({ DURATION_DB_KEY: testKeyHex(), LOG_LEVEL: 'info' })
    const url = await waitFor(proc, () => /Duration listening on (http:\/\/[^"\s]+)/.exec(proc.output())?.[1])
    const health = await fetch(`${url}/healthz`)
    expect(health.status).toBe(200)
    proc.child.kill('SIGTERM')
    expect(await proc.exited).toBe(0)
    expect(proc.output()).toContain('"msg":"stopped"')
  }, 90_000)

  it('refuses to start on an invalid setting with one line naming it and exit code 2', async () => {
    const proc = startProcess({ PORT: 'eighty' })
    expect(await proc.exited).toBe(2)
    expect(proc.output().trim()).toBe('duration: invalid setting PORT (server.port): Expected integer')
  }, 90_000)

  it('refuses to open an existing database with a wrong key, in one line, exit code 1', async () => {
    const key = testKeyHex()
    const first = startProcess({ DURATION_DB_KEY: key, DURATION_DATA_DIR: join(dataDir, 'wrong-key') })
    await waitFor(first, () => (first.output().includes('Duration listening') ? true : undefined))
    first.child.kill('SIGTERM')
    await first.exited
    const second = startProcess({ DURATION_DB_KEY: testKeyHex(), DURATION_DATA_DIR: join(dataDir, 'wrong-key') })
    expect(await second.exited).toBe(1)
    expect(second.output()).toMatch(/^duration: cannot decrypt .*duration\.db: the key does not match this database\n$/)
  }, 90_000)
})
