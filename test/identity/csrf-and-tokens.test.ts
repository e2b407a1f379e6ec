import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'
import { browserHeaders, createPasswordUser, login, startIdentityApp, type Jar } from './identity-helpers.js'

const dialects = await availableDialects()

describe.each(dialects)('CSRF and API tokens on %s', (dialect) => {
  let t: TestApp
  let jar: Jar
  beforeAll(async () => {
    t = await startIdentityApp(dialect)
    const user = await createPasswordUser(t, 'member')
    jar = (await login(t, user.email, user.password)).jar
  })
  afterAll(async () => {
    await t.close()
  })

  it('refuses a cookie-authenticated POST with 403 when the CSRF header is missing or wrong', async () => {
    const missing = await t.request('POST', '/api/v1/auth/tokens', { headers: browserHeaders(jar, false), body: { name: 'x' } })
    expect(missing.status).toBe(403)
    expect(missing.body).toMatchObject({ type: 'urn:duration:problem:forbidden', detail: expect.stringContaining('CSRF') as unknown })
    const wrong = await t.request('POST', '/api/v1/auth/tokens', { headers: browserHeaders(jar, 'A'.repeat(43)), body: { name: 'x' } })
    expect(wrong.status).toBe(403)
    const otherSession = await createPasswordUser(t, 'member')
    const foreign = (await login(t, otherSession.email, otherSession.password)).jar
    const swapped = await t.request('POST', '/api/v1/auth/tokens', { headers: browserHeaders(jar, foreign.csrf ?? ''), body: { name: 'x' } })
    expect(swapped.status).toBe(403)
  })

  it('accepts a cookie-authenticated POST when the CSRF header matches, and safe methods without it', async () => {
    const created = await t.request('POST', '/api/v1/auth/tokens', { headers: browserHeaders(jar), body: { name: 'laptop' } })
    expect(created.status).toBe(201)
    expect((await t.request('GET', '/api/v1/auth/tokens', { headers: browserHeaders(jar, false) })).status).toBe(200)
  })

  it('exempts bearer-token requests from CSRF because browsers never attach them', async () => {
    const member = await t.signIn('member')
    const created = await t.request('POST', '/api/v1/auth/tokens', { as: member, body: { name: 'ci' } })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ token: expect.stringMatching(/^dur_/) as unknown, apiToken: { name: 'ci', userId: member.user.id } })
  })

  it('limits a scoped token to its scopes and never lets it mint a broader token', async () => {
    const member = await t.signIn('member')
    const made = await t.request('POST', '/api/v1/auth/tokens', { as: member, body: { name: 'read-only', scopes: ['users:read', 'users:write'] } })
    const scoped = { authorization: `Bearer ${(made.body as { token: string }).token}` }
    expect((await t.request('GET', '/api/v1/auth/tokens', { headers: scoped })).status).toBe(200)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: scoped })).body).toMatchObject({ via: 'token', scopes: ['users:read', 'users:write'] })
    const broader = await t.request('POST', '/api/v1/auth/tokens', { headers: scoped, body: { name: 'escalate', scopes: ['clients:read'] } })
    expect(broader.status).toBe(403)
    const inherited = await t.request('POST', '/api/v1/auth/tokens', { headers: scoped, body: { name: 'child' } })
    expect(inherited.body).toMatchObject({ apiToken: { scopes: ['users:read', 'users:write'] } })
    const readOnly = await t.request('POST', '/api/v1/auth/tokens', { as: member, body: { name: 'ro', scopes: ['users:read'] } })
    const ro = { authorization: `Bearer ${(readOnly.body as { token: string }).token}` }
    expect((await t.request('POST', '/api/v1/auth/tokens', { headers: ro, body: { name: 'no' } })).status).toBe(403)
    expect((await t.request('GET', '/api/v1/admin/users', { as: member })).status).toBe(403)
  })

  it('revokes a token so it stops working at once, and hides other users\' tokens', async () => {
    const member = await t.signIn('member')
    const stranger = await t.signIn('member')
    const made = await t.request('POST', '/api/v1/auth/tokens', { as: member, body: { name: 'temp' } })
    const { token, apiToken } = made.body as { token: string; apiToken: { id: string } }
    const bearer = { authorization: `Bearer ${token}` }
    expect((await t.request('GET', '/api/v1/auth/me', { headers: bearer })).status).toBe(200)
    expect((await t.request('DELETE', `/api/v1/auth/tokens/${apiToken.id}`, { as: stranger })).status).toBe(404)
    const revoked = await t.request('DELETE', `/api/v1/auth/tokens/${apiToken.id}`, { as: member })
    expect(revoked.body).toMatchObject({ id: apiToken.id, revokedAt: '2026-01-05T12:00:00.000Z' })
    expect((await t.request('GET', '/api/v1/auth/me', { headers: bearer })).status).toBe(401)
    const listed = await t.request('GET', '/api/v1/auth/tokens', { as: member })
    expect(JSON.stringify(listed.body)).not.toContain(token)
  })

  it('audits token creation and revocation without the secret', async () => {
    const rows = await t.app.store.db.selectFrom('audit_log').select(['action', 'data']).where('action', 'in', ['token.create', 'token.revoke']).execute()
    expect(rows.filter((row) => row.action === 'token.revoke')).toHaveLength(1)
    expect(rows.filter((row) => row.action === 'token.create').length).toBeGreaterThanOrEqual(5)
    expect(rows.map((row) => row.data).join('')).not.toMatch(/dur_[A-Za-z0-9_-]{43}|tokenHash/)
  })
})
