import { resourceRoutes } from '../../http/resource-routes.js'
import type { ClientsService } from '../clients/clients.service.js'
import { Project, PROJECT_LIST_FIELDS, ProjectCreate, ProjectPatch } from './projects.schema.js'
import type { ProjectsService } from './projects.service.js'

export function projectsRoutes(projects: ProjectsService, clients: ClientsService) {
  return resourceRoutes(projects, {
    path: 'projects', entity: Project, create: ProjectCreate, patch: ProjectPatch, fields: PROJECT_LIST_FIELDS,
    read: 'projects:read', write: 'projects:write', softDelete: true,
    nestedUnder: { parentPath: 'clients', field: 'clientId', parent: clients },
  })
}
