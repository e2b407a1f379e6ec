import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository } from '../../store/entity-repository.js'
import type { ProjectCreate, ProjectPatch } from './projects.schema.js';
import { PROJECT_LIST_FIELDS, type Project } from './projects.schema.js'

export const projectsRepository = createEntityRepository<Project, ProjectCreate, ProjectPatch>({
  entity: 'project',
  table: 'projects',
  view: 'visible_projects',
  softDelete: true,
  kinds: {},
  ...PROJECT_LIST_FIELDS,
  access: ACCESS_RULES.projects,
})
