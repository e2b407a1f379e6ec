import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'
import { browserHeaders, createPasswordUser, login, startIdentityApp } from './identity-helpers.js'

const dialects = await availableDialects()
const SOME_ID = '01900000-0000-7000-8000-00000000abcd'

describe.each(dialects)('roles and administration on %s', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await startIdentityApp(dialect)
  })
  afterAll(async () => {
    await t.close()
  })

  it('answers 403 to members and viewers on every admin route and 401 to anonymous callers', async () => {
    const member = await t.signIn('member')
    const viewer = await t.signIn('viewer')
    const adminRoutes = t.app.server.collectedRoutes().filter((route) => route.url.startsWith('/api/v1/admin') && route.method !== 'HEAD')
    expect(adminRoutes.length).toBeGreaterThanOrEqual(12)
    for (const route of adminRoutes) {
      const path = route.url.replace(':id', SOME_ID).replace(':userId', SOME_ID)
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : {}
      for (const as of [member, viewer]) {
        expect((await t.request(route.method, path, { as, body })).status, `${as.user.role} ${route.method} ${path}`).toBe(403)
      }
      expect((await t.request(route.method, path, { body })).status, `anonymous ${route.method} ${path}`).toBe(401)
    }
  })

  it('creates a user without a password and hands out a one-time reset token that works once', async () => {
    const admin = await t.signIn('admin')
    const created = await t.request('POST', '/api/v1/admin/users', { as: admin, body: { email: 'New.Person@Example.test', displayName: 'New Person', role: 'viewer' } })
    expect(created.status).toBe(201)
    const { user, reset } = created.body as { user: { email: string; role: string }; reset: { token: string; expiresAt: string } }
    expect(user).toMatchObject({ email: 'new.person@example.test', role: 'viewer' })
    expect(reset.token).toMatch(/^durr_[A-Za-z0-9_-]{43}$/)
    expect(reset.expiresAt).toBe('2026-01-06T12:00:00.000Z')
    expect((await login(t, 'new.person@example.test', 'anything-at-all-123')).status).toBe(401)
    const weak = await t.request('POST', '/api/v1/auth/password/reset', { body: { token: reset.token, newPassword: 'qwerty123456' } })
    expect(weak.status).toBe(400)
    expect((await t.request('POST', '/api/v1/auth/password/reset', { body: { token: reset.token, newPassword: 'brand-new-phrase-731' } })).status).toBe(204)
    expect((await t.request('POST', '/api/v1/auth/password/reset', { body: { token: reset.token, newPassword: 'another-new-phrase-4' } })).status).toBe(400)
    expect((await login(t, 'NEW.person@example.test', 'brand-new-phrase-731')).status).toBe(200)
  })

  it('expires reset tokens after a day and ends sessions when a reset is used', async () => {
    const admin = await t.signIn('admin')
    const user = await createPasswordUser(t, 'member')
    const { jar } = await login(t, user.email, user.password)
    const stale = (await t.request('POST', `/api/v1/admin/users/${user.id}/password-reset`, { as: admin })).body as { token: string }
    t.clock.advance(24 * 3_600_000)
    expect((await t.request('POST', '/api/v1/auth/password/reset', { body: { token: stale.token, newPassword: 'fresh-phrase-for-me-1' } })).status).toBe(400)
    const fresh = (await t.request('POST', `/api/v1/admin/users/${user.id}/password-reset`, { as: admin })).body as { token: string }
    expect((await t.request('POST', '/api/v1/auth/password/reset', { body: { token: fresh.token, newPassword: 'fresh-phrase-for-me-1' } })).status).toBe(204)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(jar) })).status).toBe(401)
  })

  it('changes a role, ends that user\'s sessions and audits old and new role', async () => {
    const admin = await t.signIn('admin')
    const user = await createPasswordUser(t, 'member')
    const { jar } = await login(t, user.email, user.password)
    const changed = await t.request('PUT', `/api/v1/admin/users/${user.id}/role`, { as: admin, body: { role: 'viewer' } })
    expect(changed.body).toMatchObject({ id: user.id, role: 'viewer' })
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(jar) })).status).toBe(401)
    const again = await login(t, user.email, user.password)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(again.jar) })).body).toMatchObject({ user: { role: 'viewer' } })
    const entry = await t.app.store.db.selectFrom('audit_log').select(['data', 'actor_user_id', 'actor_via']).where('action', '=', 'user.role_change').where('entity_id', '=', user.id).executeTakeFirstOrThrow()
    expect(JSON.parse(entry.data)).toEqual({ changes: { role: { from: 'member', to: 'viewer' } } })
    expect(entry).toMatchObject({ actor_user_id: admin.user.id, actor_via: 'token' })
  })

  it('lets only owners grant or touch the owner role and never demotes the last owner', async () => {
    const admin = await t.signIn('admin')
    const member = await t.signIn('member')
    expect((await t.request('PUT', `/api/v1/admin/users/${member.user.id}/role`, { as: admin, body: { role: 'owner' } })).status).toBe(403)
    const { items } = (await t.request('GET', '/api/v1/admin/users?role=owner', { as: admin })).body as { items: Array<{ id: string }> }
    const owners = items.length === 0 ? [(await t.signIn('owner')).user] : items
    expect((await t.request('PUT', `/api/v1/admin/users/${owners[0]?.id ?? ''}/active`, { as: admin, body: { isActive: false } })).status).toBe(403)
    const solo = await startIdentityApp(dialect)
    try {
      const owner = await solo.signIn('owner')
      const demote = await solo.request('PUT', `/api/v1/admin/users/${owner.user.id}/role`, { as: owner, body: { role: 'admin' } })
      expect(demote.status).toBe(409)
      const second = await solo.signIn('member')
      expect((await solo.request('PUT', `/api/v1/admin/users/${second.user.id}/role`, { as: owner, body: { role: 'owner' } })).status).toBe(200)
      expect((await solo.request('PUT', `/api/v1/admin/users/${owner.user.id}/role`, { as: owner, body: { role: 'admin' } })).status).toBe(200)
    } finally {
      await solo.close()
    }
  })

  it('deactivates a user: sessions, tokens and logins stop working', async () => {
    const admin = await t.signIn('admin')
    const user = await createPasswordUser(t, 'member')
    const { jar } = await login(t, user.email, user.password)
    const token = ((await t.request('POST', '/api/v1/auth/tokens', { headers: browserHeaders(jar), body: { name: 'cli' } })).body as { token: string }).token
    expect((await t.request('PUT', `/api/v1/admin/users/${user.id}/active`, { as: admin, body: { isActive: false } })).body).toMatchObject({ isActive: false })
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(jar) })).status).toBe(401)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401)
    const refused = await login(t, user.email, user.password)
    expect(refused.status).toBe(401)
    expect(refused.body).toMatchObject({ detail: 'invalid e-mail or password' })
  })

  it('manages project membership and audits each change', async () => {
    const admin = await t.signIn('admin')
    const member = await t.signIn('member')
    const client = await t.app.store.db.insertInto('clients').values({
      id: '01900000-0000-7000-8000-0000000c0001', created_at: '2026-01-05T12:00:00.000Z', updated_at: '2026-01-05T12:00:00.000Z', version: 1,
      client_key: 'acme', name: 'Acme', currency: 'BRL', time_zone: 'America/Sao_Paulo', preferred_language: 'pt-BR', status: 'active', tier: 'standard', priority: 5, deleted_at: null,
      description: null, industry: null, company_size: null, contact_name: null, contact_email: null, contact_phone: null, billing_email: null, billing_address: null, tax_id: null, hourly_rate: null, created_by: null,
    }).returning('id').executeTakeFirstOrThrow()
    const project = await t.app.store.db.insertInto('projects').values({
      id: '01900000-0000-7000-8000-0000000c0002', created_at: '2026-01-05T12:00:00.000Z', updated_at: '2026-01-05T12:00:00.000Z', version: 1,
      client_id: client.id, project_key: 'web', name: 'Website', description: null, status: 'active', priority: 5, health_status: 'green',
      planned_start: null, planned_end: null, actual_start: null, actual_end: null, estimated_hours: null, budget_amount: null, budget_currency: 'BRL', created_by: null, deleted_at: null,
    }).returning('id').executeTakeFirstOrThrow()
    const path = `/api/v1/admin/projects/${project.id}/members/${member.user.id}`
    expect((await t.request('PUT', path, { as: admin, body: { projectRole: 'member' } })).body).toMatchObject({ projectId: project.id, userId: member.user.id, projectRole: 'member' })
    expect((await t.request('PUT', path, { as: admin, body: { projectRole: 'manager' } })).body).toMatchObject({ projectRole: 'manager' })
    expect(((await t.request('GET', `/api/v1/admin/projects/${project.id}/members`, { as: admin })).body as { items: unknown[] }).items).toHaveLength(1)
    expect((await t.request('DELETE', path, { as: admin })).status).toBe(204)
    expect((await t.request('DELETE', path, { as: admin })).status).toBe(404)
    const actions = (await t.app.store.db.selectFrom('audit_log').select('action').where('entity', '=', 'project_member').orderBy('seq').execute()).map((row) => row.action)
    expect(actions).toEqual(['project_member.create', 'project_member.update', 'project_member.delete'])
  })
})
