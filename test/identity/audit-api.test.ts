import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeAuditMac, type AuditEntry } from '../../src/identity/audit-chain.js'
import type { TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'
import { startIdentityApp } from './identity-helpers.js'

const dialects = await availableDialects()

interface Page {
  items: AuditEntry[]
  total: number
}

describe.each(dialects)('audit log API on %s', (dialect) => {
  let t: TestApp
  let clientId: string
  let adminId: string
  beforeAll(async () => {
    t = await startIdentityApp(dialect, { server: { trustProxy: true } })
    const admin = await t.signIn('admin')
    adminId = admin.user.id
    const headers = { ...admin.headers, 'x-forwarded-for': '203.0.113.9', 'x-request-id': 'req-create-1' }
    const created = await t.request('POST', '/api/v1/clients', { headers, body: { clientKey: 'acme', name: 'Acme', priority: 3 } })
    expect(created.status).toBe(201)
    clientId = (created.body as { id: string }).id
    t.clock.advance(60_000)
    expect((await t.request('PATCH', `/api/v1/clients/${clientId}`, { headers, body: { name: 'Acme Corp', version: 1 } })).status).toBe(200)
    t.clock.advance(60_000)
    expect((await t.request('DELETE', `/api/v1/clients/${clientId}?version=2`, { headers })).status).toBe(200)
  })
  afterAll(async () => {
    await t.close()
  })

  it('records create, update and delete of business data with actor, request id and IP, and only changed fields', async () => {
    const page = (await t.request('GET', `/api/v1/admin/audit?entity=client&entityId=${clientId}&order=asc`, { as: await t.signIn('owner') })).body as Page
    expect(page.items.map((entry) => entry.action)).toEqual(['client.create', 'client.update', 'client.delete'])
    const [create, update, remove] = page.items
    expect(create).toMatchObject({ actorUserId: adminId, actorVia: 'token', ip: '203.0.113.9', requestId: 'req-create-1', data: { after: { clientKey: 'acme', name: 'Acme', priority: 3 } } })
    expect(update?.data).toEqual({ changes: { name: { from: 'Acme', to: 'Acme Corp' }, version: { from: 1, to: 2 } } })
    expect(remove?.data).toMatchObject({ before: { id: clientId, name: 'Acme Corp' } })
    expect(update?.createdAt).toBe('2026-01-05T12:01:00.000Z')
  })

  it('filters by actor, action prefix and time range, and pages newest first', async () => {
    const owner = await t.signIn('owner')
    const byActor = (await t.request('GET', `/api/v1/admin/audit?actor=${adminId}&action=client`, { as: owner })).body as Page
    expect(byActor.items.map((entry) => entry.action)).toEqual(['client.delete', 'client.update', 'client.create'])
    const window = (await t.request('GET', '/api/v1/admin/audit?entity=client&from=2026-01-05T12:00:30.000Z&to=2026-01-05T12:01:30.000Z', { as: owner })).body as Page
    expect(window.items.map((entry) => entry.action)).toEqual(['client.update'])
    const first = (await t.request('GET', '/api/v1/admin/audit?limit=2', { as: owner })).body as Page & { limit: number; offset: number }
    const second = (await t.request('GET', '/api/v1/admin/audit?limit=2&offset=2', { as: owner })).body as Page
    expect(first.items).toHaveLength(2)
    expect((first.items[0]?.seq ?? 0) > (first.items[1]?.seq ?? 0)).toBe(true)
    expect(second.items[0]?.seq).toBe((first.items[1]?.seq ?? 0) - 1)
    expect(first.total).toBe(second.total)
  })

  it('exports JSON Lines whose MACs check out with the app key, and audits the export', async () => {
    const owner = await t.signIn('owner')
    const response = await fetch(`${t.baseUrl}/api/v1/admin/audit/export?entity=client`, { headers: owner.headers })
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    const entries = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as AuditEntry)
    expect(entries.map((entry) => entry.action)).toEqual(['client.create', 'client.update', 'client.delete'])
    for (const entry of entries) {
      expect(computeAuditMac(t.app.services.identity.keys.auditMac, entry)).toBe(entry.mac)
    }
    const exports = (await t.request('GET', '/api/v1/admin/audit?action=audit.export', { as: owner })).body as Page
    expect(exports.items[0]).toMatchObject({ actorUserId: owner.user.id, data: { after: { filters: { entity: 'client' } } } })
  })

  it('verifies the whole chain over HTTP for auditors', async () => {
    const report = await t.request('GET', '/api/v1/admin/audit/verify', { as: await t.signIn('admin') })
    expect(report.body).toMatchObject({ ok: true, problems: [] })
    expect((report.body as { checked: number; headSeq: number }).checked).toBe((report.body as { headSeq: number }).headSeq)
  })
})
