import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type StartedServer } from './start-server.js'
import { thingsRoutes } from './things.plugin.js'

let healthy: StartedServer
let unhealthy: StartedServer

beforeAll(async () => {
  healthy = await startServer({
    routes: [thingsRoutes],
    readiness: [{ name: 'database', check: () => Promise.resolve() }],
  })
  unhealthy = await startServer({
    readinessTimeoutMs: 50,
    readiness: [
      { name: 'database', check: () => Promise.resolve() },
      { name: 'redis', check: () => Promise.reject(new Error('connect ECONNREFUSED redis://admin:s3cret@10.0.0.5:6379')) },
      { name: 'search', check: () => new Promise<void>(() => undefined) },
    ],
  })
})

afterAll(async () => {
  await Promise.all([healthy.close(), unhealthy.close()])
})

describe('GET /healthz', () => {
  it('answers 200 ok when the process is up', async () => {
    const response = await fetch(`${healthy.baseUrl}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })
})

describe('GET /readyz', () => {
  it('answers 200 with each check when every check passes', async () => {
    const response = await fetch(`${healthy.baseUrl}/readyz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', checks: [{ name: 'database', status: 'ok', durationMs: 0 }] })
  })

  it('answers 503 naming failing and slow checks without their error text', async () => {
    const response = await fetch(`${unhealthy.baseUrl}/readyz`)
    const text = await response.text()
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    const body = JSON.parse(text) as Record<string, unknown>
    expect(body['type']).toBe('urn:duration:problem:unavailable')
    expect(body['detail']).toBe('Not ready: redis, search.')
    expect(body['checks']).toEqual([
      { name: 'database', status: 'ok', durationMs: 0 },
      { name: 'redis', status: 'failing', durationMs: 0 },
      { name: 'search', status: 'timeout', durationMs: 0 },
    ])
    expect(text).not.toContain('ECONNREFUSED')
    expect(text).not.toContain('s3cret')
  })

  it('logs the failing check without the credentials of its URL', async () => {
    await fetch(`${unhealthy.baseUrl}/readyz`)
    const logged = unhealthy.logLines.join('')
    expect(logged).toContain('readiness check failed')
    expect(logged).toContain('ECONNREFUSED')
    expect(logged).not.toContain('s3cret')
  })
})

describe('GET /metrics', () => {
  it('counts requests by route pattern, not raw URL', async () => {
    await fetch(`${healthy.baseUrl}/api/v1/things/123`)
    await fetch(`${healthy.baseUrl}/api/v1/things/456`)
    const response = await fetch(`${healthy.baseUrl}/metrics`)
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/plain')
    expect(text).toContain('duration_http_requests_total{method="GET",route="/api/v1/things/:id",status="200"} 2')
    expect(text).not.toContain('/api/v1/things/123')
    expect(text).toContain('duration_http_request_duration_seconds_bucket')
    expect(text).toContain('duration_nodejs_eventloop_lag_seconds')
    expect(text).toContain('duration_process_cpu_seconds_total')
  })
})
