import { TDD_PHASES } from '../planning/planning.types.js'
import type { AccuracyRow, EpicAccuracy, EpicFact, PhaseAccuracy, TaskAccuracy, TaskFact } from './analytics.types.js'
import { ratio } from './statistics.js'

/** Phase label of tasks without a TDD phase. */
export const NO_PHASE = 'none'

/** Every phase label in report order: the TDD phases, then tasks without one. */
export const PHASE_LABELS: readonly string[] = [...TDD_PHASES, NO_PHASE]

export function phaseOf(task: Pick<TaskFact, 'tddPhase'>): string {
  return task.tddPhase ?? NO_PHASE
}

function accumulate(tasks: readonly TaskFact[]): AccuracyRow {
  // An unestimated task has no accuracy; adding its minutes to a group would inflate the group's ratio.
  const estimated = tasks.filter((t) => t.estimateMinutes > 0)
  const estimateMinutes = estimated.reduce((sum, t) => sum + t.estimateMinutes, 0)
  const actualMinutes = estimated.reduce((sum, t) => sum + t.actualMinutes, 0)
  return { estimateMinutes, actualMinutes, ratio: ratio(actualMinutes, estimateMinutes), tasks: estimated.length }
}

export interface EstimateAccuracy {
  overall: AccuracyRow
  tasks: TaskAccuracy[]
  epics: EpicAccuracy[]
  phases: PhaseAccuracy[]
}

/**
 * Estimate accuracy (actual ÷ estimated minutes) of `tasks` — the caller passes the tasks finished in
 * the period. Groups sum minutes before dividing, so a long task weighs more than a short one.
 */
export function computeEstimateAccuracy(tasks: readonly TaskFact[], epics: readonly EpicFact[]): EstimateAccuracy {
  const taskRows: TaskAccuracy[] = [...tasks]
    .sort((a, b) => a.taskKey.localeCompare(b.taskKey) || a.id.localeCompare(b.id))
    .map((task) => ({
      taskId: task.id,
      taskKey: task.taskKey,
      title: task.title,
      epicId: task.epicId,
      tddPhase: task.tddPhase,
      estimateMinutes: task.estimateMinutes,
      actualMinutes: task.actualMinutes,
      ratio: ratio(task.actualMinutes, task.estimateMinutes),
      tasks: 1,
    }))
  const epicRows: EpicAccuracy[] = [...epics]
    .sort((a, b) => a.epicKey.localeCompare(b.epicKey))
    .flatMap((epic) => {
      const own = tasks.filter((t) => t.epicId === epic.id)
      return own.length === 0 ? [] : [{ epicId: epic.id, epicKey: epic.epicKey, name: epic.name, ...accumulate(own) }]
    })
  const phaseRows: PhaseAccuracy[] = PHASE_LABELS.flatMap((phase) => {
    const own = tasks.filter((t) => phaseOf(t) === phase)
    return own.length === 0 ? [] : [{ phase, ...accumulate(own) }]
  })
  return { overall: accumulate(tasks), tasks: taskRows, epics: epicRows, phases: phaseRows }
}
