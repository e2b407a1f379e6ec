import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type StartedServer } from '../http/start-server.js'

describe('security headers', () => {
  let server: StartedServer
  beforeAll(async () => {
    server = await startServer({ config: { server: { trustProxy: true } }, authenticate: () => Promise.resolve(null) })
  })
  afterAll(async () => {
    await server.close()
  })

  it('sends a same-origin CSP, frame denial, nosniff and no-referrer on JSON and problem answers', async () => {
    for (const path of ['/healthz', '/api/v1/openapi.json', '/api/v1/no-such-route']) {
      const response = await fetch(`${server.baseUrl}${path}`)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("script-src 'self'")
      expect(csp, path).toContain("object-src 'none'")
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).not.toContain('unsafe-inline')
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer')
    }
  })

  it('sends HSTS only when the request came over HTTPS', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).headers.get('strict-transport-security')).toBeNull()
    const https = await fetch(`${server.baseUrl}/healthz`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })
})
