import { resourceRoutes } from '../../http/resource-routes.js'
import type { ProjectsService } from '../projects/projects.service.js'
import { Epic, EPIC_LIST_FIELDS, EpicCreate, EpicPatch } from './epics.schema.js'
import type { EpicsService } from './epics.service.js'

export function epicsRoutes(epics: EpicsService, projects: ProjectsService) {
  return resourceRoutes(epics, {
    path: 'epics', entity: Epic, create: EpicCreate, patch: EpicPatch, fields: EPIC_LIST_FIELDS,
    read: 'epics:read', write: 'epics:write', softDelete: true,
    nestedUnder: { parentPath: 'projects', field: 'projectId', parent: projects },
  })
}
