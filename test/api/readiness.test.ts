import { afterEach, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../helpers/app.js'
import { REDIS_TEST_URL, redisAvailable } from '../helpers/services.js'

const haveRedis = await redisAvailable()

describe.skipIf(!haveRedis)('readiness with Redis configured', () => {
  let t: TestApp | undefined
  afterEach(async () => {
    await t?.close()
    t = undefined
  })

  it('reports database and redis ready when both answer', async () => {
    t = await startTestApp('sqlite', { redis: { url: REDIS_TEST_URL } })
    const response = await t.request('GET', '/readyz')
    expect(response.status).toBe(200)
    expect((response.body as { checks: Array<{ name: string; status: string }> }).checks.map((c) => [c.name, c.status])).toEqual([
      ['database', 'ok'],
      ['redis', 'ok'],
    ])
  })

  it('answers 503 naming redis when Redis is unreachable', async () => {
    t = await startTestApp('sqlite', { redis: { url: 'redis://127.0.0.1:1' } })
    const response = await t.request('GET', '/readyz')
    expect(response.status).toBe(503)
    expect(JSON.stringify(response.body)).toContain('redis')
    expect(JSON.stringify(response.body)).not.toContain('ECONNREFUSED')
  })
})
