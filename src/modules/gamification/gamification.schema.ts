import { Type, type Static } from '@sinclair/typebox'
import { Id, LocalDateString, Nullable, RowMetaFields, Timestamp } from '../common.schema.js'

export const STREAK_TYPES = ['daily_tasks', 'tdd_cycles', 'focus_sessions'] as const

/** Points are a ledger of events, not a counter, so totals can be recomputed and explained. */
export const PointEvent = Type.Object({
  ...RowMetaFields,
  userId: Id,
  taskId: Nullable(Id),
  points: Type.Integer(),
  reason: Type.String({ maxLength: 100 }),
  occurredAt: Timestamp,
})
export type PointEvent = Static<typeof PointEvent>
export const PointEventCreate = Type.Omit(PointEvent, ['id', 'createdAt', 'updatedAt', 'version'])
export type PointEventCreate = Static<typeof PointEventCreate>

export const UserAchievement = Type.Object({
  ...RowMetaFields,
  userId: Id,
  achievementCode: Type.String({ maxLength: 64 }),
  unlockedAt: Timestamp,
  taskId: Nullable(Id),
  points: Type.Integer(),
})
export type UserAchievement = Static<typeof UserAchievement>
export const UserAchievementCreate = Type.Omit(UserAchievement, ['id', 'createdAt', 'updatedAt', 'version'])
export type UserAchievementCreate = Static<typeof UserAchievementCreate>

export const UserStreak = Type.Object({
  ...RowMetaFields,
  userId: Id,
  streakType: Type.Union(STREAK_TYPES.map((s) => Type.Literal(s))),
  currentCount: Type.Integer({ minimum: 0 }),
  bestCount: Type.Integer({ minimum: 0 }),
  lastActivityDate: Nullable(LocalDateString),
})
export type UserStreak = Static<typeof UserStreak>
export const UserStreakCreate = Type.Omit(UserStreak, ['id', 'createdAt', 'updatedAt', 'version'])
export type UserStreakCreate = Static<typeof UserStreakCreate>
