/**
 * The IDOR sweep: a member tries another member's ids on every route that takes an id (in the
 * path or in the body). Every attempt must answer 403 or 404 — never 2xx, and never 400 (a 400
 * would mean the handler, and so the object check, was not reached; give the route a valid body
 * below) — and the owner's objects must be unchanged afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'

const dialects = await availableDialects()
type Json = Record<string, unknown> & { id: string; version: number }

/** Valid bodies, so validation passes and the access check is what answers. */
const BODIES: Record<string, unknown> = {
  'PATCH /api/v1/clients/:id': { name: 'stolen', version: 1 },
  'PATCH /api/v1/projects/:id': { name: 'stolen', version: 1 },
  'PATCH /api/v1/epics/:id': { name: 'stolen', version: 1 },
  'PATCH /api/v1/tasks/:id': { title: 'stolen', version: 1 },
  'PATCH /api/v1/sessions/:id': { notes: 'stolen', version: 1 },
  'POST /api/v1/tasks/:id/dependencies': { dependsOnKey: '9.9' },
}
const RESTORE_BODY = { version: 1 }

describe.each(dialects)('IDOR sweep on %s', (dialect) => {
  let t: TestApp
  let alice: SignedIn
  let bob: SignedIn
  const ids: Record<string, string> = {}
  const versions: Array<[string, number]> = []

  beforeAll(async () => {
    t = await startTestApp(dialect)
    alice = await t.signIn('member')
    bob = await t.signIn('member')
    const create = async (path: string, body: unknown) => {
      const response = await t.request('POST', path, { as: alice, body })
      expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBe(201)
      return response.body as Json
    }
    const client = await create('/api/v1/clients', { clientKey: 'alice_co', name: 'Alice Co' })
    const project = await create('/api/v1/projects', { clientId: client.id, projectKey: 'secret', name: 'Secret' })
    const epic = await create('/api/v1/epics', { epicKey: 'ALICE', name: 'Alice epic', projectId: project.id })
    const task = await create('/api/v1/tasks', { epicId: epic.id, taskKey: '1.1', title: 'Alice task' })
    const dependency = await create(`/api/v1/tasks/${task.id}/dependencies`, { dependsOnKey: '0.9' })
    const session = (await create('/api/v1/timer/start', { taskId: task.id })).session as Json
    t.clock.advance(25 * 60_000)
    expect((await t.request('POST', '/api/v1/timer/stop', { as: alice, body: {} })).status).toBe(200)
    const token = ((await t.request('GET', '/api/v1/auth/tokens', { as: alice })).body as { items?: Json[] } | Json[])
    const tokens = Array.isArray(token) ? token : (token.items ?? [])
    Object.assign(ids, {
      clients: client.id, projects: project.id, epics: epic.id, tasks: task.id,
      'task-dependencies': dependency.id, sessions: session.id, 'auth/tokens': tokens[0]?.id ?? '',
      'admin/users': alice.user.id, 'admin/projects': project.id,
    })
    expect(Object.entries(ids).filter(([, id]) => !/^[0-9a-f-]{36}$/.test(id))).toEqual([])
    for (const [path, id] of [['clients', client.id], ['projects', project.id], ['epics', epic.id], ['tasks', task.id]] as const) {
      versions.push([`/api/v1/${path}/${id}`, ((await t.request('GET', `/api/v1/${path}/${id}`, { as: alice })).body as Json).version])
    }
  })
  afterAll(async () => {
    await t.close()
  })

  it('refuses every route that takes an id in its path', async () => {
    const routes = t.app.server.collectedRoutes().filter((r) => r.method !== 'HEAD' && r.url.includes('/:id'))
    expect(routes.length).toBeGreaterThan(25)
    const leaks: string[] = []
    for (const route of routes) {
      const resource = Object.keys(ids)
        .sort((a, b) => b.length - a.length)
        .find((prefix) => route.url.startsWith(`/api/v1/${prefix}/:id`))
      expect(resource, `no id of alice's for ${route.url}`).toBeDefined()
      const path = route.url.replace(':id', ids[resource as string] as string).replace(':userId', alice.user.id)
      const key = `${route.method} ${route.url}`
      const body = BODIES[key] ?? (route.url.endsWith('/restore') ? RESTORE_BODY : ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined)
      const query = route.method === 'DELETE' ? '?version=1' : ''
      const response = await t.request(route.method, `${path}${query}`, { as: bob, ...(body === undefined ? {} : { body }) })
      if (response.status !== 403 && response.status !== 404) {
        leaks.push(`${key} → ${response.status} ${JSON.stringify(response.body).slice(0, 120)}`)
      }
    }
    expect(leaks).toEqual([])
  })

  it('refuses other users\' ids inside bodies and query strings', async () => {
    const attempts: Array<[string, string, unknown]> = [
      ['POST', '/api/v1/projects', { clientId: ids.clients, projectKey: 'x', name: 'x' }],
      ['POST', '/api/v1/epics', { epicKey: 'BOB', name: 'x', projectId: ids.projects }],
      ['POST', '/api/v1/tasks', { epicId: ids.epics, taskKey: 'x', title: 'x' }],
      ['POST', '/api/v1/timer/start', { taskId: ids.tasks }],
      ['GET', `/api/v1/sessions?userId=${alice.user.id}`, undefined],
      ['GET', `/api/v1/analytics/report?userId=${alice.user.id}`, undefined],
      ['GET', `/api/v1/tasks?epicId=${ids.epics}`, undefined],
    ]
    for (const [method, path, body] of attempts) {
      const response = await t.request(method, path, { as: bob, ...(body === undefined ? {} : { body }) })
      if (method === 'GET' && path.startsWith('/api/v1/tasks?')) {
        expect(response.body, path).toMatchObject({ total: 0, items: [] })
      } else {
        expect([403, 404], `${method} ${path} → ${response.status}`).toContain(response.status)
      }
    }
  })

  it('left every one of alice\'s objects unchanged', async () => {
    for (const [path, version] of versions) {
      const response = await t.request('GET', path, { as: alice })
      expect(response.status, path).toBe(200)
      expect((response.body as Json).version, path).toBe(version)
    }
  })
})
