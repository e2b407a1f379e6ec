import { createEntityRepository } from '../../store/entity-repository.js'
import type {
  PointEvent, PointEventCreate, UserAchievement, UserAchievementCreate, UserStreak, UserStreakCreate,
} from './gamification.schema.js'

export const pointEventsRepository = createEntityRepository<PointEvent, PointEventCreate, Partial<PointEventCreate>>({
  entity: 'point event',
  table: 'point_events',
  softDelete: false,
  kinds: {},
  filterable: ['userId', 'taskId', 'reason'],
  sortable: ['occurredAt', 'createdAt'],
  defaultSort: 'occurredAt',
})

export const userAchievementsRepository = createEntityRepository<UserAchievement, UserAchievementCreate, Partial<UserAchievementCreate>>({
  entity: 'achievement',
  table: 'user_achievements',
  softDelete: false,
  kinds: {},
  filterable: ['userId', 'achievementCode'],
  sortable: ['unlockedAt', 'createdAt'],
  defaultSort: 'unlockedAt',
})

export const userStreaksRepository = createEntityRepository<UserStreak, UserStreakCreate, Partial<UserStreakCreate>>({
  entity: 'streak',
  table: 'user_streaks',
  softDelete: false,
  kinds: {},
  filterable: ['userId', 'streakType'],
  sortable: ['createdAt', 'streakType'],
  defaultSort: 'createdAt',
})
