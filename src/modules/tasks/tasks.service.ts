import { toIsoTimestamp } from '../../domain/clock.js'
import { normalizeTaskStatus, taskCompletionPoints } from '../../domain/planning/index.js'
import type { Actor } from '../../identity/actor.js'
import { epicsRepository } from '../epics/epics.repository.js'
import { recordTaskCompletion } from '../gamification/gamification.service.js'
import { createResourceService, visibilityOf, type ResourceService, type ResourceServiceDeps } from '../resource.service.js'
import { tasksRepository } from './tasks.repository.js'
import type { Task, TaskCreate, TaskPatch } from './tasks.schema.js'

export type TasksService = ResourceService<Task, TaskCreate, TaskPatch>

type WithStatus = { status?: string | undefined }

/** The original wrote 'todo'; we store 'pending'. */
function normalizeStatus<T extends WithStatus>(input: T): T {
  return input.status === undefined ? input : { ...input, status: normalizeTaskStatus(input.status) ?? input.status }
}

/**
 * Tasks live in a visible epic. Status changes carry their side effects in the same transaction:
 * first move to in_progress stamps startedAt; completion stamps completedAt and awards
 * story points × 10 × difficulty (truncated) to the assignee (or the actor when unassigned);
 * reopening a completed task reverses that award.
 */
export function createTasksService(deps: ResourceServiceDeps & { timeZone: string }): TasksService {
  const now = () => toIsoTimestamp(deps.clock.now())
  const awardee = (actor: Actor, task: Task) => task.assignedTo ?? actor.userId
  return createResourceService<Task, TaskCreate, TaskPatch>(deps, 'task', tasksRepository, {
    beforeCreate: async (tx, actor, input) => {
      await epicsRepository.require(tx, input.epicId, { visibleTo: visibilityOf(actor) })
      return normalizeStatus(input)
    },
    beforeUpdate: (_tx, _actor, current, rawPatch) => {
      const patch = normalizeStatus(rawPatch)
      const next = { ...current, ...patch }
      if (patch.status === 'in_progress' && current.startedAt === null) {
        patch.startedAt = now()
      }
      if (next.status === 'completed' && current.status !== 'completed') {
        patch.completedAt = now()
        patch.pointsEarned = taskCompletionPoints(next.storyPoints, next.difficultyModifier)
      } else if (patch.status !== undefined && patch.status !== 'completed' && current.status === 'completed') {
        patch.completedAt = null
        patch.pointsEarned = 0
      }
      return Promise.resolve(patch)
    },
    afterUpdate: async (tx, actor, before, after) => {
      const points = after.pointsEarned - before.pointsEarned
      if (points !== 0) {
        await recordTaskCompletion(tx, deps.clock, { userId: awardee(actor, after), taskId: after.id, points, timeZone: deps.timeZone })
      }
    },
  })
}
