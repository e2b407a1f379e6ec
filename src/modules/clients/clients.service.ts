import { createResourceService, type ResourceService, type ResourceServiceDeps } from '../resource.service.js'
import { clientsRepository } from './clients.repository.js'
import type { Client, ClientCreate, ClientPatch } from './clients.schema.js'

export type ClientsService = ResourceService<Client, ClientCreate, ClientPatch>

/** Clients: the creator owns the row until projects bring in members. */
export function createClientsService(deps: ResourceServiceDeps): ClientsService {
  return createResourceService<Client, ClientCreate, ClientPatch>(deps, 'client', clientsRepository, {
    beforeCreate: (_tx, actor, input) => Promise.resolve({ ...input, createdBy: actor.userId }),
  })
}
