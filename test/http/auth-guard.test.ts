import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../src/identity/actor.js'
import { startServer, type StartedServer } from './start-server.js'
import { thingsRoutes } from './things.plugin.js'

const viewer: Actor = { userId: '01900000-0000-7000-8000-000000000002', role: 'viewer', via: 'token', scopes: null, credentialId: null }
const scopedMember: Actor = { userId: '01900000-0000-7000-8000-000000000003', role: 'member', via: 'token', scopes: ['clients:read'], credentialId: 't1' }

describe('auth guard', () => {
  let server: StartedServer
  beforeAll(async () => {
    server = await startServer({
      routes: [thingsRoutes],
      authenticate: ({ authorization }) =>
        Promise.resolve(authorization === 'Bearer viewer' ? viewer : authorization === 'Bearer scoped' ? scopedMember : null),
    })
  })
  afterAll(async () => {
    await server.close()
  })

  it('answers 401 problem+json to an anonymous caller on a non-public route', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/things/1`)
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect((await response.json())).toMatchObject({ type: 'urn:duration:problem:unauthenticated', status: 401 })
  })

  it('answers 403 when the role lacks the permission, before the body is parsed', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/things/1`, {
      method: 'POST', headers: { authorization: 'Bearer viewer', 'content-type': 'application/json' }, body: '{not json',
    })
    expect(response.status).toBe(403)
    expect((await response.json())).toMatchObject({ type: 'urn:duration:problem:forbidden' })
  })

  it('limits a token to its scopes', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/things/1`, { headers: { authorization: 'Bearer scoped' } })
    expect(response.status).toBe(403)
  })

  it('lets public routes through without credentials', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200)
  })
})
