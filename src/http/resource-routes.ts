import { Type, type TObject, type TSchema } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { ValidationError } from '../domain/errors.js'
import type { Permission } from '../identity/permissions.js'
import { PageOf, PagingFields } from '../modules/common.schema.js'
import type { ResourceService } from '../modules/resource.service.js'
import { requireActor } from './auth-guard.js'

/** `ETag: "<version>"`; If-Match accepts the same (weak or strong) or a bare number. */
export function etagOf(version: number): string {
  return `"${version}"`
}

/** The expected version from `If-Match` or an explicit value; a write without one is refused. */
export function expectedVersion(request: FastifyRequest, explicit: number | undefined): number {
  const header = request.headers['if-match']
  if (typeof header === 'string') {
    const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim())
    if (!match?.[1]) {
      throw new ValidationError('If-Match must be an ETag from a previous response', [{ pointer: '/headers/if-match', message: 'not a version ETag' }])
    }
    return Number(match[1])
  }
  if (explicit === undefined) {
    throw new ValidationError('send the version you based this change on (body.version or If-Match)', [
      { pointer: '/body/version', message: 'required' },
    ])
  }
  return explicit
}

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) })
export const VersionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false })
export const VersionQuery = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false })

/** Query string of a list: paging, sorting and equality filters on whitelisted fields. */
export function ListQuerySchema(filterable: readonly string[], sortable: readonly string[]) {
  const filters: Record<string, TSchema> = {}
  for (const field of filterable) {
    filters[field] = Type.Optional(Type.String({ maxLength: 200 }))
  }
  return Type.Object(
    {
      ...PagingFields,
      sort: Type.Optional(Type.Union(sortable.map((s) => Type.Literal(s)))),
      direction: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
      includeDeleted: Type.Optional(Type.Boolean()),
      ...filters,
    },
    { additionalProperties: false },
  )
}

export interface ResourceRoutesOptions {
  /** URL segment and OpenAPI tag, plural: 'clients'. */
  path: string
  entity: TObject
  create: TSchema
  patch: TObject
  fields: { filterable: readonly string[]; sortable: readonly string[] }
  read: Permission
  write: Permission
  softDelete: boolean
  /** Nested list routes: `GET /<parentPath>/:id/<path>` lists rows whose `field` is that id. */
  nestedUnder?: { parentPath: string; field: string; parent: Pick<ResourceService<unknown, unknown, never>, 'get'> }
}

function setEtag(reply: FastifyReply, entity: { version: number }): void {
  void reply.header('etag', etagOf(entity.version))
}

/** Standard REST routes for one resource: list, get, create, patch, delete, restore. */
export function resourceRoutes<E extends { version: number }, C, P extends object>(
  service: ResourceService<E, C, P>,
  o: ResourceRoutesOptions,
): FastifyPluginAsyncTypebox {
  const tags = [o.path]
  const readConfig = { permission: o.read, rateLimit: 'read' as const }
  const writeConfig = { permission: o.write, rateLimit: 'write' as const }
  const ListQuery = ListQuerySchema(o.fields.filterable, o.fields.sortable)
  const Page = PageOf(o.entity)
  const PatchBody = Type.Composite([o.patch, Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) })], { additionalProperties: false })

  return async (app) => {
    const listHandler = (request: FastifyRequest, filters: Record<string, string>) => {
      const { limit, offset, sort, direction, includeDeleted, ...rest } = request.query as Record<string, unknown>
      return service.list(requireActor(request), {
        filters: { ...(rest as Record<string, string>), ...filters },
        limit: limit as number | undefined, offset: offset as number | undefined,
        sort: sort as string | undefined, direction: direction as 'asc' | 'desc' | undefined,
        includeDeleted: includeDeleted === true,
      })
    }
    app.get(`/${o.path}`, { schema: { tags, querystring: ListQuery, response: { 200: Page } }, config: readConfig }, (request) =>
      listHandler(request, {}),
    )
    if (o.nestedUnder) {
      const nested = o.nestedUnder
      app.get(`/${nested.parentPath}/:id/${o.path}`, { schema: { tags, params: IdParams, querystring: ListQuery, response: { 200: Page } }, config: readConfig }, async (request) => {
        await nested.parent.get(requireActor(request), request.params.id) // 404 when the parent is hidden
        return listHandler(request, { [nested.field]: request.params.id })
      })
    }
    app.get(`/${o.path}/:id`, { schema: { tags, params: IdParams, response: { 200: o.entity } }, config: readConfig }, async (request, reply) => {
      const found = await service.get(requireActor(request), request.params.id)
      setEtag(reply, found)
      return found
    })
    app.post(`/${o.path}`, { schema: { tags, body: o.create, response: { 201: o.entity } }, config: writeConfig }, async (request, reply) => {
      const created = await service.create(requireActor(request), request.body as C)
      setEtag(reply, created)
      return reply.code(201).send(created)
    })
    app.patch(`/${o.path}/:id`, { schema: { tags, params: IdParams, body: PatchBody, response: { 200: o.entity } }, config: writeConfig }, async (request, reply) => {
      const { version, ...patch } = request.body as P & { version?: number }
      const updated = await service.update(requireActor(request), request.params.id, expectedVersion(request, version), patch as P)
      setEtag(reply, updated)
      return updated
    })
    if (o.softDelete) {
      app.delete(`/${o.path}/:id`, { schema: { tags, params: IdParams, querystring: VersionQuery, response: { 200: o.entity } }, config: writeConfig }, async (request) =>
        service.remove(requireActor(request), request.params.id, expectedVersion(request, request.query.version)),
      )
      app.post(`/${o.path}/:id/restore`, { schema: { tags, params: IdParams, body: VersionBody, response: { 200: o.entity } }, config: writeConfig }, async (request) =>
        service.restore(requireActor(request), request.params.id, request.body.version),
      )
    }
  }
}
