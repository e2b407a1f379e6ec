import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConflictError, NotFoundError, ValidationError, VersionConflictError } from '../domain/errors.js'
import { clientsRepository } from '../modules/clients/clients.repository.js'
import { epicsRepository } from '../modules/epics/epics.repository.js'
import { pointEventsRepository, userStreaksRepository } from '../modules/gamification/gamification.repository.js'
import { projectMembersRepository } from '../modules/projects/project-members.repository.js'
import { projectsRepository } from '../modules/projects/projects.repository.js'
import { sessionInterruptionsRepository, workSessionsRepository } from '../modules/sessions/sessions.repository.js'
import { settingsRepository } from '../modules/settings/settings.repository.js'
import { taskDependenciesRepository, tasksRepository } from '../modules/tasks/tasks.repository.js'
import { usersRepository } from '../modules/users/users.repository.js'
import { availableDialects, openTestStore, type TestStore } from '../../test/helpers/stores.js'

const dialects = await availableDialects()

describe.each(dialects)('repositories on %s', (dialect) => {
  let t: TestStore
  beforeAll(async () => {
    t = await openTestStore(dialect)
  })
  afterAll(async () => {
    await t.cleanup()
  })

  async function seedHierarchy(suffix: string) {
    const { store, clock } = t
    return store.write(async (tx) => {
      const user = await usersRepository.insert(tx, { email: `ana.${suffix}@example.com`, displayName: 'Ana' }, clock)
      const client = await clientsRepository.insert(tx, { clientKey: `acme_${suffix}`, name: 'Acme', createdBy: user.id }, clock)
      const project = await projectsRepository.insert(tx, { clientId: client.id, projectKey: 'web', name: 'Website' }, clock)
      const epic = await epicsRepository.insert(
        tx,
        { epicKey: `E-${suffix}`, name: 'Checkout', projectId: project.id, goals: ['ship it'], labels: ['tdd'] },
        clock,
      )
      const task = await tasksRepository.insert(
        tx,
        { epicId: epic.id, taskKey: '1.1a', title: 'Write failing test', tddPhase: 'red', testSpecs: ['rejects empty cart'] },
        clock,
      )
      return { user, client, project, epic, task }
    })
  }

  it('creates rows with id, timestamps, version 1 and decoded JSON columns', async () => {
    const { user, epic, task } = await seedHierarchy('create')
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(user.isActive).toBe(true)
    expect(user).not.toHaveProperty('passwordHash')
    expect(epic.version).toBe(1)
    expect(epic.createdAt).toBe('2026-01-05T12:00:00.000Z')
    expect(epic.goals).toEqual(['ship it'])
    expect(epic.extra).toEqual({})
    expect(task.status).toBe('pending')
    expect(task.estimateMinutes).toBe(60)
    expect(task.testSpecs).toEqual(['rejects empty cart'])
    expect(task.deletedAt).toBeNull()
  })

  it('updates with the expected version and bumps it', async () => {
    const { task } = await seedHierarchy('update')
    t.clock.advance(60_000)
    const updated = await t.store.write((tx) => tasksRepository.update(tx, task.id, 1, { status: 'in_progress', labels: ['x'] }, t.clock))
    expect(updated.version).toBe(2)
    expect(updated.status).toBe('in_progress')
    expect(updated.labels).toEqual(['x'])
    expect(updated.updatedAt).not.toBe(updated.createdAt)
  })

  it('rejects a stale version with VersionConflictError and changes nothing', async () => {
    const { task } = await seedHierarchy('stale')
    await t.store.write((tx) => tasksRepository.update(tx, task.id, 1, { title: 'first' }, t.clock))
    const attempt = t.store.write((tx) => tasksRepository.update(tx, task.id, 1, { title: 'second' }, t.clock))
    await expect(attempt).rejects.toBeInstanceOf(VersionConflictError)
    await expect(attempt).rejects.toMatchObject({ expectedVersion: 1, currentVersion: 2 })
    const current = await tasksRepository.require(t.store.db, task.id)
    expect(current.title).toBe('first')
    expect(current.version).toBe(2)
  })

  it('gives exactly one winner when two writers hold the same version', async () => {
    const { task } = await seedHierarchy('race')
    const results = await Promise.allSettled([
      t.store.write((tx) => tasksRepository.update(tx, task.id, 1, { title: 'writer A' }, t.clock)),
      t.store.write((tx) => tasksRepository.update(tx, task.id, 1, { title: 'writer B' }, t.clock)),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.filter((r) => r.status === 'rejected')
    expect(rejected).toHaveLength(1)
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflictError)
    expect((await tasksRepository.require(t.store.db, task.id)).version).toBe(2)
  })

  it('rolls back every write of a transaction that throws', async () => {
    const before = await clientsRepository.list(t.store.db, { limit: 200 })
    const attempt = t.store.write(async (tx) => {
      await clientsRepository.insert(tx, { clientKey: 'rolled_back', name: 'Gone' }, t.clock)
      throw new Error('boom')
    })
    await expect(attempt).rejects.toThrow('boom')
    const after = await clientsRepository.list(t.store.db, { limit: 200 })
    expect(after.total).toBe(before.total)
    expect(after.items.some((c) => c.clientKey === 'rolled_back')).toBe(false)
  })

  it('hides soft-deleted rows and every descendant, and restores them', async () => {
    const { client, project, epic, task } = await seedHierarchy('soft')
    await t.store.write((tx) => clientsRepository.softDelete(tx, client.id, 1, t.clock))
    expect(await clientsRepository.findById(t.store.db, client.id)).toBeUndefined()
    expect(await projectsRepository.findById(t.store.db, project.id)).toBeUndefined()
    expect(await epicsRepository.findById(t.store.db, epic.id)).toBeUndefined()
    expect(await tasksRepository.findById(t.store.db, task.id)).toBeUndefined()
    await expect(tasksRepository.require(t.store.db, task.id)).rejects.toBeInstanceOf(NotFoundError)
    const listed = await tasksRepository.list(t.store.db, { filters: { epicId: epic.id } })
    expect(listed.total).toBe(0)
    // a hidden task cannot be updated either
    await expect(t.store.write((tx) => tasksRepository.update(tx, task.id, 1, { title: 'x' }, t.clock))).rejects.toBeInstanceOf(NotFoundError)
    expect((await tasksRepository.findById(t.store.db, task.id, { includeDeleted: true }))?.deletedAt).toBeNull()
    const restored = await t.store.write((tx) => clientsRepository.restore(tx, client.id, 2, t.clock))
    expect(restored.deletedAt).toBeNull()
    expect(restored.version).toBe(3)
    expect((await tasksRepository.require(t.store.db, task.id)).id).toBe(task.id)
  })

  it('keeps epics without a project visible (imported single epics)', async () => {
    const epic = await t.store.write((tx) => epicsRepository.insert(tx, { epicKey: 'LONE', name: 'Lone epic' }, t.clock))
    expect((await epicsRepository.require(t.store.db, epic.id)).projectId).toBeNull()
  })

  it('enforces foreign keys and unique keys as ConflictError', async () => {
    const { epic } = await seedHierarchy('fk')
    const orphan = t.store.write((tx) =>
      tasksRepository.insert(tx, { epicId: '01900000-0000-7000-8000-000000000000', taskKey: 'x', title: 'orphan' }, t.clock),
    )
    await expect(orphan).rejects.toBeInstanceOf(ConflictError)
    const duplicate = t.store.write((tx) => tasksRepository.insert(tx, { epicId: epic.id, taskKey: '1.1a', title: 'dup' }, t.clock))
    await expect(duplicate).rejects.toBeInstanceOf(ConflictError)
  })

  it('rejects out-of-range values through CHECK constraints', async () => {
    const { epic } = await seedHierarchy('check')
    const bad = t.store.write((tx) =>
      tasksRepository.insert(tx, { epicId: epic.id, taskKey: 'bad', title: 'bad', status: 'todo' }, t.clock),
    )
    await expect(bad).rejects.toBeInstanceOf(ValidationError)
  })

  it('pages, filters and sorts lists, and refuses unknown filter fields', async () => {
    const { epic } = await seedHierarchy('paging')
    await t.store.write(async (tx) => {
      for (let i = 0; i < 12; i++) {
        await tasksRepository.insert(tx, { epicId: epic.id, taskKey: `p${i}`, title: `T${i}`, position: 12 - i, status: i % 2 ? 'completed' : 'pending' }, t.clock)
      }
    })
    const page = await tasksRepository.list(t.store.db, { filters: { epicId: epic.id, status: 'completed' }, sort: 'position', limit: 4, offset: 0 })
    expect(page.total).toBe(6)
    expect(page.items.map((x) => x.taskKey)).toEqual(['p11', 'p9', 'p7', 'p5'])
    const second = await tasksRepository.list(t.store.db, { filters: { epicId: epic.id, status: 'completed' }, sort: 'position', limit: 4, offset: 4 })
    expect(second.items.map((x) => x.taskKey)).toEqual(['p3', 'p1'])
    await expect(tasksRepository.list(t.store.db, { filters: { title: 'x' } })).rejects.toBeInstanceOf(ValidationError)
    await expect(tasksRepository.list(t.store.db, { sort: 'description' })).rejects.toBeInstanceOf(ValidationError)
  })

  it('increments actual minutes atomically and bumps the version', async () => {
    const { task } = await seedHierarchy('increment')
    const after = await t.store.write((tx) => tasksRepository.increment(tx, task.id, 'actualMinutes', 25, t.clock))
    expect(after.actualMinutes).toBe(25)
    expect(after.version).toBe(2)
  })

  it('stores dependencies, sessions, interruptions, points, streaks and settings', async () => {
    const { user, task } = await seedHierarchy('misc')
    const result = await t.store.write(async (tx) => {
      const dependency = await taskDependenciesRepository.insert(tx, { taskId: task.id, dependsOnKey: 'E-other/2.1' }, t.clock)
      const session = await workSessionsRepository.insert(
        tx,
        { userId: user.id, taskId: task.id, kind: 'focus', startedAt: '2026-01-05T12:00:00.000Z', plannedMinutes: 25, moodRating: 7 },
        t.clock,
      )
      const interruption = await sessionInterruptionsRepository.insert(
        tx,
        { sessionId: session.id, userId: user.id, occurredAt: '2026-01-05T12:10:00.000Z', source: 'external', reason: 'phone' },
        t.clock,
      )
      const points = await pointEventsRepository.insert(tx, { userId: user.id, taskId: task.id, points: 45, reason: 'task_completed', occurredAt: '2026-01-05T12:30:00.000Z' }, t.clock)
      const streak = await userStreaksRepository.insert(tx, { userId: user.id, streakType: 'daily_tasks', currentCount: 1, bestCount: 1, lastActivityDate: '2026-01-05' }, t.clock)
      const setting = await settingsRepository.insert(tx, { scope: user.id, userId: user.id, settingKey: 'timer.focus_minutes', value: { minutes: 50 } }, t.clock)
      return { dependency, session, interruption, points, streak, setting }
    })
    expect(result.dependency.dependencyType).toBe('blocking')
    expect(result.dependency.dependsOnTaskId).toBeNull()
    expect(result.session.state).toBe('running')
    expect(result.session.moodRating).toBe(7)
    expect(result.interruption.source).toBe('external')
    expect(result.points.points).toBe(45)
    expect(result.streak.bestCount).toBe(1)
    expect(result.setting.value).toEqual({ minutes: 50 })
    // one open timer per user, enforced by a partial unique index
    const second = t.store.write((tx) => workSessionsRepository.insert(tx, { userId: user.id, kind: 'focus', startedAt: '2026-01-05T12:40:00.000Z' }, t.clock))
    await expect(second).rejects.toBeInstanceOf(ConflictError)
    await expect(t.store.write((tx) => workSessionsRepository.insert(tx, { userId: user.id, kind: 'focus', startedAt: 'x', moodRating: 11 }, t.clock))).rejects.toBeInstanceOf(ValidationError)
  })

  it('restricts reads to what a member may see: own projects, their clients, epics and tasks', async () => {
    const a = await seedHierarchy('access_a')
    const b = await seedHierarchy('access_b')
    const outsider = await t.store.write((tx) => usersRepository.insert(tx, { email: 'outsider@example.com', displayName: 'Out' }, t.clock))
    await t.store.write((tx) => projectMembersRepository.insert(tx, { projectId: a.project.id, userId: outsider.id }, t.clock))
    const as = { visibleTo: outsider.id }
    expect((await clientsRepository.findById(t.store.db, a.client.id, as))?.id).toBe(a.client.id)
    expect(await clientsRepository.findById(t.store.db, b.client.id, as)).toBeUndefined()
    expect((await projectsRepository.list(t.store.db, as)).items.map((p) => p.id)).toEqual([a.project.id])
    expect((await epicsRepository.list(t.store.db, as)).items.map((e) => e.id)).toEqual([a.epic.id])
    expect((await tasksRepository.list(t.store.db, as)).items.map((x) => x.id)).toEqual([a.task.id])
    await expect(tasksRepository.require(t.store.db, b.task.id, as)).rejects.toBeInstanceOf(NotFoundError)
    // the creator of a client sees it without membership
    expect((await clientsRepository.findById(t.store.db, b.client.id, { visibleTo: b.user.id }))?.id).toBe(b.client.id)
  })
})
