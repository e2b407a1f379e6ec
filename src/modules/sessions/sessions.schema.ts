import { Type, type Static } from '@sinclair/typebox'
import { MAX_PLANNED_MINUTES, SESSION_KINDS, SESSION_MODES, SESSION_STATES } from '../../domain/focus/index.js'
import { Id, LocalDateString, LongText, Nullable, PagingFields, RowMetaFields, Timestamp } from '../common.schema.js'

export { SESSION_KINDS, SESSION_MODES, SESSION_STATES }
export const INTERRUPTION_SOURCES = ['internal', 'external'] as const

const Rating = Nullable(Type.Integer({ minimum: 1, maximum: 10 }))

export const WorkSession = Type.Object({
  ...RowMetaFields,
  taskId: Nullable(Id),
  userId: Id,
  kind: Type.Union(SESSION_KINDS.map((s) => Type.Literal(s))),
  mode: Type.Union(SESSION_MODES.map((s) => Type.Literal(s))),
  state: Type.Union(SESSION_STATES.map((s) => Type.Literal(s))),
  startedAt: Timestamp,
  endedAt: Nullable(Timestamp),
  pausedAt: Nullable(Timestamp),
  pausedSeconds: Type.Integer({ minimum: 0 }),
  plannedMinutes: Nullable(Type.Integer({ minimum: 1, maximum: 1440 })),
  actualMinutes: Nullable(Type.Integer({ minimum: 0 })),
  interruptionsCount: Type.Integer({ minimum: 0 }),
  focusScore: Rating,
  energyLevel: Rating,
  moodRating: Rating,
  notes: Nullable(LongText),
})
export type WorkSession = Static<typeof WorkSession>

export const WorkSessionCreate = Type.Intersect([
  Type.Object({ userId: Id, kind: WorkSession.properties.kind, startedAt: Timestamp }),
  Type.Partial(Type.Omit(WorkSession, ['id', 'createdAt', 'updatedAt', 'version', 'userId', 'kind', 'startedAt'])),
])
export type WorkSessionCreate = Static<typeof WorkSessionCreate>
export const WorkSessionPatch = Type.Partial(Type.Omit(WorkSession, ['id', 'createdAt', 'updatedAt', 'version', 'userId']))
export type WorkSessionPatch = Static<typeof WorkSessionPatch>

export const SessionInterruption = Type.Object({
  ...RowMetaFields,
  sessionId: Id,
  userId: Id,
  occurredAt: Timestamp,
  source: Type.Union(INTERRUPTION_SOURCES.map((s) => Type.Literal(s))),
  reason: Nullable(Type.String({ maxLength: 500 })),
})
export type SessionInterruption = Static<typeof SessionInterruption>
export const SessionInterruptionCreate = Type.Omit(SessionInterruption, ['id', 'createdAt', 'updatedAt', 'version'])
export type SessionInterruptionCreate = Static<typeof SessionInterruptionCreate>

/** What PATCH /sessions/:id may change; state moves only through the timer routes. */
export const SESSION_EDITABLE_FIELDS = [
  'taskId', 'startedAt', 'endedAt', 'plannedMinutes', 'actualMinutes', 'focusScore', 'energyLevel', 'moodRating', 'notes',
] as const
export type SessionEditableField = (typeof SESSION_EDITABLE_FIELDS)[number]

export const SessionEdit = Type.Partial(Type.Object({
  taskId: Nullable(Id),
  startedAt: Timestamp,
  endedAt: Timestamp,
  plannedMinutes: Nullable(Type.Integer({ minimum: 1, maximum: MAX_PLANNED_MINUTES })),
  actualMinutes: Type.Integer({ minimum: 0, maximum: 1440 }),
  focusScore: Rating,
  energyLevel: Rating,
  moodRating: Rating,
  notes: Nullable(LongText),
}), { additionalProperties: false })
export type SessionEdit = Static<typeof SessionEdit>

/** One changed field of a session: who changed it, when, and the value before and after. */
export const SessionChange = Type.Object({
  ...RowMetaFields,
  sessionId: Id,
  userId: Id,
  changedBy: Nullable(Id),
  changedAt: Timestamp,
  field: Type.String({ maxLength: 64 }),
  oldValue: Type.Unknown(),
  newValue: Type.Unknown(),
})
export type SessionChange = Static<typeof SessionChange>
export const SessionChangeCreate = Type.Omit(SessionChange, ['id', 'createdAt', 'updatedAt', 'version'])
export type SessionChangeCreate = Static<typeof SessionChangeCreate>

/** Filters of GET /sessions; `from`/`to` are inclusive local dates of the session start in the workspace zone. */
export const SessionListQuery = Type.Object({
  userId: Type.Optional(Id),
  taskId: Type.Optional(Id),
  kind: Type.Optional(WorkSession.properties.kind),
  state: Type.Optional(WorkSession.properties.state),
  from: Type.Optional(LocalDateString),
  to: Type.Optional(LocalDateString),
  direction: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'desc' })),
  ...PagingFields,
}, { additionalProperties: false })
export type SessionListQuery = Static<typeof SessionListQuery>
