import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'
import { createEpic, createTask, getTask, type Json } from '../helpers/api-fixtures.js'
import { MINUTE, timer } from './sessions-support.js'

const dialects = await availableDialects()

interface Change { field: string; oldValue: unknown; newValue: unknown; changedBy: string; changedAt: string; userId: string }

describe.each(dialects)('session edits and listing on %s', (dialect) => {
  let t: TestApp
  let owner: SignedIn
  let epic: Json
  beforeAll(async () => {
    t = await startTestApp(dialect)
    owner = await t.signIn('owner')
    epic = await createEpic(t, owner)
  })
  afterAll(async () => {
    await t.close()
  })

  async function focusSession(as: SignedIn, task: Json, minutes: number): Promise<Json & { actualMinutes: number }> {
    await timer(t, as, 'POST', '/start', { taskId: task.id }, 201)
    t.clock.advance(minutes * MINUTE)
    return (await timer(t, as, 'POST', '/stop')).session as Json & { actualMinutes: number }
  }

  it('corrects the task minutes by the difference and records who changed what', async () => {
    const task = await createTask(t, owner, epic, {})
    const session = await focusSession(owner, task, 25)
    t.clock.advance(MINUTE)
    const patched = await t.request('PATCH', `/api/v1/sessions/${session.id}`, { as: owner, body: { version: session.version, actualMinutes: 40, moodRating: 9, notes: 'forgot to stop' } })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    expect(patched.headers.get('etag')).toBe(`"${session.version + 1}"`)
    expect(patched.body).toMatchObject({ actualMinutes: 40, moodRating: 9, notes: 'forgot to stop' })
    expect((await getTask(t, owner, task.id)).actualMinutes).toBe(40)
    const changes = await t.request('GET', `/api/v1/sessions/${session.id}/changes`, { as: owner })
    const items = (changes.body as { items: Change[] }).items
    expect(items.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([['actualMinutes', 25, 40], ['moodRating', null, 9], ['notes', null, 'forgot to stop']])
    expect(items.every((c) => c.changedBy === owner.user.id && c.userId === owner.user.id && c.changedAt === new Date(t.clock.now()).toISOString())).toBe(true)
  })

  it('answers 409 to a stale version and changes nothing', async () => {
    const task = await createTask(t, owner, epic, {})
    const session = await focusSession(owner, task, 10)
    await t.request('PATCH', `/api/v1/sessions/${session.id}`, { as: owner, body: { version: session.version, focusScore: 5 } })
    const stale = await t.request('PATCH', `/api/v1/sessions/${session.id}`, { as: owner, headers: { 'if-match': `"${session.version}"` }, body: { actualMinutes: 99 } })
    expect(stale.status).toBe(409)
    expect(stale.body).toMatchObject({ type: 'urn:duration:problem:version_conflict' })
    expect((await getTask(t, owner, task.id)).actualMinutes).toBe(10)
    const changes = await t.request('GET', `/api/v1/sessions/${session.id}/changes`, { as: owner })
    expect((changes.body as { total: number }).total).toBe(1)
  })

  it('moves the minutes when a session is reassigned to another task', async () => {
    const from = await createTask(t, owner, epic, {})
    const to = await createTask(t, owner, epic, {})
    const session = await focusSession(owner, from, 30)
    const moved = await t.request('PATCH', `/api/v1/sessions/${session.id}`, { as: owner, body: { version: session.version, taskId: to.id } })
    expect(moved.status).toBe(200)
    expect([(await getTask(t, owner, from.id)).actualMinutes, (await getTask(t, owner, to.id)).actualMinutes]).toEqual([0, 30])
  })

  it('recomputes minutes from a corrected end unless they are given', async () => {
    const task = await createTask(t, owner, epic, {})
    const session = await focusSession(owner, task, 20) as Json & { actualMinutes: number; startedAt: string }
    const endedAt = new Date(Date.parse(session.startedAt) + 45 * MINUTE).toISOString().replace('.000Z', 'Z')
    const patched = await t.request('PATCH', `/api/v1/sessions/${session.id}`, { as: owner, body: { version: session.version, endedAt } })
    expect(patched.body).toMatchObject({ actualMinutes: 45, endedAt: new Date(Date.parse(endedAt)).toISOString() })
    expect((await getTask(t, owner, task.id)).actualMinutes).toBe(45)
  })

  it('refuses edits that break the session rules with the failing pointers', async () => {
    const task = await createTask(t, owner, epic, {})
    const open = (await timer(t, owner, 'POST', '/start', { taskId: task.id }, 201)).session!
    const refused = await t.request('PATCH', `/api/v1/sessions/${open.id}`, { as: owner, body: { version: open.version, actualMinutes: 5, taskId: null } })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ errors: [{ pointer: '/body/actualMinutes' }, { pointer: '/body/taskId' }] })
    await timer(t, owner, 'POST', '/abandon')
  })

  it('lists sessions with task, kind and date filters and paging, and hides other users’ sessions', async () => {
    const member = await t.signIn('member')
    const memberEpic = await createEpic(t, member)
    const task = await createTask(t, member, memberEpic, {})
    t.clock.set(Date.parse('2026-02-02T13:00:00.000Z'))
    const first = await focusSession(member, task, 10)
    await timer(t, member, 'POST', '/break', {}, 201)
    t.clock.advance(5 * MINUTE)
    await timer(t, member, 'POST', '/stop')
    t.clock.set(Date.parse('2026-02-04T02:30:00.000Z')) // 23:30 on Feb 3 in São Paulo
    const late = await focusSession(member, task, 15)
    const list = (query: string, as = member) => t.request('GET', `/api/v1/sessions?${query}`, { as })
    expect((await list(`taskId=${task.id}`)).body).toMatchObject({ total: 2, items: [{ id: late.id }, { id: first.id }] })
    expect((await list('kind=short_break')).body).toMatchObject({ total: 1, items: [{ kind: 'short_break', taskId: null }] })
    expect((await list('from=2026-02-03&to=2026-02-03')).body).toMatchObject({ total: 1, items: [{ id: late.id }] })
    expect((await list('limit=1&offset=1&direction=asc')).body).toMatchObject({ total: 3, limit: 1, offset: 1, items: [{ kind: 'short_break' }] })
    expect((await list('from=2026-02-05&to=2026-02-01')).status).toBe(400)
    expect((await list(`userId=${owner.user.id}`)).status).toBe(403)
    expect((await list(`userId=${member.user.id}`, owner)).body).toMatchObject({ total: 3 })
    expect((await t.request('GET', `/api/v1/sessions/${first.id}`, { as: await t.signIn('member') })).status).toBe(404)
  })
})
