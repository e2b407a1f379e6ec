import { toLocalDate } from '../../domain/calendar/index.js'
import { toIsoTimestamp, type Clock } from '../../domain/clock.js'
import { advanceStreak } from '../../domain/gamification/streaks.js'
import type { Executor } from '../../store/transactions.js'
import { usersRepository } from '../users/users.repository.js'
import { pointEventsRepository, userStreaksRepository } from './gamification.repository.js'

export interface TaskCompletionAward {
  userId: string
  taskId: string
  /** Positive when a task is completed, negative when a completion is undone. */
  points: number
  timeZone: string
}

/**
 * Points are a ledger (one event per award or reversal) with a running total on the user; the
 * daily streak advances only on completions. Runs inside the caller's transaction.
 */
export async function recordTaskCompletion(tx: Executor, clock: Clock, award: TaskCompletionAward): Promise<void> {
  const reason = award.points >= 0 ? 'task_completed' : 'task_reopened'
  await pointEventsRepository.insert(
    tx,
    { userId: award.userId, taskId: award.taskId, points: award.points, reason, occurredAt: toIsoTimestamp(clock.now()) },
    clock,
  )
  await usersRepository.increment(tx, award.userId, 'totalPoints', award.points, clock)
  if (award.points < 0) {
    return
  }
  const today = toLocalDate(clock.now(), award.timeZone)
  const existing = await userStreaksRepository.findOne(tx, { userId: award.userId, streakType: 'daily_tasks' })
  const next = advanceStreak(existing ?? null, today)
  if (existing) {
    await userStreaksRepository.update(tx, existing.id, existing.version, next, clock)
  } else {
    await userStreaksRepository.insert(tx, { userId: award.userId, streakType: 'daily_tasks', ...next }, clock)
  }
}
