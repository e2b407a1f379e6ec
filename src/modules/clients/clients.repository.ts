import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository } from '../../store/entity-repository.js'
import type { Client, ClientCreate, ClientPatch } from './clients.schema.js'

export const clientsRepository = createEntityRepository<Client, ClientCreate, ClientPatch>({
  entity: 'client',
  table: 'clients',
  view: 'visible_clients',
  softDelete: true,
  kinds: {},
  filterable: ['clientKey', 'status', 'tier', 'createdBy'],
  sortable: ['createdAt', 'updatedAt', 'name', 'clientKey', 'priority'],
  defaultSort: 'createdAt',
  access: ACCESS_RULES.clients,
})
