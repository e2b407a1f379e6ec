import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  ConflictError,
  DependencyCycleError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  UnauthenticatedError,
  UnavailableError,
  ValidationError,
  VersionConflictError,
} from '../../src/domain/errors.js'

/** A leak canary: the unknown-error test asserts none of this reaches the client. */
export const SECRET_FAILURE = 'SELECT * FROM users WHERE password = hunter2'

const Thing = Type.Object({ id: Type.String(), title: Type.String(), version: Type.Integer() })
const ThingParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 40 }) })

/** Ids that make `GET /things/:id` throw each kind of error. */
const FAILURES: Record<string, () => Error> = {
  missing: () => new NotFoundError('thing', 'missing'),
  limited: () => new RateLimitedError(30),
  anonymous: () => new UnauthenticatedError(),
  forbidden: () => new PermissionError(),
  down: () => new UnavailableError('database is down'),
  cycle: () => new DependencyCycleError(['a', 'b', 'a']),
  boom: () => new Error(SECRET_FAILURE),
}

/** Sample module used by the HTTP suites: every error kind is one request away. */
export const thingsRoutes: FastifyPluginCallbackTypebox = (app, _options, done) => {
  app.get(
    '/things',
    {
      schema: {
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 100 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(Thing) }) },
      },
      config: { permission: 'tasks:read', rateLimit: 'read' },
    },
    () => ({ items: [] }),
  )

  app.get(
    '/things/:id',
    {
      schema: { summary: 'Read a thing', params: ThingParams, response: { 200: Thing } },
      config: { permission: 'tasks:read', rateLimit: 'read' },
    },
    (request) => {
      const failure = FAILURES[request.params.id]
      if (failure !== undefined) {
        throw failure()
      }
      return { id: request.params.id, title: 'A thing', version: 3 }
    },
  )

  app.post(
    '/things/:id',
    {
      schema: {
        params: ThingParams,
        body: Type.Object(
          { title: Type.String({ minLength: 1 }), version: Type.Integer({ minimum: 1 }) },
          { additionalProperties: false },
        ),
        response: { 200: Thing },
      },
      config: { permission: 'tasks:write', rateLimit: 'write' },
    },
    (request) => {
      const { title, version } = request.body
      if (title === 'duplicate') {
        throw new ConflictError('a thing with this title exists')
      }
      if (title === 'rejected') {
        throw new ValidationError('title is reserved', [{ pointer: '/body/title', message: 'is reserved' }])
      }
      if (version !== 3) {
        throw new VersionConflictError('thing', request.params.id, version, 3)
      }
      return { id: request.params.id, title, version: 4 }
    },
  )
  done()
}
