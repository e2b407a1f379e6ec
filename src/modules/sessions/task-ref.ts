import { NotFoundError, ValidationError } from '../../domain/errors.js'
import type { Actor } from '../../identity/actor.js'
import type { Executor } from '../../store/transactions.js'
import { epicsRepository } from '../epics/epics.repository.js'
import { visibilityOf } from '../resource.service.js'
import { tasksRepository } from '../tasks/tasks.repository.js'
import type { Task } from '../tasks/tasks.schema.js'

export interface TaskRef {
  taskId?: string | undefined
  taskKey?: string | undefined
}

/**
 * The task a timer is started on, by id or by key (`TASK-1`, or `EPIC-1/TASK-1` when the key
 * repeats across epics). Only tasks the actor may see are found; hidden and missing look the same.
 * @throws ValidationError when neither or an ambiguous key is given; NotFoundError when nothing matches.
 */
export async function resolveTaskRef(db: Executor, actor: Actor, ref: TaskRef): Promise<Task> {
  const visibleTo = visibilityOf(actor)
  if (ref.taskId !== undefined) {
    return tasksRepository.require(db, ref.taskId, { visibleTo })
  }
  if (ref.taskKey === undefined) {
    throw new ValidationError('a focus session needs a task: send taskId or taskKey', [{ pointer: '/body/taskId', message: 'required' }])
  }
  const slash = ref.taskKey.indexOf('/')
  const filters: Record<string, string> = { taskKey: slash < 0 ? ref.taskKey : ref.taskKey.slice(slash + 1) }
  if (slash >= 0) {
    const epicKey = ref.taskKey.slice(0, slash)
    const epics = await epicsRepository.list(db, { filters: { epicKey }, visibleTo, limit: 2 })
    const epic = epics.items[0]
    if (epic === undefined || epics.total > 1) {
      throw epic === undefined ? new NotFoundError('epic', epicKey) : new ValidationError(`epic key ${epicKey} is not unique; use the task id`, [{ pointer: '/body/taskKey', message: 'ambiguous' }])
    }
    filters['epicId'] = epic.id
  }
  const tasks = await tasksRepository.list(db, { filters, visibleTo, limit: 2 })
  const [task] = tasks.items
  if (task === undefined) {
    throw new NotFoundError('task', ref.taskKey)
  }
  if (tasks.total > 1) {
    throw new ValidationError(`task key ${ref.taskKey} exists in several epics; write EPIC-KEY/${ref.taskKey} or use the id`, [
      { pointer: '/body/taskKey', message: 'ambiguous' },
    ])
  }
  return task
}
