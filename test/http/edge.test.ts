import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type StartedServer } from './start-server.js'
import { thingsRoutes } from './things.plugin.js'

let server: StartedServer
let proxied: StartedServer

beforeAll(async () => {
  server = await startServer({ routes: [thingsRoutes] })
  proxied = await startServer({ routes: [thingsRoutes], config: { server: { trustProxy: true } } })
})

afterAll(async () => {
  await Promise.all([server.close(), proxied.close()])
})

describe('request id', () => {
  it('echoes a safe incoming x-request-id when the client sends one', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/things/1`, { headers: { 'x-request-id': 'edge.proxy-42_a' } })
    expect(response.headers.get('x-request-id')).toBe('edge.proxy-42_a')
  })

  it('replaces the incoming id with a UUID when it has unsafe characters', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/things/1`, { headers: { 'x-request-id': 'evil id\\n{}' } })
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })

  it('replaces the incoming id with a UUID when it is longer than 64 characters', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`, { headers: { 'x-request-id': 'a'.repeat(65) } })
    expect(response.headers.get('x-request-id')).toHaveLength(36)
  })

  it('puts the request id on every log line of the request', async () => {
    await fetch(`${server.baseUrl}/api/v1/things/missing`, { headers: { 'x-request-id': 'trace-every-line' } })
    const lines = server.logLines.filter((line) => line.includes('trace-every-line'))
    const messages = lines.map((line) => (JSON.parse(line) as { msg: string; requestId: string }))
    expect(messages.map((entry) => entry.msg)).toEqual(['incoming request', 'request rejected', 'request completed'])
    expect(messages.every((entry) => entry.requestId === 'trace-every-line')).toBe(true)
  })
})

describe('request logging', () => {
  it('keeps credentials and sensitive query values out of the log when a request carries them', async () => {
    await fetch(`${server.baseUrl}/api/v1/things/1?token=tok-in-query&limit=5`, {
      headers: { authorization: 'Bearer bearer-secret', cookie: 'sid=cookie-secret', 'x-request-id': 'redaction-1' },
    })
    const lines = server.logLines.filter((line) => line.includes('redaction-1')).join('')
    expect(lines).toContain('/api/v1/things/1?token=[redacted]&limit=5')
    for (const secret of ['tok-in-query', 'bearer-secret', 'cookie-secret']) {
      expect(lines).not.toContain(secret)
    }
  })
})

describe('security headers', () => {
  it('sends a same-origin CSP, nosniff and frame denial on API responses', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/things/1`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })

  it('sends the same headers on 404 problems', async () => {
    const response = await fetch(`${server.baseUrl}/nowhere`)
    expect(response.status).toBe(404)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('omits HSTS when the request came over plain HTTP', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })

  it('sends HSTS when a trusted proxy says the request came over HTTPS', async () => {
    const response = await fetch(`${proxied.baseUrl}/healthz`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })
})
