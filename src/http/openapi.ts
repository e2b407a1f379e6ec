import fastifySwagger, { type SwaggerTransform, type SwaggerTransformObject } from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { RATE_LIMIT_CLASS_DESCRIPTIONS } from '../security/rate-limit-classes.js'
import { PROBLEM_CONTENT_TYPE } from './problem.js'
import { ProblemSchema } from './problem.schema.js'

/** Where the interactive API docs are served. */
export const DOCS_PREFIX = '/api/docs'

const PROBLEM_RESPONSE_REF = { $ref: '#/components/responses/Problem' }
const OPERATION_KEYS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

/** Copies each route's policy into its operation as `x-permission` / `x-rate-limit`. */
const addPolicyExtensions: SwaggerTransform = ({ schema, url, route }) => {
  const extended: Record<string, unknown> = {
    ...schema,
    'x-permission': route.config?.permission,
    'x-rate-limit': route.config?.rateLimit,
  }
  return { schema: extended, url }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * Declares the Problem component once, points every operation's 4XX/5XX at it, and describes the
 * rate-limit classes that `x-rate-limit` refers to.
 */
const addProblemResponses: SwaggerTransformObject = (documentObject) => {
  const document: Record<string, unknown> =
    'openapiObject' in documentObject ? { ...documentObject.openapiObject } : { ...documentObject.swaggerObject }
  const components = isRecord(document['components']) ? document['components'] : {}
  const schemas = isRecord(components['schemas']) ? components['schemas'] : {}
  const responses = isRecord(components['responses']) ? components['responses'] : {}
  document['components'] = {
    ...components,
    schemas: { ...schemas, Problem: ProblemSchema },
    responses: {
      ...responses,
      Problem: {
        description: 'An error, as RFC 9457 problem details. See docs/errors.md for every `type`.',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    },
  }
  document['x-rate-limit-classes'] = RATE_LIMIT_CLASS_DESCRIPTIONS
  const paths = isRecord(document['paths']) ? document['paths'] : {}
  for (const pathItem of Object.values(paths)) {
    for (const key of OPERATION_KEYS) {
      const operation = isRecord(pathItem) ? pathItem[key] : undefined
      if (isRecord(operation) && isRecord(operation['responses'])) {
        operation['responses'] = { '4XX': PROBLEM_RESPONSE_REF, '5XX': PROBLEM_RESPONSE_REF, ...operation['responses'] }
      }
    }
  }
  return document
}

/**
 * @fastify/swagger in OpenAPI 3.1 mode, built from the routes' TypeBox schemas. Registered before
 * any route so it sees them all.
 */
export const openApiPlugin: FastifyPluginAsync = fp(
  async (app) => {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Duration API',
          version: '1.0.0',
          description: 'Every operation lists its required permission (x-permission) and rate-limit class (x-rate-limit).',
        },
      },
      transform: addPolicyExtensions,
      transformObject: addProblemResponses,
    })
  },
  { name: 'duration-openapi' },
)

/**
 * swagger-ui at {@link DOCS_PREFIX}. Its routes come from a third-party plugin, so this scope's
 * `onRoute` hook gives each one an explicit policy: public, `public` rate limit, static response.
 * swagger-ui sends its own CSP (it needs a few inline hashes); we only drop
 * `upgrade-insecure-requests`, which would break the docs on a plain-HTTP LAN install.
 */
export const docsUiPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('onRoute', (routeOptions) => {
    routeOptions.config = { ...routeOptions.config, permission: 'public', rateLimit: 'public', responseKind: 'static' }
  })
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PREFIX,
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
    uiConfig: { deepLinking: true },
  })
}

/** `GET /openapi.json` (under `/api/v1`): the generated document, for clients and the docs UI. */
export const openApiRoutes: FastifyPluginCallbackTypebox = (app, _options, done) => {
  app.get(
    '/openapi.json',
    {
      schema: {
        summary: 'OpenAPI 3.1 document of this API',
        tags: ['meta'],
        response: { 200: Type.Object({ openapi: Type.String() }, { additionalProperties: true }) },
      },
      config: { permission: 'public', rateLimit: 'public' },
    },
    () => app.swagger() as { openapi: string },
  )
  done()
}
