import type { AnalyticsFacts, SessionFact, TaskFact } from './analytics.types.js'

/** A small, hand-computed data set (UTC): the expected numbers in the tests are worked out from it. */
const JAN_1_2026_UTC = 1_767_225_600_000

/** Epoch ms of 2026-01-`day` `hour`:`minute` UTC. */
export const at = (day: number, hour: number, minute = 0): number => JAN_1_2026_UTC + (day - 1) * 86_400_000 + hour * 3_600_000 + minute * 60_000

const focus = (taskId: string | null, startedAtMs: number, actualMinutes: number, interruptions: number, ratings: [number, number, number] | null, state: SessionFact['state'] = 'completed'): SessionFact => ({
  taskId, kind: 'focus', state, startedAtMs, actualMinutes, interruptions,
  focusScore: ratings?.[0] ?? null, energyLevel: ratings?.[1] ?? null, moodRating: ratings?.[2] ?? null,
})

const task = (id: string, epicId: string, tddPhase: string | null, position: number, estimate: number, actual: number, storyPoints: number, completedAtMs: number, firstFocusAtMs: number | null): TaskFact => ({
  id, taskKey: id, title: `Task ${id}`, epicId, tddPhase, position, estimateMinutes: estimate, actualMinutes: actual, storyPoints,
  startedAtMs: null, completedAtMs, firstFocusAtMs,
})

export const FACTS: AnalyticsFacts = {
  sessions: [
    focus('A', at(5, 9), 25, 1, [8, 6, 7]),
    focus('A', at(5, 14), 25, 0, [6, 4, 5]),
    focus('B', at(6, 9, 30), 10, 2, null, 'abandoned'),
    focus('B', at(6, 10), 50, 1, [9, 8, 8]),
    { taskId: null, kind: 'short_break', state: 'completed', startedAtMs: at(5, 9, 25), actualMinutes: 5, interruptions: 0, focusScore: null, energyLevel: null, moodRating: null },
    focus('C', at(7, 9), 30, 0, [4, 5, 6]),
    focus('C', at(8, 9), 30, 3, [1, 1, 1]),
  ],
  tasks: [
    task('A', 'E1', 'red', 1, 60, 50, 3, at(5, 15), at(5, 9)),
    task('B', 'E1', 'green', 2, 40, 60, 5, at(6, 12), at(6, 9, 30)),
    task('C', 'E1', 'refactor', 3, 0, 30, 1, at(7, 10), at(7, 9)),
    task('D', 'E2', null, 1, 30, 15, 2, at(6, 16), null),
  ],
  epics: [{ id: 'E1', epicKey: 'E1', name: 'Epic one' }, { id: 'E2', epicKey: 'E2', name: 'Epic two' }],
  points: [{ points: 10, occurredAtMs: at(5, 10) }, { points: 5, occurredAtMs: at(6, 11) }, { points: 3, occurredAtMs: at(9, 9) }],
  totalPoints: 18,
  streaks: [
    { streakType: 'focus_sessions', currentCount: 3, bestCount: 4, lastActivityDate: '2026-01-07' },
    { streakType: 'daily_tasks', currentCount: 2, bestCount: 2, lastActivityDate: '2026-01-05' },
  ],
}

export const PERIOD = { from: '2026-01-05', to: '2026-01-07', timeZone: 'UTC', today: '2026-01-07' }
