import type { DependencyType } from './planning.types.js'
import type { ScheduleInputTask } from './schedule.js'

/**
 * Task keys are unique only within an epic ("1.1a" can exist in several), so anything that spans
 * epics — the scheduler, cross-epic dependencies — uses the qualified form `<epicKey>/<taskKey>`.
 * Epic keys must not contain '/'; task keys may (everything after the first '/' is the task key).
 */
export const TASK_KEY_SEPARATOR = '/'

export function qualifyTaskKey(epicKey: string, taskKey: string): string {
  return `${epicKey}${TASK_KEY_SEPARATOR}${taskKey}`
}

/** Splits `<epicKey>/<taskKey>`; null when there is no separator (an unqualified key). */
export function splitQualifiedTaskKey(key: string): { epicKey: string; taskKey: string } | null {
  const at = key.indexOf(TASK_KEY_SEPARATOR)
  if (at <= 0 || at === key.length - 1) {
    return null
  }
  return { epicKey: key.slice(0, at), taskKey: key.slice(at + 1) }
}

/** The minimum the key helpers need from an epic (NormalizedEpic fits). */
export interface EpicTaskKeys {
  key: string
  tasks: readonly { key: string }[]
}

/**
 * Returns a resolver from a dependency reference, as written inside epic `fromEpicKey`, to a
 * qualified key; null when it cannot be resolved. Order: an already-qualified key that exists;
 * the same epic's task; else the one epic that has such a task key ("5.3b.2" written in epic 7
 * finds epic 5). A key found in two or more other epics is ambiguous and stays unresolved — the
 * caller should qualify it — rather than silently picking one.
 */
export function createDependencyResolver(
  epics: readonly EpicTaskKeys[],
): (fromEpicKey: string, reference: string) => string | null {
  const qualified = new Set<string>()
  const epicsByTaskKey = new Map<string, string[]>()
  for (const epic of epics) {
    for (const task of epic.tasks) {
      qualified.add(qualifyTaskKey(epic.key, task.key))
      const owners = epicsByTaskKey.get(task.key)
      if (owners === undefined) {
        epicsByTaskKey.set(task.key, [epic.key])
      } else if (!owners.includes(epic.key)) {
        owners.push(epic.key)
      }
    }
  }
  return (fromEpicKey, reference) => {
    if (qualified.has(reference)) {
      return reference
    }
    const local = qualifyTaskKey(fromEpicKey, reference)
    if (qualified.has(local)) {
      return local
    }
    const owners = epicsByTaskKey.get(reference)
    const only = owners !== undefined && owners.length === 1 ? owners[0] : undefined
    return only === undefined ? null : qualifyTaskKey(only, reference)
  }
}

/** The minimum needed to schedule an epic's tasks (NormalizedEpic fits). */
export interface EpicForSchedule {
  key: string
  tasks: readonly {
    key: string
    estimateMinutes: number | null
    dependencies: readonly { key: string; type: DependencyType }[]
  }[]
}

/** The store's default estimate (framework_tasks.estimate_minutes DEFAULT 60). */
export const DEFAULT_ESTIMATE_MINUTES = 60

/**
 * Turns epics into scheduler input with qualified keys, resolving dependencies across all the
 * given epics. An unresolvable reference is passed through as written (unqualified, so it cannot
 * collide with a real key) and the scheduler lists it in `unresolved`.
 */
export function buildScheduleTasks(
  epics: readonly EpicForSchedule[],
  missingEstimateMinutes: number = DEFAULT_ESTIMATE_MINUTES,
): ScheduleInputTask[] {
  const resolve = createDependencyResolver(epics)
  const tasks: ScheduleInputTask[] = []
  for (const epic of epics) {
    for (const task of epic.tasks) {
      tasks.push({
        key: qualifyTaskKey(epic.key, task.key),
        estimateMinutes: task.estimateMinutes ?? missingEstimateMinutes,
        dependsOn: task.dependencies.map((dependency) => ({
          key: resolve(epic.key, dependency.key) ?? dependency.key,
          type: dependency.type,
        })),
      })
    }
  }
  return tasks
}
