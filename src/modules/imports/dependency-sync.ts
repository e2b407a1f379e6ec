import type { Clock } from '../../domain/clock.js'
import type { NormalizedEpic } from '../../domain/epic-format/index.js'
import { createDependencyResolver, qualifyTaskKey, splitQualifiedTaskKey, type EpicTaskKeys } from '../../domain/planning/index.js'
import type { Executor } from '../../store/transactions.js'
import { taskDependenciesRepository } from '../tasks/tasks.repository.js'
import type { TaskDependency } from '../tasks/tasks.schema.js'
import { emptyCounts, type RowCounts } from './epic-sync.js'
import {
  findDependenciesOnTasks, findTasksByKeys, findUnresolvedDependencies, listEpicDependencies, type TaskKeyRow,
} from './imports.repository.js'

/** The task keys a reference may name: itself, and the task part of a qualified "<epic>/<task>". */
function lookupKeysOf(references: readonly string[]): string[] {
  return references.flatMap((reference) => {
    const split = splitQualifiedTaskKey(reference)
    return split === null ? [reference] : [reference, split.taskKey]
  })
}

function groupByEpic(rows: readonly TaskKeyRow[]): EpicTaskKeys[] {
  const epics = new Map<string, { key: string; tasks: { key: string }[] }>()
  for (const row of rows) {
    const epic = epics.get(row.epicKey) ?? { key: row.epicKey, tasks: [] }
    epic.tasks.push({ key: row.taskKey })
    epics.set(row.epicKey, epic)
  }
  return [...epics.values()]
}

function idsByQualifiedKey(rows: readonly TaskKeyRow[]): Map<string, string> {
  return new Map(rows.map((row) => [qualifyTaskKey(row.epicKey, row.taskKey), row.taskId]))
}

/**
 * Makes the dependency rows of the epic's tasks match the file. Keys are stored as written (so an
 * export gives the file back) and resolved to a task id — in this epic first, else in the one
 * other epic holding that key (planning's resolver); anything else stays unresolved and reported.
 * Resolution looks at the whole workspace, not just what the importer may see, so the result
 * never depends on who imported which file first.
 */
export async function syncDependencies(
  tx: Executor, clock: Clock,
  input: { epic: NormalizedEpic; epicId: string; taskIdsByKey: ReadonlyMap<string, string> },
): Promise<{ counts: RowCounts; unresolved: string[] }> {
  const { epic, epicId, taskIdsByKey } = input
  const references = epic.tasks.flatMap((task) => task.dependencies.map((dependency) => dependency.key))
  const others = (await findTasksByKeys(tx, lookupKeysOf(references))).filter((row) => row.epicKey !== epic.key)
  const resolve = createDependencyResolver([{ key: epic.key, tasks: epic.tasks }, ...groupByEpic(others)])
  const targetIds = idsByQualifiedKey(others)
  for (const [taskKey, taskId] of taskIdsByKey) {
    targetIds.set(qualifyTaskKey(epic.key, taskKey), taskId)
  }

  const existing = new Map<string, Map<string, TaskDependency>>()
  for (const row of await listEpicDependencies(tx, epicId)) {
    const rows = existing.get(row.taskId) ?? new Map<string, TaskDependency>()
    rows.set(row.dependsOnKey, row)
    existing.set(row.taskId, rows)
  }

  const counts = emptyCounts()
  const unresolved = new Set<string>()
  for (const task of epic.tasks) {
    const taskId = taskIdsByKey.get(task.key)
    if (taskId === undefined) {
      continue
    }
    const rows = existing.get(taskId) ?? new Map<string, TaskDependency>()
    for (const dependency of task.dependencies) {
      const qualified = resolve(epic.key, dependency.key)
      const dependsOnTaskId = qualified === null ? null : (targetIds.get(qualified) ?? null)
      if (dependsOnTaskId === null) {
        unresolved.add(dependency.key)
      }
      const row = rows.get(dependency.key)
      rows.delete(dependency.key)
      if (row === undefined) {
        await taskDependenciesRepository.insert(tx, { taskId, dependsOnKey: dependency.key, dependsOnTaskId, dependencyType: dependency.type }, clock)
        counts.created += 1
      } else if (row.dependsOnTaskId !== dependsOnTaskId || row.dependencyType !== dependency.type) {
        await taskDependenciesRepository.update(tx, row.id, row.version, { dependsOnTaskId, dependencyType: dependency.type }, clock)
        counts.updated += 1
      } else {
        counts.unchanged += 1
      }
    }
    for (const stale of rows.values()) {
      await taskDependenciesRepository.remove(tx, stale.id, stale.version)
      counts.removed += 1
    }
  }
  return { counts, unresolved: [...unresolved].sort() }
}

/**
 * Keeps other epics' dependencies in step with this import, so import order does not matter:
 * ones pointing at tasks this file removed become unresolved again, and unresolved ones naming a
 * task this epic now has are resolved. Returns how many rows of other epics changed.
 */
export async function refreshOtherEpics(
  tx: Executor, clock: Clock,
  input: { epicKey: string; epicId: string; taskKeys: readonly string[]; removedTaskIds: readonly string[] },
): Promise<number> {
  let changed = 0
  for (const row of await findDependenciesOnTasks(tx, input.removedTaskIds)) {
    await taskDependenciesRepository.update(tx, row.id, row.version, { dependsOnTaskId: null }, clock)
    changed += 1
  }
  const names = input.taskKeys.flatMap((key) => [key, qualifyTaskKey(input.epicKey, key)])
  const waiting = await findUnresolvedDependencies(tx, names, input.epicId)
  if (waiting.length === 0) {
    return changed
  }
  const candidates = await findTasksByKeys(tx, lookupKeysOf(waiting.map((row) => row.dependsOnKey)))
  const resolve = createDependencyResolver(groupByEpic(candidates))
  const targetIds = idsByQualifiedKey(candidates)
  for (const row of waiting) {
    const qualified = resolve(row.epicKey, row.dependsOnKey)
    const dependsOnTaskId = qualified === null ? undefined : targetIds.get(qualified)
    if (dependsOnTaskId !== undefined) {
      await taskDependenciesRepository.update(tx, row.id, row.version, { dependsOnTaskId }, clock)
      changed += 1
    }
  }
  return changed
}
