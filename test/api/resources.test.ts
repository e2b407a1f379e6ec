import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createResource, type Json } from '../helpers/api-fixtures.js'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'

const dialects = await availableDialects()

describe.each(dialects)('REST resources on %s', (dialect) => {
  let t: TestApp
  let owner: SignedIn
  beforeAll(async () => {
    t = await startTestApp(dialect)
    owner = await t.signIn('owner')
  })
  afterAll(async () => {
    await t.close()
  })

  const create = (path: string, body: unknown, as: SignedIn = owner): Promise<Json> => createResource(t, as, path, body)

  async function hierarchy(key: string, as: SignedIn = owner) {
    const client = await create('/api/v1/clients', { clientKey: `c_${key}`, name: `Client ${key}` }, as)
    const project = await create('/api/v1/projects', { clientId: client.id, projectKey: 'p', name: 'Project' }, as)
    const epic = await create('/api/v1/epics', { epicKey: `E-${key}`, name: 'Epic', projectId: project.id }, as)
    const task = await create('/api/v1/tasks', { epicId: epic.id, taskKey: '1.1', title: 'Red test', tddPhase: 'red', storyPoints: 3, difficultyModifier: 1.5 }, as)
    return { client, project, epic, task }
  }

  it('creates, reads, lists, patches, deletes and restores a client', async () => {
    const client = await create('/api/v1/clients', { clientKey: 'acme', name: 'Acme', priority: 8 })
    expect(client).toMatchObject({ clientKey: 'acme', name: 'Acme', priority: 8, version: 1, status: 'active', currency: 'BRL' })
    const got = await t.request('GET', `/api/v1/clients/${client.id}`, { as: owner })
    expect(got.status).toBe(200)
    expect(got.headers.get('etag')).toBe('"1"')
    const list = await t.request('GET', '/api/v1/clients?clientKey=acme', { as: owner })
    expect(list.body).toMatchObject({ total: 1, limit: 50, offset: 0 })
    const patched = await t.request('PATCH', `/api/v1/clients/${client.id}`, { as: owner, body: { name: 'Acme Ltd', version: 1 } })
    expect(patched.body).toMatchObject({ name: 'Acme Ltd', version: 2 })
    const deleted = await t.request('DELETE', `/api/v1/clients/${client.id}`, { as: owner, headers: { 'if-match': '"2"' } })
    expect(deleted.status).toBe(200)
    expect((await t.request('GET', `/api/v1/clients/${client.id}`, { as: owner })).status).toBe(404)
    const restored = await t.request('POST', `/api/v1/clients/${client.id}/restore`, { as: owner, body: { version: 3 } })
    expect(restored.body).toMatchObject({ deletedAt: null, version: 4 })
  })

  it('answers 409 problem+json on a stale version and leaves the row unchanged', async () => {
    const client = await create('/api/v1/clients', { clientKey: 'stale', name: 'First' })
    await t.request('PATCH', `/api/v1/clients/${client.id}`, { as: owner, body: { name: 'Second', version: 1 } })
    const stale = await t.request('PATCH', `/api/v1/clients/${client.id}`, { as: owner, body: { name: 'Third', version: 1 } })
    expect(stale.status).toBe(409)
    expect(stale.headers.get('content-type')).toContain('application/problem+json')
    expect(stale.body).toMatchObject({ type: 'urn:duration:problem:version_conflict', status: 409 })
    const viaHeader = await t.request('PATCH', `/api/v1/clients/${client.id}`, { as: owner, headers: { 'if-match': '"1"' }, body: { name: 'Third' } })
    expect(viaHeader.status).toBe(409)
    expect(((await t.request('GET', `/api/v1/clients/${client.id}`, { as: owner })).body as Json).name).toBe('Second')
    const missing = await t.request('PATCH', `/api/v1/clients/${client.id}`, { as: owner, body: { name: 'No version' } })
    expect(missing.status).toBe(400)
    expect(missing.body).toMatchObject({ errors: [{ pointer: '/body/version' }] })
  })

  it('rejects invalid bodies with JSON pointers and unknown fields', async () => {
    const response = await t.request('POST', '/api/v1/clients', { as: owner, body: { clientKey: 'x y z', name: '', bogus: 1 } })
    expect(response.status).toBe(400)
    const pointers = ((response.body as { errors: Array<{ pointer: string }> }).errors).map((e) => e.pointer)
    expect(pointers).toEqual(expect.arrayContaining(['/body/name']))
    expect((await t.request('GET', '/api/v1/clients?limit=0', { as: owner })).status).toBe(400)
    expect((await t.request('GET', '/api/v1/clients/not-a-uuid', { as: owner })).status).toBe(400)
  })

  it('serves nested lists and hides the children of a deleted parent', async () => {
    const { client, project, epic, task } = await hierarchy('nested')
    const projects = await t.request('GET', `/api/v1/clients/${client.id}/projects`, { as: owner })
    expect((projects.body as { items: Json[] }).items.map((p) => p.id)).toEqual([project.id])
    const tasks = await t.request('GET', `/api/v1/epics/${epic.id}/tasks`, { as: owner })
    expect((tasks.body as { items: Json[] }).items.map((x) => x.id)).toEqual([task.id])
    await t.request('DELETE', `/api/v1/projects/${project.id}?version=1`, { as: owner })
    expect((await t.request('GET', `/api/v1/tasks/${task.id}`, { as: owner })).status).toBe(404)
    expect((await t.request('GET', `/api/v1/epics/${epic.id}/tasks`, { as: owner })).status).toBe(404)
  })

  it('derives duration days and the planned end on the business calendar', async () => {
    const epic = await create('/api/v1/epics', { epicKey: 'PLAN', name: 'Plan', durationText: '1 semana', plannedStart: '2025-04-14' })
    // 7 business days after Mon 14 Apr 2025, skipping Good Friday (18th) and Tiradentes (21st)
    expect(epic).toMatchObject({ durationDays: 7, plannedEnd: '2025-04-25', scheduleMode: 'business' })
    const bad = await t.request('POST', '/api/v1/epics', { as: owner, body: { epicKey: 'BAD', name: 'Bad', durationText: 'abc' } })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ type: 'urn:duration:problem:invalid_duration' })
  })

  it('maps todo to pending and awards story points × 10 × difficulty on completion', async () => {
    const { epic } = await hierarchy('points')
    const task = await create('/api/v1/tasks', { epicId: epic.id, taskKey: 'pts', title: 'Points', status: 'todo', storyPoints: 3, difficultyModifier: 1.25 })
    expect(task.status).toBe('pending')
    const started = await t.request('PATCH', `/api/v1/tasks/${task.id}`, { as: owner, body: { status: 'in_progress', version: 1 } })
    expect((started.body as Json).startedAt).toBe('2026-01-05T12:00:00.000Z')
    const done = await t.request('PATCH', `/api/v1/tasks/${task.id}`, { as: owner, body: { status: 'completed', version: 2 } })
    expect(done.body).toMatchObject({ status: 'completed', pointsEarned: 37 })
    const me = await t.request('GET', '/api/v1/users/me', { as: owner })
    expect((me.body as Json).totalPoints).toBe(37)
  })

  it('links dependencies by key, across epics, and refuses a blocking cycle', async () => {
    const { epic, task } = await hierarchy('deps')
    const second = await create('/api/v1/tasks', { epicId: epic.id, taskKey: '1.2', title: 'Green' })
    const link = await t.request('POST', `/api/v1/tasks/${second.id}/dependencies`, { as: owner, body: { dependsOnKey: '1.1' } })
    expect(link.status).toBe(201)
    expect(link.body).toMatchObject({ dependsOnTaskId: task.id, dependencyType: 'blocking' })
    const cycle = await t.request('POST', `/api/v1/tasks/${task.id}/dependencies`, { as: owner, body: { dependsOnKey: '1.2' } })
    expect(cycle.status).toBe(409)
    expect(cycle.body).toMatchObject({ type: 'urn:duration:problem:dependency_cycle' })
    const pending = await t.request('POST', `/api/v1/tasks/${task.id}/dependencies`, { as: owner, body: { dependsOnKey: 'OTHER/9.9', dependencyType: 'related' } })
    expect(pending.body).toMatchObject({ dependsOnTaskId: null })
    const listed = await t.request('GET', `/api/v1/tasks/${task.id}/dependencies`, { as: owner })
    expect((listed.body as { items: unknown[] }).items).toHaveLength(1)
    const dep = pending.body as Json
    expect((await t.request('DELETE', `/api/v1/task-dependencies/${dep.id}?version=1`, { as: owner })).status).toBe(204)
  })

  it('keeps user and workspace settings apart and guards workspace writes', async () => {
    const member = await t.signIn('member')
    const own = await t.request('PUT', '/api/v1/settings/timer.focus_minutes', { as: member, body: { value: 50 } })
    expect(own.status).toBe(200)
    expect((await t.request('PUT', '/api/v1/settings/calendar.country', { as: member, body: { value: 'US', scope: 'workspace' } })).status).toBe(403)
    expect((await t.request('PUT', '/api/v1/settings/calendar.country', { as: owner, body: { value: 'BR', scope: 'workspace' } })).status).toBe(200)
    const again = await t.request('PUT', '/api/v1/settings/timer.focus_minutes', { as: member, body: { value: 45 } })
    expect(again.status).toBe(400)
    const listed = (await t.request('GET', '/api/v1/settings', { as: member })).body as { items: Array<{ settingKey: string; value: unknown }> }
    expect(listed.items.map((s) => [s.settingKey, s.value]).sort()).toEqual([['calendar.country', 'BR'], ['timer.focus_minutes', 50]])
  })

  it('lets users read and update only their own profile', async () => {
    const member = await t.signIn('member')
    const me = await t.request('GET', '/api/v1/users/me', { as: member })
    expect(me.body).toMatchObject({ id: member.user.id, role: 'member' })
    const updated = await t.request('PATCH', '/api/v1/users/me', { as: member, body: { displayName: 'Renamed', timeZone: 'Europe/Berlin', version: 1 } })
    expect(updated.body).toMatchObject({ displayName: 'Renamed', timeZone: 'Europe/Berlin', version: 2 })
    expect((await t.request('PATCH', '/api/v1/users/me', { as: member, body: { timeZone: 'Mars/Olympus', version: 2 } })).status).toBe(400)
  })

  it('shows members only their projects and answers 404, not 403, for other ids', async () => {
    const alice = await t.signIn('member')
    const bob = await t.signIn('member')
    const mine = await hierarchy('alice', alice)
    const theirs = await hierarchy('bob', bob)
    const list = await t.request('GET', '/api/v1/tasks', { as: alice })
    expect((list.body as { items: Json[] }).items.map((x) => x.id)).toEqual([mine.task.id])
    for (const [path, id] of [['clients', theirs.client.id], ['projects', theirs.project.id], ['epics', theirs.epic.id], ['tasks', theirs.task.id]] as const) {
      expect((await t.request('GET', `/api/v1/${path}/${id}`, { as: alice })).status).toBe(404)
      expect((await t.request('PATCH', `/api/v1/${path}/${id}`, { as: alice, body: { version: 1 } })).status).toBe(404)
      expect((await t.request('DELETE', `/api/v1/${path}/${id}?version=1`, { as: alice })).status).toBe(404)
    }
    const sneaky = await t.request('POST', '/api/v1/tasks', { as: alice, body: { epicId: theirs.epic.id, taskKey: 'x', title: 'x' } })
    expect(sneaky.status).toBe(404)
    const viewer = await t.signIn('viewer')
    expect((await t.request('POST', '/api/v1/clients', { as: viewer, body: { clientKey: 'v', name: 'V' } })).status).toBe(403)
  })
})
