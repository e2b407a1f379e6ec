import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository } from '../../store/entity-repository.js'
import type { Epic, EpicCreate, EpicPatch } from './epics.schema.js'

export const epicsRepository = createEntityRepository<Epic, EpicCreate, EpicPatch>({
  entity: 'epic',
  table: 'epics',
  view: 'visible_epics',
  softDelete: true,
  kinds: { json: ['goals', 'definition_of_done', 'labels', 'extra'] },
  filterable: ['projectId', 'epicKey', 'status', 'assignedTo', 'createdBy'],
  sortable: ['createdAt', 'updatedAt', 'name', 'epicKey', 'priority', 'plannedStart', 'plannedEnd'],
  defaultSort: 'createdAt',
  access: ACCESS_RULES.epics,
})
