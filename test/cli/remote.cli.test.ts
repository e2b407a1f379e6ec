import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/app.js'
import { examplesDir, readExample } from '../imports/import-support.js'
import { cli } from './cli-support.js'

/** A loopback port nobody listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

const examples = ['reporting-filters.epic.json', 'csv-export.epic.json', 'focus-sounds.epic.json'].map((name) => join(examplesDir, name))

describe('duration CLI, remote mode', () => {
  let t: TestApp
  let owner: SignedIn
  let dir: string
  let remote: string[]
  beforeAll(async () => {
    t = await startTestApp('sqlite')
    owner = await t.signIn('owner')
    dir = mkdtempSync(join(tmpdir(), 'duration-remote-'))
    remote = ['--server', t.baseUrl, '--token', owner.token]
  })
  afterAll(async () => {
    await t.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('imports files through the API with the same progress lines as local mode', async () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ format: 'duration-epic', version: 1, epic: { key: 'BAD', name: 'x', status: 'sleeping', tasks: [] } }))
    const run = await cli(['import', 'epics', ...examples, bad, ...remote], {}, dir)
    expect(run.out.split('\n')).toEqual([
      '[1/4] reporting-filters.epic.json: epic RPT created, 4 tasks (4 created), 4 dependencies (4 created; unresolved SND.1b.2)',
      '[2/4] csv-export.epic.json: epic CSV created, 6 tasks (6 created), 6 dependencies (6 created)',
      '[3/4] focus-sounds.epic.json: epic SND created, 3 tasks (3 created), 2 dependencies (2 created)',
      '[4/4] bad.json: failed: server answered 400: epic file has 1 problem: /epic/status unknown epic status "sleeping"',
      'imported 3 of 4 files: epics (3 created), tasks (13 created), unresolved dependencies 1; 1 failed',
      '',
    ])
    expect(run).toMatchObject({ code: 1, err: 'duration: 1 of 4 files failed to import\n' })
  })

  it('exports through the API byte-identical to the file, server and token from the environment', async () => {
    const env = { DURATION_SERVER: t.baseUrl, DURATION_TOKEN: owner.token }
    expect(await cli(['export', 'epic', 'CSV'], env, dir)).toEqual({ code: 0, out: readExample('csv-export.epic.json'), err: '' })
    expect(await cli(['export', 'epic', 'NOPE'], env, dir)).toEqual({ code: 1, out: '', err: 'duration: server answered 404: epic NOPE not found\n' })
  })

  it('runs the calculators on the server with the same output as locally', async () => {
    const env = { DURATION_SERVER: t.baseUrl, DURATION_TOKEN: owner.token }
    for (const argv of [
      ['calc', 'parse', '1,5 dias'], ['calc', 'format', '10.5', '--locale', 'en'], ['calc', 'format', '2', '5'],
      ['calc', 'business-days', '2025-09-01', '2025-09-12'], ['calc', 'add-business-days', '2025-09-08', '-1'],
    ]) {
      expect(await cli(argv, env, dir), argv.join(' ')).toEqual(await cli(argv, {}, dir))
    }
    expect(await cli(['calc', 'parse', 'abc'], env, dir)).toMatchObject({ code: 1, err: expect.stringMatching(/^duration: server answered 400: Invalid duration 'abc'/) as unknown })
  })

  it('stops with one line on a bad token, a missing token or an unreachable server', async () => {
    const badToken = await cli(['import', 'epics', ...examples, '--server', t.baseUrl, '--token', 'dur_nope'], {}, dir)
    expect(badToken).toEqual({ code: 1, out: '', err: 'duration: server answered 401: authentication required\n' })
    expect(await cli(['calc', 'parse', '1 dia', '--server', t.baseUrl], {}, dir))
      .toEqual({ code: 1, out: '', err: 'duration: --server needs an API token: pass --token or set DURATION_TOKEN\n' })
    const port = await closedPort()
    const down = await cli(['calc', 'parse', '1 dia', '--server', `http://127.0.0.1:${port}`, '--token', owner.token], {}, dir)
    expect(down).toEqual({ code: 1, out: '', err: `duration: cannot reach http://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}\n` })
  })
})
