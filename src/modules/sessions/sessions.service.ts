import { toIsoTimestamp, type Clock } from '../../domain/clock.js'
import { addCalendarDays, isValidLocalDate } from '../../domain/calendar/index.js'
import { startOfLocalDay } from '../../domain/analytics/index.js'
import { PermissionError, ValidationError, VersionConflictError, type ValidationIssue } from '../../domain/errors.js'
import { seesEverything, type Actor } from '../../identity/actor.js'
import type { Page } from '../../store/entity-repository.js'
import type { Store } from '../../store/store.js'
import type { Executor } from '../../store/transactions.js'
import { visibilityOf, type AuditSink } from '../resource.service.js'
import { tasksRepository } from '../tasks/tasks.repository.js'
import { planSessionEdit } from './session-edit.js'
import { adjustFocusPoints } from './session-rewards.js'
import type { SessionChange, SessionEdit, SessionInterruption, SessionListQuery, WorkSession } from './sessions.schema.js'
import {
  listSessionChanges, listSessions, sessionChangesRepository, sessionInterruptionsRepository, workSessionsRepository,
} from './sessions.repository.js'

export interface SessionsServiceDeps {
  store: Store
  clock: Clock
  audit: AuditSink
  /** Workspace zone: `from`/`to` filters are local dates in it. */
  timeZone: string
}

export interface PageQuery {
  limit?: number | undefined
  offset?: number | undefined
}

/** Work sessions as records: listing, reading, correcting (with a change history). */
export interface SessionsService {
  /** The actor's sessions (admins: anyone's via userId), newest first, filtered and paged. */
  list(actor: Actor, query: SessionListQuery): Promise<Page<WorkSession>>
  get(actor: Actor, id: string): Promise<WorkSession>
  /**
   * Corrects a session if `expectedVersion` is current, recording one change per field. Minutes of
   * a completed focus session move with it: the task(s) are corrected in the same transaction.
   */
  update(actor: Actor, id: string, expectedVersion: number, edit: SessionEdit): Promise<WorkSession>
  changes(actor: Actor, id: string, page?: PageQuery): Promise<Page<SessionChange>>
  interruptions(actor: Actor, id: string, page?: PageQuery): Promise<Page<SessionInterruption>>
}

/** The subject of a per-user query: the actor, or (owners/admins only) the user they name. */
export function subjectOf(actor: Actor, userId: string | undefined): string {
  if (userId !== undefined && userId !== actor.userId && !seesEverything(actor)) {
    throw new PermissionError("only owners and admins may look at another user's sessions")
  }
  return userId ?? actor.userId
}

function checkDateRange(from: string | undefined, to: string | undefined): void {
  const issues: ValidationIssue[] = []
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && (!isValidLocalDate(value) || value > '9999-12-30')) {
      issues.push({ pointer: `/query/${name}`, message: 'a real date YYYY-MM-DD' })
    }
  }
  if (issues.length === 0 && from !== undefined && to !== undefined && to < from) {
    issues.push({ pointer: '/query/to', message: 'must not be before from' })
  }
  if (issues.length > 0) {
    throw new ValidationError('invalid date range', issues)
  }
}

export function createSessionsService({ store, clock, audit, timeZone }: SessionsServiceDeps): SessionsService {
  const requireVisible = (db: Executor, actor: Actor, id: string) => workSessionsRepository.require(db, id, { visibleTo: visibilityOf(actor) })

  async function correctTaskMinutes(tx: Executor, taskId: string, delta: number): Promise<void> {
    const task = await tasksRepository.findById(tx, taskId)
    // Never below zero: the task's minutes may have been edited by hand since.
    const applied = task === undefined ? 0 : Math.max(delta, -task.actualMinutes)
    if (applied !== 0) {
      await tasksRepository.increment(tx, taskId, 'actualMinutes', applied, clock)
    }
  }

  return {
    list(actor, query) {
      const userId = subjectOf(actor, query.userId)
      checkDateRange(query.from, query.to)
      const startedFrom = query.from === undefined ? undefined : toIsoTimestamp(startOfLocalDay(query.from, timeZone))
      const startedBefore = query.to === undefined ? undefined : toIsoTimestamp(startOfLocalDay(addCalendarDays(query.to, 1), timeZone))
      return listSessions(store.db, {
        userId, taskId: query.taskId, kind: query.kind, state: query.state, startedFrom, startedBefore,
        direction: query.direction ?? 'desc', limit: query.limit ?? 50, offset: query.offset ?? 0,
      })
    },

    get: (actor, id) => requireVisible(store.db, actor, id),

    update: (actor, id, expectedVersion, edit) =>
      store.write(async (tx) => {
        const current = await requireVisible(tx, actor, id)
        const now = clock.now()
        const plan = planSessionEdit(current, edit, now)
        if (plan.changes.length === 0) {
          if (current.version !== expectedVersion) {
            throw new VersionConflictError('work session', id, expectedVersion, current.version)
          }
          return current
        }
        if (plan.patch.taskId !== undefined && plan.patch.taskId !== null) {
          await tasksRepository.require(tx, plan.patch.taskId, { visibleTo: visibilityOf(actor) })
        }
        const updated = await workSessionsRepository.update(tx, id, expectedVersion, plan.patch, clock)
        for (const { taskId, delta } of plan.taskMinutes) {
          await correctTaskMinutes(tx, taskId, delta)
        }
        for (const change of plan.changes) {
          await sessionChangesRepository.insert(tx, {
            sessionId: id, userId: current.userId, changedBy: actor.userId, changedAt: toIsoTimestamp(now), ...change,
          }, clock)
        }
        if (plan.minutes !== null) {
          await adjustFocusPoints(tx, { userId: current.userId, taskId: updated.taskId, oldMinutes: plan.minutes.before, newMinutes: plan.minutes.after, at: now }, clock)
        }
        await audit.record(tx, actor, { action: 'session.update', entity: 'work session', entityId: id, before: current, after: updated })
        return updated
      }),

    async changes(actor, id, page = {}) {
      await requireVisible(store.db, actor, id)
      return listSessionChanges(store.db, id, page.limit ?? 100, page.offset ?? 0)
    },

    async interruptions(actor, id, page = {}) {
      await requireVisible(store.db, actor, id)
      return sessionInterruptionsRepository.list(store.db, { filters: { sessionId: id }, sort: 'occurredAt', limit: page.limit ?? 100, offset: page.offset ?? 0 })
    },
  }
}
