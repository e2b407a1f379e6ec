import type { EpicFact, PointFact, SessionFact, StreakFact, TaskFact } from '../../domain/analytics/index.js'
import type { Executor } from '../../store/transactions.js'

const ms = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso))

/** The subject's sessions that started in [fromIso, beforeIso). */
export async function loadSessionFacts(db: Executor, userId: string, fromIso: string, beforeIso: string): Promise<SessionFact[]> {
  const rows = await db.selectFrom('work_sessions')
    .select(['task_id', 'kind', 'state', 'started_at', 'actual_minutes', 'interruptions_count', 'focus_score', 'energy_level', 'mood_rating'])
    .where('user_id', '=', userId).where('started_at', '>=', fromIso).where('started_at', '<', beforeIso)
    .orderBy('started_at')
    .execute()
  return rows.map((r) => ({
    taskId: r.task_id,
    kind: r.kind as SessionFact['kind'],
    state: r.state as SessionFact['state'],
    startedAtMs: Date.parse(r.started_at),
    actualMinutes: r.actual_minutes,
    interruptions: r.interruptions_count,
    focusScore: r.focus_score,
    energyLevel: r.energy_level,
    moodRating: r.mood_rating,
  }))
}

/**
 * The subject's tasks (assigned to them, or focused on by them) in every epic where one of their
 * tasks was completed or focused on in the window — all of them, so TDD cycles that began before
 * the window can still be recognised.
 */
export async function loadTaskFacts(db: Executor, userId: string, fromIso: string, beforeIso: string): Promise<TaskFact[]> {
  const focusedTaskIds = db.selectFrom('work_sessions').select('task_id')
    .where('user_id', '=', userId).where('kind', '=', 'focus').where('task_id', 'is not', null)
  const mine = db.selectFrom('visible_tasks').select('id')
    .where((eb) => eb.or([eb('assigned_to', '=', userId), eb('id', 'in', focusedTaskIds)]))
  const activeEpics = db.selectFrom('visible_tasks').select('epic_id')
    .where('id', 'in', mine)
    .where((eb) => eb.or([
      eb.and([eb('completed_at', '>=', fromIso), eb('completed_at', '<', beforeIso)]),
      eb('id', 'in', db.selectFrom('work_sessions').select('task_id').where('user_id', '=', userId).where('started_at', '>=', fromIso).where('started_at', '<', beforeIso)),
    ]))
  const rows = await db.selectFrom('visible_tasks')
    .select(['id', 'task_key', 'title', 'epic_id', 'tdd_phase', 'position', 'estimate_minutes', 'actual_minutes', 'story_points', 'started_at', 'completed_at'])
    .where('id', 'in', mine).where('epic_id', 'in', activeEpics)
    .execute()
  if (rows.length === 0) {
    return []
  }
  const firsts = await db.selectFrom('work_sessions')
    .select((eb) => ['task_id', eb.fn.min('started_at').as('first_at')])
    .where('user_id', '=', userId).where('kind', '=', 'focus').where('task_id', 'in', rows.map((r) => r.id))
    .groupBy('task_id')
    .execute()
  const firstByTask = new Map(firsts.map((f) => [f.task_id, String(f.first_at)]))
  return rows.map((r) => ({
    id: r.id,
    taskKey: r.task_key,
    title: r.title,
    epicId: r.epic_id,
    tddPhase: r.tdd_phase,
    position: r.position,
    estimateMinutes: r.estimate_minutes,
    actualMinutes: r.actual_minutes,
    storyPoints: r.story_points,
    startedAtMs: ms(r.started_at),
    completedAtMs: ms(r.completed_at),
    firstFocusAtMs: ms(firstByTask.get(r.id) ?? null),
  }))
}

export async function loadEpicFacts(db: Executor, epicIds: readonly string[]): Promise<EpicFact[]> {
  if (epicIds.length === 0) {
    return []
  }
  const rows = await db.selectFrom('epics').select(['id', 'epic_key', 'name']).where('id', 'in', [...epicIds]).execute()
  return rows.map((r) => ({ id: r.id, epicKey: r.epic_key, name: r.name }))
}

/** Point events of the window, and the all-time total of the ledger. */
export async function loadPointFacts(db: Executor, userId: string, fromIso: string, beforeIso: string): Promise<{ points: PointFact[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.selectFrom('point_events').select(['points', 'occurred_at'])
      .where('user_id', '=', userId).where('occurred_at', '>=', fromIso).where('occurred_at', '<', beforeIso)
      .execute(),
    db.selectFrom('point_events').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('points'), eb.lit(0)).as('total'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow(),
  ])
  return { points: rows.map((r) => ({ points: r.points, occurredAtMs: Date.parse(r.occurred_at) })), total: Number(total.total) }
}

export async function loadStreakFacts(db: Executor, userId: string): Promise<StreakFact[]> {
  const rows = await db.selectFrom('user_streaks').select(['streak_type', 'current_count', 'best_count', 'last_activity_date'])
    .where('user_id', '=', userId)
    .execute()
  return rows.map((r) => ({ streakType: r.streak_type, currentCount: r.current_count, bestCount: r.best_count, lastActivityDate: r.last_activity_date }))
}
