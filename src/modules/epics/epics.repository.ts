import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository } from '../../store/entity-repository.js'
import type { EpicCreate, EpicPatch } from './epics.schema.js';
import { EPIC_LIST_FIELDS, type Epic } from './epics.schema.js'

export const epicsRepository = createEntityRepository<Epic, EpicCreate, EpicPatch>({
  entity: 'epic',
  table: 'epics',
  view: 'visible_epics',
  softDelete: true,
  kinds: { json: ['goals', 'definition_of_done', 'labels', 'extra'] },
  ...EPIC_LIST_FIELDS,
  access: ACCESS_RULES.epics,
})
