import { Type, type Static } from '@sinclair/typebox'
import { Id, LongText, Nullable, RowMetaFields, Timestamp } from '../common.schema.js'

export const SESSION_KINDS = ['focus', 'short_break', 'long_break'] as const
export const SESSION_MODES = ['pomodoro', 'flowtime'] as const
export const SESSION_STATES = ['running', 'paused', 'completed', 'abandoned'] as const
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
