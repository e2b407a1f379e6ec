import type { Clock } from '../../domain/clock.js'
import type { NormalizedEpic, NormalizedTask } from '../../domain/epic-format/index.js'
import { ConflictError } from '../../domain/errors.js'
import type { Actor } from '../../identity/actor.js'
import type { Executor } from '../../store/transactions.js'
import { epicsRepository } from '../epics/epics.repository.js'
import type { Epic } from '../epics/epics.schema.js'
import { visibilityOf } from '../resource.service.js'
import { tasksRepository } from '../tasks/tasks.repository.js'
import { changedFields, epicPlanFields, taskPlanFields } from './imports.mapping.js'
import { findEpicByKey, findVisibleEpic, listEpicTasks } from './imports.repository.js'

export type RowAction = 'created' | 'updated' | 'unchanged'

export interface RowCounts {
  created: number
  updated: number
  unchanged: number
  removed: number
}

export const emptyCounts = (): RowCounts => ({ created: 0, updated: 0, unchanged: 0, removed: 0 })

/**
 * Creates or updates the epic row matched by key. An existing key the actor may not see is a
 * conflict that says nothing more (no id, no owner); a soft-deleted epic is restored, because
 * importing it again is a clear wish to have it back.
 */
export async function syncEpic(
  tx: Executor, clock: Clock, actor: Actor,
  input: { epic: NormalizedEpic; checksum: string; projectId: string | undefined },
): Promise<{ epic: Epic; action: RowAction }> {
  const { epic, checksum, projectId } = input
  const plan = epicPlanFields(epic, checksum)
  const found = await findEpicByKey(tx, epic.key, visibilityOf(actor))
  if (found === undefined) {
    const created = await epicsRepository.insert(tx, {
      epicKey: epic.key, ...plan, status: epic.status, projectId: projectId ?? null, createdBy: actor.userId,
    }, clock)
    return { epic: created, action: 'created' }
  }
  if (!found.visible) {
    throw new ConflictError(`epic key "${epic.key}" is already in use`)
  }
  let current = found.epic
  const restoring = !found.live && current.deletedAt !== null
  if (restoring) {
    current = await epicsRepository.restore(tx, current.id, current.version, clock)
  }
  if (!found.live && (await findVisibleEpic(tx, { id: current.id }, undefined)) === undefined) {
    throw new ConflictError(`epic "${epic.key}" belongs to a deleted project or client; restore that first`)
  }
  const desired = {
    ...plan,
    ...(restoring ? { status: epic.status } : {}),
    ...(projectId === undefined ? {} : { projectId }),
  }
  const patch = changedFields(current, desired)
  if (Object.keys(patch).length === 0) {
    return { epic: current, action: restoring ? 'updated' : 'unchanged' }
  }
  return { epic: await epicsRepository.update(tx, current.id, current.version, patch, clock), action: 'updated' }
}

/**
 * Makes the epic's tasks match the file, matched by task key. Tasks missing from the file are
 * soft-deleted (restorable, their sessions and history kept); a key that comes back restores its
 * row. Progress (status, actual minutes) is written only for new or restored tasks.
 */
export async function syncTasks(
  tx: Executor, clock: Clock, epicId: string, tasks: readonly NormalizedTask[],
): Promise<{ idsByKey: Map<string, string>; counts: RowCounts; removedIds: string[] }> {
  const existing = new Map((await listEpicTasks(tx, epicId, { includeDeleted: true })).map((task) => [task.taskKey, task]))
  const counts = emptyCounts()
  const idsByKey = new Map<string, string>()
  for (const task of tasks) {
    const plan = taskPlanFields(task)
    const progress = { status: task.status, actualMinutes: task.actualMinutes }
    let row = existing.get(task.key)
    if (row === undefined) {
      row = await tasksRepository.insert(tx, { epicId, taskKey: task.key, ...plan, ...progress }, clock)
      counts.created += 1
    } else {
      const restoring = row.deletedAt !== null
      if (restoring) {
        row = await tasksRepository.restore(tx, row.id, row.version, clock)
      }
      const patch = changedFields(row, restoring ? { ...plan, ...progress } : plan)
      if (Object.keys(patch).length > 0) {
        row = await tasksRepository.update(tx, row.id, row.version, patch, clock)
      }
      counts[restoring || Object.keys(patch).length > 0 ? 'updated' : 'unchanged'] += 1
    }
    idsByKey.set(task.key, row.id)
  }
  const removedIds: string[] = []
  for (const row of existing.values()) {
    if (row.deletedAt === null && !idsByKey.has(row.taskKey)) {
      await tasksRepository.softDelete(tx, row.id, row.version, clock)
      removedIds.push(row.id)
      counts.removed += 1
    }
  }
  return { idsByKey, counts, removedIds }
}
