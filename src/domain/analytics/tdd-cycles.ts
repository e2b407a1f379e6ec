import { toIsoTimestamp } from '../clock.js'
import type { PhaseTime, SessionFact, TaskFact, TddCycle } from './analytics.types.js'
import { PHASE_LABELS, phaseOf } from './estimate-accuracy.js'
import { mean, median, roundTo } from './statistics.js'

const MINUTE_MS = 60_000

/**
 * Focus minutes per TDD phase (completed focus sessions of the period, by their task's phase),
 * tasks finished per phase and their mean lead time (first focus session → completion).
 * `completed` are the tasks finished in the period; `known` every task the sessions may refer to.
 */
export function computePhaseTimes(
  sessions: readonly SessionFact[],
  completed: readonly TaskFact[],
  known: readonly TaskFact[],
): PhaseTime[] {
  const phaseByTask = new Map(known.map((task) => [task.id, phaseOf(task)]))
  return PHASE_LABELS.map((phase) => {
    const focusMinutes = sessions
      .filter((s) => s.kind === 'focus' && s.state === 'completed' && s.taskId !== null && phaseByTask.get(s.taskId) === phase)
      .reduce((sum, s) => sum + (s.actualMinutes ?? 0), 0)
    const finished = completed.filter((t) => phaseOf(t) === phase)
    const leads = finished.flatMap((t) =>
      t.firstFocusAtMs === null || t.completedAtMs === null ? [] : [Math.max(0, t.completedAtMs - t.firstFocusAtMs) / MINUTE_MS],
    )
    const lead = mean(leads)
    return { phase, focusMinutes, tasksCompleted: finished.length, meanLeadMinutes: lead === null ? null : Math.round(lead) }
  })
}

interface OpenCycle {
  red: TaskFact
  green?: TaskFact
}

/**
 * Red → green → refactor cycles: within an epic, in task order, a red task followed by a green
 * task and then a refactor task (a new red task restarts the cycle; other phases are ignored).
 * A cycle counts when its refactor task was completed within [fromMs, toMs); its time runs from
 * the red task's first focus session (or its start) to that completion.
 */
export function findTddCycles(tasks: readonly TaskFact[], fromMs: number, toMs: number): TddCycle[] {
  const ordered = [...tasks].sort((a, b) => a.epicId.localeCompare(b.epicId) || a.position - b.position || a.taskKey.localeCompare(b.taskKey))
  const cycles: TddCycle[] = []
  let open: OpenCycle | null = null
  let epicId: string | null = null
  for (const task of ordered) {
    if (task.epicId !== epicId) {
      epicId = task.epicId
      open = null
    }
    if (task.tddPhase === 'red') {
      open = { red: task }
    } else if (task.tddPhase === 'green' && open && !open.green) {
      open.green = task
    } else if (task.tddPhase === 'refactor' && open?.green) {
      const cycle = closeCycle(open.red, open.green, task, fromMs, toMs)
      if (cycle) {
        cycles.push(cycle)
      }
      open = null
    }
  }
  return cycles
}

function closeCycle(red: TaskFact, green: TaskFact, refactor: TaskFact, fromMs: number, toMs: number): TddCycle | null {
  const start = red.firstFocusAtMs ?? red.startedAtMs
  const end = refactor.completedAtMs
  if (start === null || end === null || end < fromMs || end >= toMs) {
    return null
  }
  return {
    epicId: red.epicId,
    redTaskId: red.id,
    greenTaskId: green.id,
    refactorTaskId: refactor.id,
    startedAt: toIsoTimestamp(start),
    completedAt: toIsoTimestamp(end),
    cycleMinutes: Math.round(Math.max(0, end - start) / MINUTE_MS),
    focusMinutes: red.actualMinutes + green.actualMinutes + refactor.actualMinutes,
  }
}

/** Mean and median cycle minutes (rounded to 0.1), or nulls without cycles. */
export function cycleStatistics(cycles: readonly TddCycle[]): { meanCycleMinutes: number | null; medianCycleMinutes: number | null } {
  const minutes = cycles.map((c) => c.cycleMinutes)
  const m = mean(minutes)
  const md = median(minutes)
  return { meanCycleMinutes: m === null ? null : roundTo(m, 1), medianCycleMinutes: md === null ? null : roundTo(md, 1) }
}
