import type { WorkspaceCalendarProvider } from '../calendar/workspace-calendar.js'
import { projectsRepository } from '../projects/projects.repository.js'
import { createResourceService, visibilityOf, type ResourceService, type ResourceServiceDeps } from '../resource.service.js'
import { deriveEpicPlan } from './epic-plan.js'
import { epicsRepository } from './epics.repository.js'
import type { Epic, EpicCreate, EpicPatch } from './epics.schema.js'

export type EpicsService = ResourceService<Epic, EpicCreate, EpicPatch>

/**
 * Epics live under a visible project (or none, for imported single epics). The duration text is
 * the source of the schedule: days and planned end are derived from it on every change, in the
 * workspace calendar as it is at that moment (its extra days off/on included).
 */
export function createEpicsService(deps: ResourceServiceDeps & { calendar: WorkspaceCalendarProvider }): EpicsService {
  return createResourceService<Epic, EpicCreate, EpicPatch>(deps, 'epic', epicsRepository, {
    beforeCreate: async (tx, actor, input) => {
      if (input.projectId) {
        await projectsRepository.require(tx, input.projectId, { visibleTo: visibilityOf(actor) })
      }
      return { ...input, ...deriveEpicPlan(input, input, await deps.calendar.current(tx)), createdBy: actor.userId }
    },
    beforeUpdate: async (tx, actor, current, patch) => {
      if (patch.projectId) {
        await projectsRepository.require(tx, patch.projectId, { visibleTo: visibilityOf(actor) })
      }
      return { ...patch, ...deriveEpicPlan(patch, { ...current, ...patch }, await deps.calendar.current(tx)) }
    },
  })
}
