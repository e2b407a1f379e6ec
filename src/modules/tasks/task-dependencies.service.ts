import { DependencyCycleError, ValidationError } from '../../domain/errors.js'
import { splitQualifiedTaskKey } from '../../domain/planning/index.js'
import type { Actor } from '../../identity/actor.js'
import type { Executor } from '../../store/transactions.js'
import { epicsRepository } from '../epics/epics.repository.js'
import { visibilityOf, type ResourceServiceDeps } from '../resource.service.js'
import { taskDependenciesRepository, tasksRepository } from './tasks.repository.js'
import type { Task, TaskDependency } from './tasks.schema.js'

export interface TaskDependenciesService {
  list(actor: Actor, taskId: string): Promise<TaskDependency[]>
  add(actor: Actor, taskId: string, input: { dependsOnKey: string; dependencyType?: TaskDependency['dependencyType'] }): Promise<TaskDependency>
  remove(actor: Actor, dependencyId: string, expectedVersion: number): Promise<void>
}

const MAX_DEPENDENCIES_SCANNED = 10_000

/**
 * Dependencies are kept by key ("2.1b" in the same epic, "<epicKey>/<taskKey>" across epics) and
 * linked to the task when it exists, so an import can name tasks that arrive later. A blocking
 * dependency that would close a cycle is refused with the cycle's keys.
 */
export function createTaskDependenciesService({ store, clock, audit }: ResourceServiceDeps): TaskDependenciesService {
  async function resolve(tx: Executor, actor: Actor, task: Task, key: string): Promise<Task | undefined> {
    const qualified = splitQualifiedTaskKey(key)
    let epicId = task.epicId
    let taskKey = key
    if (qualified) {
      const epic = await epicsRepository.findOne(tx, { epicKey: qualified.epicKey }, { visibleTo: visibilityOf(actor) })
      if (!epic) {
        return undefined
      }
      epicId = epic.id
      taskKey = qualified.taskKey
    }
    return await tasksRepository.findOne(tx, { epicId, taskKey })
  }

  /** Follows resolved blocking dependencies from `start`; returns the path back to `target`, if any. */
  async function pathTo(tx: Executor, start: Task, target: Task): Promise<string[] | null> {
    const seen = new Set<string>()
    const stack: Array<{ id: string; path: string[] }> = [{ id: start.id, path: [start.taskKey] }]
    while (stack.length > 0 && seen.size < MAX_DEPENDENCIES_SCANNED) {
      const { id, path } = stack.pop() as { id: string; path: string[] }
      if (id === target.id) {
        return path
      }
      if (seen.has(id)) {
        continue
      }
      seen.add(id)
      const edges = await taskDependenciesRepository.list(tx, { filters: { taskId: id, dependencyType: 'blocking' }, limit: 200 })
      for (const edge of edges.items) {
        if (edge.dependsOnTaskId !== null) {
          stack.push({ id: edge.dependsOnTaskId, path: [...path, edge.dependsOnKey] })
        }
      }
    }
    return null
  }

  return {
    async list(actor, taskId) {
      await tasksRepository.require(store.db, taskId, { visibleTo: visibilityOf(actor) })
      return (await taskDependenciesRepository.list(store.db, { filters: { taskId }, limit: 200 })).items
    },

    add(actor, taskId, input) {
      return store.write(async (tx) => {
        const task = await tasksRepository.require(tx, taskId, { visibleTo: visibilityOf(actor) })
        const target = await resolve(tx, actor, task, input.dependsOnKey)
        if (target?.id === task.id) {
          throw new ValidationError('a task cannot depend on itself', [{ pointer: '/dependsOnKey', message: 'names the task itself' }])
        }
        const type = input.dependencyType ?? 'blocking'
        if (target && type === 'blocking') {
          const cycle = await pathTo(tx, target, task)
          if (cycle) {
            throw new DependencyCycleError([task.taskKey, ...cycle])
          }
        }
        const created = await taskDependenciesRepository.insert(
          tx,
          { taskId, dependsOnKey: input.dependsOnKey, dependsOnTaskId: target?.id ?? null, dependencyType: type },
          clock,
        )
        await audit.record(tx, actor, { action: 'task_dependency.create', entity: 'task_dependency', entityId: created.id, after: created })
        return created
      })
    },

    remove(actor, dependencyId, expectedVersion) {
      return store.write(async (tx) => {
        const existing = await taskDependenciesRepository.require(tx, dependencyId, { visibleTo: visibilityOf(actor) })
        await taskDependenciesRepository.remove(tx, dependencyId, expectedVersion)
        await audit.record(tx, actor, { action: 'task_dependency.delete', entity: 'task_dependency', entityId: dependencyId, before: existing })
      })
    },
  }
}
