import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository } from '../../store/entity-repository.js'
import type { ClientCreate, ClientPatch } from './clients.schema.js';
import { CLIENT_LIST_FIELDS, type Client } from './clients.schema.js'

export const clientsRepository = createEntityRepository<Client, ClientCreate, ClientPatch>({
  entity: 'client',
  table: 'clients',
  view: 'visible_clients',
  softDelete: true,
  kinds: {},
  ...CLIENT_LIST_FIELDS,
  access: ACCESS_RULES.clients,
})
