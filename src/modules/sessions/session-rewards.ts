import { toIsoTimestamp, type Clock } from '../../domain/clock.js'
import { addCalendarDays, toLocalDate } from '../../domain/calendar/index.js'
import { startOfLocalDay } from '../../domain/analytics/index.js'
import { FOCUS_STREAK_DAY_MINUTES, focusSessionPoints } from '../../domain/focus/index.js'
import { advanceStreak } from '../../domain/gamification/streaks.js'
import type { Executor } from '../../store/transactions.js'
import { pointEventsRepository, userStreaksRepository } from '../gamification/gamification.repository.js'
import { usersRepository } from '../users/users.repository.js'
import { sumFocusMinutes } from './sessions.repository.js'

/** Ledger reasons of focus points (point_events.reason). */
export const FOCUS_POINTS_REASON = 'focus_session'
export const FOCUS_POINTS_EDIT_REASON = 'focus_session_edit'

export interface FocusReward {
  pointsAwarded: number
  /** The focus streak after this session, or null when today has not reached the threshold yet. */
  focusStreak: number | null
}

/**
 * Rewards a completed focus session inside the stopping transaction: ⌊minutes/5⌋ points (at least
 * 1) as a point event added to the user's total, and the daily focus streak once today's completed focus minutes reach 15.
 */
export async function rewardFocusSession(
  tx: Executor,
  input: { userId: string; taskId: string | null; minutes: number; at: number; timeZone: string },
  clock: Clock,
): Promise<FocusReward> {
  const pointsAwarded = focusSessionPoints(input.minutes)
  if (pointsAwarded > 0) {
    await pointEventsRepository.insert(tx, {
      userId: input.userId, taskId: input.taskId, points: pointsAwarded, reason: FOCUS_POINTS_REASON, occurredAt: toIsoTimestamp(input.at),
    }, clock)
    // The ledger is the truth; the user's running total follows it like task points do.
    await usersRepository.increment(tx, input.userId, 'totalPoints', pointsAwarded, clock)
  }
  const today = toLocalDate(input.at, input.timeZone)
  const dayStart = toIsoTimestamp(startOfLocalDay(today, input.timeZone))
  const dayEnd = toIsoTimestamp(startOfLocalDay(addCalendarDays(today, 1), input.timeZone))
  if ((await sumFocusMinutes(tx, input.userId, dayStart, dayEnd)) < FOCUS_STREAK_DAY_MINUTES) {
    return { pointsAwarded, focusStreak: null }
  }
  const found = await userStreaksRepository.list(tx, { filters: { userId: input.userId, streakType: 'focus_sessions' }, limit: 1 })
  const row = found.items[0]
  const next = advanceStreak(row ?? null, today)
  if (row === undefined) {
    await userStreaksRepository.insert(tx, { userId: input.userId, streakType: 'focus_sessions', ...next }, clock)
  } else if (row.lastActivityDate !== today) {
    await userStreaksRepository.update(tx, row.id, row.version, next, clock)
  }
  return { pointsAwarded, focusStreak: next.currentCount }
}

/** Records the point difference when an edit changes a completed focus session's minutes. */
export async function adjustFocusPoints(
  tx: Executor,
  input: { userId: string; taskId: string | null; oldMinutes: number; newMinutes: number; at: number },
  clock: Clock,
): Promise<number> {
  const delta = focusSessionPoints(input.newMinutes) - focusSessionPoints(input.oldMinutes)
  if (delta !== 0) {
    await pointEventsRepository.insert(tx, {
      userId: input.userId, taskId: input.taskId, points: delta, reason: FOCUS_POINTS_EDIT_REASON, occurredAt: toIsoTimestamp(input.at),
    }, clock)
    await usersRepository.increment(tx, input.userId, 'totalPoints', delta, clock)
  }
  return delta
}
