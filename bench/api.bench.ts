/**
 * The API's cost per request: GET /api/v1/tasks/:id and a list endpoint, through the whole stack
 * (auth, policy, validation, store, serialization), against a bare Fastify route returning a
 * constant, both driven by autocannon over loopback in the same run.
 */
import type { AddressInfo } from 'node:net'
import autocannon from 'autocannon'
import Fastify from 'fastify'
import { rmSync } from 'node:fs'
import { createApp } from '../src/app.js'
import { finalizeConfig } from '../src/config/load-config.js'
import { usersRepository } from '../src/modules/users/users.repository.js'
import { systemClock } from '../src/ops/clock.js'
import { createLogger } from '../src/ops/logger.js'
import { sqliteTestConfig, testKeyHex } from '../test/helpers/stores.js'

const DURATION_S = 4
const CONNECTIONS = 10

interface Load {
  requestsPerSec: number
  p99Ms: number
  non2xx: number
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers })
  return { requestsPerSec: result.requests.average, p99Ms: result.latency.p99, non2xx: result.non2xx }
}

function print(subject: string, ours: Load, baseline: Load): void {
  console.log(
    `${subject.padEnd(36)} ours: ${ours.requestsPerSec.toFixed(0).padStart(6)} req/s p99 ${ours.p99Ms.toFixed(1)} ms` +
      `   bare Fastify: ${baseline.requestsPerSec.toFixed(0).padStart(6)} req/s p99 ${baseline.p99Ms.toFixed(1)} ms` +
      `   ratio ${(ours.requestsPerSec / baseline.requestsPerSec).toFixed(2)}x` +
      (ours.non2xx > 0 ? `   (${ours.non2xx} non-2xx!)` : ''),
  )
}

export async function run(): Promise<void> {
  const { config: base, dir } = sqliteTestConfig()
  const config = finalizeConfig({ storage: { ...base.storage }, audit: { secret: testKeyHex() }, log: { level: 'silent' } })
  const app = await createApp(config, { logger: createLogger({ level: 'silent' }) })
  await app.server.listen({ port: 0, host: '127.0.0.1' })
  const apiUrl = `http://127.0.0.1:${(app.server.server.address() as AddressInfo).port}`

  const owner = await app.store.write((tx) => usersRepository.insert(tx, { email: 'bench@example.test', displayName: 'Bench', role: 'owner' }, systemClock))
  const actor = { userId: owner.id, role: 'owner' as const, via: 'local' as const, scopes: null, credentialId: null }
  const { token } = await app.services.tokens.create(actor, { name: 'bench' })
  const epic = await app.services.epics.create(actor, { epicKey: 'BENCH', name: 'Bench' })
  let taskId = ''
  for (let i = 0; i < 50; i++) {
    const task = await app.services.tasks.create(actor, { epicId: epic.id, taskKey: `t${i}`, title: `Task ${i}`, testSpecs: ['a', 'b'] })
    taskId = task.id
  }
  const headers = { authorization: `Bearer ${token}` }

  const bare = Fastify()
  bare.get('/constant', () => ({ id: 'constant', title: 'A task', version: 1 }))
  await bare.listen({ port: 0, host: '127.0.0.1' })
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/constant`

  const baseline = await load(bareUrl)
  print('GET /api/v1/tasks/:id', await load(`${apiUrl}/api/v1/tasks/${taskId}`, headers), baseline)
  print('GET /api/v1/tasks?limit=20', await load(`${apiUrl}/api/v1/tasks?limit=20&epicId=${epic.id}`, headers), await load(bareUrl))

  await bare.close()
  await app.close()
  rmSync(dir, { recursive: true, force: true })
}
