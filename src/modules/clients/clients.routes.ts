import { resourceRoutes } from '../../http/resource-routes.js'
import { Client, CLIENT_LIST_FIELDS, ClientCreate, ClientPatch } from './clients.schema.js'
import type { ClientsService } from './clients.service.js'

export function clientsRoutes(clients: ClientsService) {
  return resourceRoutes(clients, {
    path: 'clients', entity: Client, create: ClientCreate, patch: ClientPatch, fields: CLIENT_LIST_FIELDS,
    read: 'clients:read', write: 'clients:write', softDelete: true,
  })
}
