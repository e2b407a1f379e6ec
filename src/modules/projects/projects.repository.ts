import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository } from '../../store/entity-repository.js'
import type { Project, ProjectCreate, ProjectPatch } from './projects.schema.js'

export const projectsRepository = createEntityRepository<Project, ProjectCreate, ProjectPatch>({
  entity: 'project',
  table: 'projects',
  view: 'visible_projects',
  softDelete: true,
  kinds: {},
  filterable: ['clientId', 'projectKey', 'status', 'healthStatus', 'createdBy'],
  sortable: ['createdAt', 'updatedAt', 'name', 'projectKey', 'priority', 'plannedStart', 'plannedEnd'],
  defaultSort: 'createdAt',
  access: ACCESS_RULES.projects,
})
