import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTimerService } from '../../src/modules/sessions/timer.service.js'
import { noAudit } from '../../src/modules/resource.service.js'
import type { Store } from '../../src/store/store.js'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'
import { createEpic, createTask, getTask, type Json } from '../helpers/api-fixtures.js'
import { MINUTE, timer } from './sessions-support.js'

const dialects = await availableDialects()

describe.each(dialects)('focus timer on %s', (dialect) => {
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

  it('keeps a running timer across a server restart with elapsed time from the clock', async () => {
    const user = await t.signIn('member')
    const memberEpic = await createEpic(t, user)
    const ownTask = await createTask(t, user, memberEpic, {})
    const started = await timer(t, user, 'POST', '/start', { taskId: ownTask.id }, 201)
    expect(started).toMatchObject({ elapsedSeconds: 0, remainingSeconds: 1500, session: { kind: 'focus', mode: 'pomodoro', state: 'running', plannedMinutes: 25 } })
    t.clock.advance(7 * MINUTE + 30_000)
    await t.restart()
    const after = await timer(t, user, 'GET', '')
    expect(after.session?.id).toBe(started.session?.id)
    expect(after).toMatchObject({ elapsedSeconds: 450, remainingSeconds: 1050, expired: false, task: { id: ownTask.id } })
    await timer(t, user, 'POST', '/abandon', {})
  })

  it('excludes paused time from elapsed and from the minutes added to the task', async () => {
    const task = await createTask(t, owner, epic, { estimateMinutes: 60 })
    await timer(t, owner, 'POST', '/start', { taskId: task.id }, 201)
    t.clock.advance(5 * MINUTE)
    expect((await timer(t, owner, 'POST', '/pause')).session?.state).toBe('paused')
    t.clock.advance(10 * MINUTE)
    expect((await timer(t, owner, 'GET', '')).elapsedSeconds).toBe(300)
    await timer(t, owner, 'POST', '/resume')
    t.clock.advance(7 * MINUTE)
    const stopped = await timer(t, owner, 'POST', '/stop', { focusScore: 8, energyLevel: 6, moodRating: 7, notes: 'good run' })
    expect(stopped.session).toMatchObject({ state: 'completed', actualMinutes: 12, pausedSeconds: 600, focusScore: 8, energyLevel: 6, moodRating: 7, notes: 'good run' })
    expect(stopped).toMatchObject({ pointsAwarded: 2, task: { actualMinutes: 12 } })
    expect((await getTask(t, owner, task.id)).actualMinutes).toBe(12)
    expect((await timer(t, owner, 'GET', '')).session).toBeNull()
  })

  it('answers 409 to a second timer while one runs, whatever its kind', async () => {
    const task = await createTask(t, owner, epic, {})
    await timer(t, owner, 'POST', '/start', { taskId: task.id }, 201)
    const second = await t.request('POST', '/api/v1/timer/start', { as: owner, body: { taskId: task.id } })
    expect(second.status).toBe(409)
    expect(second.body).toMatchObject({ type: 'urn:duration:problem:conflict' })
    expect((await t.request('POST', '/api/v1/timer/break', { as: owner, body: {} })).status).toBe(409)
    await timer(t, owner, 'POST', '/abandon')
    expect((await t.request('POST', '/api/v1/timer/pause', { as: owner })).status).toBe(409)
  })

  it('never adds break time to a task and picks a long break after four focus sessions', async () => {
    const task = await createTask(t, owner, epic, {})
    for (let i = 0; i < 4; i++) {
      const kind = i === 0 ? 'short_break' : undefined
      await timer(t, owner, 'POST', '/start', { taskId: task.id, plannedMinutes: 10 }, 201)
      t.clock.advance(10 * MINUTE)
      await timer(t, owner, 'POST', '/stop')
      if (kind) {
        const brk = await timer(t, owner, 'POST', '/break', {}, 201)
        expect(brk.session).toMatchObject({ kind: 'short_break', taskId: null, plannedMinutes: 5 })
        t.clock.advance(5 * MINUTE)
        const done = await timer(t, owner, 'POST', '/stop')
        expect(done).toMatchObject({ pointsAwarded: 0, task: null, session: { actualMinutes: 5 } })
      }
    }
    expect((await getTask(t, owner, task.id)).actualMinutes).toBe(40)
    const long = await timer(t, owner, 'POST', '/break', undefined, 201)
    expect(long.session).toMatchObject({ kind: 'long_break', plannedMinutes: 15 })
    t.clock.advance(15 * MINUTE)
    await timer(t, owner, 'POST', '/stop')
    expect((await getTask(t, owner, task.id)).actualMinutes).toBe(40)
  })

  it('logs interruptions with source and reason on the focus session', async () => {
    const task = await createTask(t, owner, epic, {})
    await timer(t, owner, 'POST', '/start', { taskKey: `${String(epic.epicKey)}/${String(task.taskKey)}`, mode: 'flowtime' }, 201)
    const first = await t.request('POST', '/api/v1/timer/interruptions', { as: owner, body: { source: 'external', reason: 'phone call' } })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ interruption: { source: 'external', reason: 'phone call' }, session: { interruptionsCount: 1, mode: 'flowtime' }, remainingSeconds: null })
    t.clock.advance(MINUTE) // interruptions list in the order they happened
    const second = await t.request('POST', '/api/v1/timer/interruptions', { as: owner })
    const sessionId = (second.body as { session: Json }).session.id
    t.clock.advance(49 * MINUTE)
    const stopped = await timer(t, owner, 'POST', '/stop')
    expect(stopped.session).toMatchObject({ interruptionsCount: 2, actualMinutes: 50, plannedMinutes: null })
    const listed = await t.request('GET', `/api/v1/sessions/${sessionId}/interruptions`, { as: owner })
    expect((listed.body as { items: { source: string; reason: string | null }[] }).items.map((i) => [i.source, i.reason])).toEqual([['external', 'phone call'], ['internal', null]])
    // A flowtime focus earns a proportional break: 50 min → 10 min.
    expect((await timer(t, owner, 'POST', '/break', {}, 201)).session).toMatchObject({ plannedMinutes: 10 })
    await timer(t, owner, 'POST', '/abandon')
  })

  it('uses per-user pomodoro lengths from the preferences', async () => {
    const user = await t.signIn('admin')
    const task = await createTask(t, owner, epic, {})
    expect((await t.request('GET', '/api/v1/timer/preferences', { as: user })).body).toEqual({ focusMinutes: 25, shortBreakMinutes: 5, longBreakMinutes: 15, longBreakEvery: 4 })
    const patched = await t.request('PATCH', '/api/v1/timer/preferences', { as: user, body: { focusMinutes: 50, shortBreakMinutes: 10 } })
    expect(patched.body).toEqual({ focusMinutes: 50, shortBreakMinutes: 10, longBreakMinutes: 15, longBreakEvery: 4 })
    expect((await t.request('PATCH', '/api/v1/timer/preferences', { as: user, body: { focusMinutes: 0 } })).status).toBe(400)
    expect((await timer(t, user, 'POST', '/start', { taskId: task.id }, 201)).remainingSeconds).toBe(3000)
    expect((await timer(t, owner, 'GET', '')).session).toBeNull() // another user's timer is theirs alone
    await timer(t, user, 'POST', '/abandon')
  })

  it('does not credit the task or award points when a session is abandoned', async () => {
    const task = await createTask(t, owner, epic, {})
    await timer(t, owner, 'POST', '/start', { taskId: task.id }, 201)
    t.clock.advance(20 * MINUTE)
    const abandoned = await timer(t, owner, 'POST', '/abandon', { notes: 'fire alarm' })
    expect(abandoned.session).toMatchObject({ state: 'abandoned', actualMinutes: 20, notes: 'fire alarm' })
    expect((await getTask(t, owner, task.id)).actualMinutes).toBe(0)
  })

  it('hides tasks the actor cannot see: starting on one is 404', async () => {
    const member = await t.signIn('member')
    const task = await createTask(t, owner, epic, {})
    const response = await t.request('POST', '/api/v1/timer/start', { as: member, body: { taskId: task.id } })
    expect(response.status).toBe(404)
    expect((await t.request('POST', '/api/v1/timer/start', { as: member, body: {} })).status).toBe(400)
  })

  it('completes the session and credits the task in one transaction', async () => {
    const task = await createTask(t, owner, epic, {})
    await timer(t, owner, 'POST', '/start', { taskId: task.id }, 201)
    t.clock.advance(25 * MINUTE)
    // The same service over a store whose transaction fails after the work: nothing may stick.
    const failing: Store = { ...t.app.store, write: (work) => t.app.store.write(async (tx) => { await work(tx); throw new Error('commit failed') }) }
    const service = createTimerService({ store: failing, clock: t.clock, audit: noAudit, timeZone: 'America/Sao_Paulo' })
    await expect(service.stop(owner.actor, {})).rejects.toThrow('commit failed')
    expect((await timer(t, owner, 'GET', '')).session?.state).toBe('running')
    expect((await getTask(t, owner, task.id)).actualMinutes).toBe(0)
    const stopped = await timer(t, owner, 'POST', '/stop')
    expect(stopped).toMatchObject({ task: { actualMinutes: 25 }, pointsAwarded: 5, focusStreak: 1 })
  })
})
