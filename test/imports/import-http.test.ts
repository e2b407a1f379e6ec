import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableDialects } from '../helpers/stores.js'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/app.js'
import { exampleNames, readExample } from './import-support.js'

const dialects = await availableDialects()

async function postFile(t: TestApp, as: SignedIn, text: string, query = ''): Promise<Response> {
  return fetch(`${t.baseUrl}/api/v1/import/epics${query}`, {
    method: 'POST', headers: { ...as.headers, 'content-type': 'application/json' }, body: text,
  })
}

describe.each(dialects)('epic import/export over HTTP (%s)', (dialect) => {
  let t: TestApp
  let owner: SignedIn
  beforeAll(async () => {
    t = await startTestApp(dialect)
    owner = await t.signIn('owner')
  })
  afterAll(async () => {
    await t.close()
  })

  it('imports every example and answers the summary', async () => {
    for (const name of exampleNames) {
      const response = await postFile(t, owner, readExample(name))
      expect(response.status, name).toBe(200)
      const summary = (await response.json()) as { epics: unknown; dialect: string }
      expect(summary).toMatchObject({ epics: { created: 1, updated: 0, unchanged: 0 }, dialect: 'duration-epic' })
    }
  })

  it('downloads an export byte-identical to the file, by id or key, and round-trips it', async () => {
    const text = readExample('csv-export.epic.json')
    const imported = (await (await postFile(t, owner, text)).json()) as { epic: { id: string; action: string } }
    expect(imported.epic.action).toBe('unchanged')
    const byId = await fetch(`${t.baseUrl}/api/v1/epics/${imported.epic.id}/export`, { headers: owner.headers })
    expect(byId.status).toBe(200)
    expect(byId.headers.get('content-disposition')).toBe('attachment; filename="CSV.epic.json"')
    expect(byId.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const exported = await byId.text()
    expect(exported).toBe(text)

    const reimport = await postFile(t, owner, exported)
    expect(((await reimport.json()) as { epic: { action: string } }).epic.action).toBe('unchanged')
    const byKey = await fetch(`${t.baseUrl}/api/v1/epics/CSV/export`, { headers: owner.headers })
    expect(await byKey.text()).toBe(exported)
  })

  it('answers 400 with a pointer into the body for a bad file, and writes nothing', async () => {
    const bad = JSON.parse(readExample('focus-sounds.epic.json')) as { epic: Record<string, unknown> }
    bad.epic.key = 'NEW'
    bad.epic.status = 'sleeping'
    const response = await t.request('POST', '/api/v1/import/epics', { as: owner, body: bad })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({
      type: 'urn:duration:problem:validation_failed',
      errors: [{ pointer: '/body/epic/status', message: 'unknown epic status "sleeping"' }],
    })
    expect((await t.request('GET', '/api/v1/epics/NEW/export', { as: owner })).status).toBe(404)
  })

  it('refuses bodies that are not a JSON object', async () => {
    expect((await postFile(t, owner, '[1, 2]')).status).toBe(400)
    expect((await postFile(t, owner, '{"epic": ')).status).toBe(400)
  })

  it('keeps imports for imports:write and exports for epics:read', async () => {
    const viewer = await t.signIn('viewer')
    expect((await postFile(t, viewer, readExample('csv-export.epic.json'))).status).toBe(403)
    const member = await t.signIn('member')
    expect((await t.request('GET', '/api/v1/epics/CSV/export', { as: member })).status).toBe(404)
    expect((await fetch(`${t.baseUrl}/api/v1/epics/CSV/export`)).status).toBe(401)
  })

  it('answers 404 for an unknown project and 409 for an epic key the caller cannot see', async () => {
    const member = await t.signIn('member')
    const missing = await postFile(t, owner, readExample('csv-export.epic.json'), '?projectId=01900000-0000-7000-8000-000000000009')
    expect(missing.status).toBe(404)
    const taken = await postFile(t, member, readExample('csv-export.epic.json'))
    expect(taken.status).toBe(409)
    expect(await taken.json()).toMatchObject({ detail: 'epic key "CSV" is already in use' })
  })
})
