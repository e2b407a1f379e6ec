import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository, type Page } from '../../store/entity-repository.js'
import { pageWithTotal } from '../../store/page-query.js'
import { rowToEntity } from '../../store/row-mapping.js'
import type { Executor } from '../../store/transactions.js'
import type {
  SessionChange, SessionChangeCreate, SessionInterruption, SessionInterruptionCreate, WorkSession, WorkSessionCreate,
  WorkSessionPatch,
} from './sessions.schema.js'

export const workSessionsRepository = createEntityRepository<WorkSession, WorkSessionCreate, WorkSessionPatch>({
  entity: 'work session',
  table: 'work_sessions',
  softDelete: false,
  kinds: {},
  filterable: ['userId', 'taskId', 'kind', 'mode', 'state'],
  sortable: ['startedAt', 'createdAt', 'endedAt'],
  defaultSort: 'startedAt',
  access: ACCESS_RULES.ownRows,
})

export const sessionInterruptionsRepository = createEntityRepository<SessionInterruption, SessionInterruptionCreate, Partial<SessionInterruptionCreate>>({
  entity: 'interruption',
  table: 'session_interruptions',
  softDelete: false,
  kinds: {},
  filterable: ['sessionId', 'userId', 'source'],
  sortable: ['occurredAt', 'createdAt'],
  defaultSort: 'occurredAt',
  access: ACCESS_RULES.ownRows,
})

/** Change records are append-only: the patch type allows nothing. */
export const sessionChangesRepository = createEntityRepository<SessionChange, SessionChangeCreate, Record<string, never>>({
  entity: 'session change',
  table: 'session_changes',
  softDelete: false,
  kinds: { json: ['old_value', 'new_value'] },
  filterable: ['sessionId', 'userId', 'field', 'changedBy'],
  sortable: ['changedAt', 'createdAt'],
  defaultSort: 'changedAt',
  access: ACCESS_RULES.ownRows,
})

const toSession = (row: object): WorkSession => rowToEntity<WorkSession>({ ...row }, {})

/** The user's running or paused session; the partial unique index guarantees at most one. */
export async function findOpenSession(db: Executor, userId: string): Promise<WorkSession | undefined> {
  const row = await db.selectFrom('work_sessions').selectAll()
    .where('user_id', '=', userId).where('state', 'in', ['running', 'paused'])
    .executeTakeFirst()
  return row ? toSession(row) : undefined
}

export interface SessionFilter {
  userId: string
  taskId?: string | undefined
  kind?: string | undefined
  state?: string | undefined
  /** Half-open range of `started_at` as UTC ISO text (which sorts like the instants it names). */
  startedFrom?: string | undefined
  startedBefore?: string | undefined
  direction: 'asc' | 'desc'
  limit: number
  offset: number
}

/** One user's sessions, newest first by default, with the total for paging. */
export async function listSessions(db: Executor, filter: SessionFilter): Promise<Page<WorkSession>> {
  let base = db.selectFrom('work_sessions').where('user_id', '=', filter.userId)
  if (filter.taskId !== undefined) {
    base = base.where('task_id', '=', filter.taskId)
  }
  if (filter.kind !== undefined) {
    base = base.where('kind', '=', filter.kind)
  }
  if (filter.state !== undefined) {
    base = base.where('state', '=', filter.state)
  }
  if (filter.startedFrom !== undefined) {
    base = base.where('started_at', '>=', filter.startedFrom)
  }
  if (filter.startedBefore !== undefined) {
    base = base.where('started_at', '<', filter.startedBefore)
  }
  const { rows, total } = await pageWithTotal(base, (query) =>
    query.selectAll().orderBy('started_at', filter.direction).orderBy('id', filter.direction).limit(filter.limit).offset(filter.offset))
  return { items: rows.map(toSession), total, limit: filter.limit, offset: filter.offset }
}

/** Completed focus sessions since the user's last long break (what decides the next break's kind). */
export async function countFocusSinceLongBreak(db: Executor, userId: string): Promise<number> {
  const lastLong = await db.selectFrom('work_sessions').select('started_at')
    .where('user_id', '=', userId).where('kind', '=', 'long_break').where('state', 'in', ['completed', 'abandoned'])
    .orderBy('started_at', 'desc').limit(1).executeTakeFirst()
  let query = db.selectFrom('work_sessions').select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId).where('kind', '=', 'focus').where('state', '=', 'completed')
  if (lastLong) {
    query = query.where('started_at', '>', lastLong.started_at)
  }
  const { n } = await query.executeTakeFirstOrThrow()
  return Number(n)
}

/** The user's most recently finished session of any kind, or undefined. */
export async function findLastFinishedSession(db: Executor, userId: string): Promise<WorkSession | undefined> {
  const row = await db.selectFrom('work_sessions').selectAll()
    .where('user_id', '=', userId).where('state', 'in', ['completed', 'abandoned'])
    .orderBy('ended_at', 'desc').limit(1).executeTakeFirst()
  return row ? toSession(row) : undefined
}

/** Minutes of the user's completed focus sessions that started in [fromIso, beforeIso). */
export async function sumFocusMinutes(db: Executor, userId: string, fromIso: string, beforeIso: string): Promise<number> {
  const { total } = await db.selectFrom('work_sessions')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('actual_minutes'), eb.lit(0)).as('total'))
    .where('user_id', '=', userId).where('kind', '=', 'focus').where('state', '=', 'completed')
    .where('started_at', '>=', fromIso).where('started_at', '<', beforeIso)
    .executeTakeFirstOrThrow()
  return Number(total)
}

/** A session's change records, oldest first; changes of one edit share a timestamp and sort by field. */
export async function listSessionChanges(db: Executor, sessionId: string, limit: number, offset: number): Promise<Page<SessionChange>> {
  const base = db.selectFrom('session_changes').where('session_id', '=', sessionId)
  const { rows, total } = await pageWithTotal(base, (query) =>
    query.selectAll().orderBy('changed_at', 'asc').orderBy('field', 'asc').orderBy('id', 'asc').limit(limit).offset(offset))
  const items = rows.map((row) => rowToEntity<SessionChange>({ ...row }, { json: ['old_value', 'new_value'] }))
  return { items, total, limit, offset }
}
