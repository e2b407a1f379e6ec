import { canonicalJson } from '../../domain/canonical-json.js'
import type { NormalizedEpic, NormalizedTask } from '../../domain/epic-format/index.js'
import type { Epic, EpicPatch } from '../epics/epics.schema.js'
import type { Task, TaskDependency, TaskPatch } from '../tasks/tasks.schema.js'
import { buildEpicExtra, exportedNumber, readEpicExtra, standInFor, STORE_DEFAULTS } from './import-envelope.js'

/**
 * Which columns an import owns. The file is the source of truth for planning fields; progress
 * (epic and task `status`, task `actualMinutes`) is taken from the file only when a row is
 * created or restored, because afterwards the task board and the focus timer own it — re-importing
 * a plan must never wipe out work tracked since.
 */
export type EpicPlanFields = Required<Pick<EpicPatch,
  'name' | 'summary' | 'description' | 'durationText' | 'durationDays' | 'scheduleMode' | 'priority' | 'goals'
  | 'definitionOfDone' | 'labels' | 'plannedStart' | 'plannedEnd' | 'extra' | 'checksum'>>
export type TaskPlanFields = Required<Pick<TaskPatch,
  'title' | 'description' | 'tddPhase' | 'tddSkipReason' | 'estimateMinutes' | 'storyPoints' | 'position'
  | 'acceptanceCriteria' | 'testSpecs' | 'deliverables' | 'filesTouched' | 'labels' | 'risk' | 'mitigation'>>

export function epicPlanFields(epic: NormalizedEpic, checksum: string): EpicPlanFields {
  return {
    name: epic.name,
    summary: epic.summary,
    description: epic.description,
    durationText: epic.durationText,
    durationDays: epic.durationDays,
    scheduleMode: epic.durationMode,
    priority: standInFor(epic.priority, STORE_DEFAULTS.priority).stored,
    goals: [...epic.goals],
    definitionOfDone: [...epic.definitionOfDone],
    labels: [...epic.labels],
    plannedStart: epic.plannedStart,
    plannedEnd: epic.plannedEnd,
    extra: buildEpicExtra(epic),
    checksum,
  }
}

export function taskPlanFields(task: NormalizedTask): TaskPlanFields {
  return {
    title: task.title,
    description: task.description,
    tddPhase: task.tddPhase,
    tddSkipReason: task.tddSkipReason,
    estimateMinutes: standInFor(task.estimateMinutes, STORE_DEFAULTS.estimateMinutes).stored,
    storyPoints: standInFor(task.storyPoints, STORE_DEFAULTS.storyPoints).stored,
    position: task.position,
    acceptanceCriteria: [...task.acceptanceCriteria],
    testSpecs: [...task.testSpecs],
    deliverables: [...task.deliverables],
    filesTouched: [...task.filesTouched],
    labels: [...task.labels],
    risk: task.risk,
    mitigation: task.mitigation,
  }
}

/** The fields of `desired` whose value differs from `current` (deep, key-order-insensitive). */
export function changedFields<T extends object>(current: Readonly<Record<string, unknown>>, desired: T): Partial<T> {
  const patch: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(desired)) {
    if (canonicalJson(current[name] ?? null) !== canonicalJson(value ?? null)) {
      patch[name] = value
    }
  }
  return patch as Partial<T>
}

const orEmpty = (text: string | null): string => text ?? ''

function toNormalizedTask(task: Task, dependencies: readonly TaskDependency[], envelope: ReturnType<typeof readEpicExtra>['tasks']): NormalizedTask {
  const file = envelope.get(task.taskKey)
  const standIns = file?.standIns ?? {}
  return {
    key: task.taskKey,
    title: task.title,
    description: orEmpty(task.description),
    tddPhase: task.tddPhase,
    tddSkipReason: task.tddSkipReason,
    status: task.status,
    estimateMinutes: exportedNumber(task.estimateMinutes, standIns.estimateMinutes),
    actualMinutes: task.actualMinutes,
    storyPoints: exportedNumber(task.storyPoints, standIns.storyPoints),
    position: task.position,
    acceptanceCriteria: [...task.acceptanceCriteria],
    testSpecs: [...task.testSpecs],
    deliverables: [...task.deliverables],
    filesTouched: [...task.filesTouched],
    labels: [...task.labels],
    testPlan: [...(file?.testPlan ?? [])],
    branch: file?.branch ?? null,
    risk: task.risk,
    mitigation: task.mitigation,
    // Sorted by key so an export is deterministic whatever order the rows were written in.
    dependencies: [...dependencies]
      .sort((a, b) => (a.dependsOnKey < b.dependsOnKey ? -1 : a.dependsOnKey > b.dependsOnKey ? 1 : 0))
      .map((dependency) => ({ key: dependency.dependsOnKey, type: dependency.dependencyType })),
    extra: file?.extra ?? {},
  }
}

/**
 * Rebuilds the epic file from stored rows (tasks in position order, then key). Inverse of the
 * import mapping: exporting an imported file gives the same canonical text.
 */
export function toNormalizedEpic(epic: Epic, tasks: readonly Task[], dependencies: readonly TaskDependency[]): NormalizedEpic {
  const { fields, envelope, tasks: taskEnvelopes } = readEpicExtra(epic.extra)
  const byTask = new Map<string, TaskDependency[]>()
  for (const dependency of dependencies) {
    const list = byTask.get(dependency.taskId) ?? []
    list.push(dependency)
    byTask.set(dependency.taskId, list)
  }
  const ordered = [...tasks].sort((a, b) => a.position - b.position || (a.taskKey < b.taskKey ? -1 : a.taskKey > b.taskKey ? 1 : 0))
  return {
    key: epic.epicKey,
    name: epic.name,
    summary: orEmpty(epic.summary),
    description: orEmpty(epic.description),
    durationText: epic.durationText,
    durationDays: epic.durationDays,
    durationMode: epic.scheduleMode,
    status: epic.status,
    priority: exportedNumber(epic.priority, envelope.standIns?.priority),
    goals: [...epic.goals],
    definitionOfDone: [...epic.definitionOfDone],
    labels: [...epic.labels],
    plannedStart: epic.plannedStart,
    plannedEnd: epic.plannedEnd,
    extra: fields,
    documentExtra: envelope.document ?? {},
    tasks: ordered.map((task) => toNormalizedTask(task, byTask.get(task.id) ?? [], taskEnvelopes)),
  }
}
