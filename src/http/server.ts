import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import type {
  FastifyPluginAsyncTypebox,
  FastifyPluginCallbackTypebox,
  TypeBoxTypeProvider,
} from '@fastify/type-provider-typebox'
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify'
import type { Logger } from 'pino'
import type { Config } from '../config/config.schema.js'
import type { Clock } from '../domain/clock.js'
import type { Metrics } from '../ops/metrics.js'
import type { Authenticator } from '../identity/authenticator.js'
import { authGuardPlugin } from './auth-guard.js'
import { handleError } from './error-handler.js'
import { healthRoutes, type ReadinessCheck } from './health.routes.js'
import { metricsHooksPlugin } from './metrics-hooks.js'
import { createNotFoundHandler } from './not-found.js'
import { docsUiPlugin, openApiPlugin, openApiRoutes } from './openapi.js'
import { requestIdFrom, requestIdPlugin } from './request-id.js'
import { assertRoutePolicies, createRouteCollector } from './route-policy.js'
import { helmetOptions, hstsPlugin } from './security-headers.js'

/** Prefix of every business route. */
export const API_PREFIX = '/api/v1'

/** Default largest request body: generous for JSON, small enough to bound memory per request. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024 // 1 MiB

/** A module's routes plugin, async or callback style. */
export type RoutePlugin = FastifyPluginAsyncTypebox | FastifyPluginCallbackTypebox

/** A module's routes, optionally under a sub-prefix of {@link API_PREFIX} (e.g. `/tasks`). */
export type RouteEntry = RoutePlugin | { plugin: RoutePlugin; prefix?: string }

/** What {@link buildServer} needs; the composition root builds each piece once. */
export interface ServerDeps {
  readonly config: Config
  readonly logger: Logger
  readonly metrics: Metrics
  readonly clock: Clock
  readonly readiness: readonly ReadinessCheck[]
  readonly routes: readonly RouteEntry[]
  /** Resolves the caller of each request; the guard then enforces the route's permission. */
  readonly authenticate: Authenticator
  /** Largest accepted body in bytes; {@link DEFAULT_BODY_LIMIT} when absent. */
  readonly bodyLimit?: number
  /** Budget of each readiness check in ms. */
  readonly readinessTimeoutMs?: number
}

/** The Fastify instance Duration runs, typed with the TypeBox provider. */
export type DurationServer = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>

function serverOptions(deps: ServerDeps): FastifyServerOptions {
  return {
    loggerInstance: deps.logger,
    trustProxy: deps.config.server.trustProxy,
    genReqId: requestIdFrom,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    bodyLimit: deps.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Report every failing field at once, and never silently drop unknown ones: schemas say
    // `additionalProperties: false` precisely so that typos are rejected, not ignored.
    ajv: { customOptions: { removeAdditional: false, allErrors: true } },
    // Bad URL encodings and similar are answered before routing; give them the same problem shape.
    frameworkErrors: (error, request, reply) => {
      handleError(error, request, reply)
    },
  }
}

function registerModuleRoutes(routes: readonly RouteEntry[]): FastifyPluginAsyncTypebox {
  return async (api) => {
    await api.register(openApiRoutes)
    for (const entry of routes) {
      if (typeof entry === 'function') {
        await api.register(entry)
      } else {
        await api.register(entry.plugin, entry.prefix === undefined ? {} : { prefix: entry.prefix })
      }
    }
  }
}

/**
 * Builds the HTTP server without listening. The registration list below, in Fastify's
 * documented order, is the API's table of contents. After `ready()` every route is checked for
 * a response schema, a permission and a rate-limit class; a gap rejects with a
 * `RoutePolicyError` naming the route.
 */
export async function buildServer(deps: ServerDeps): Promise<DurationServer> {
  const app: DurationServer = Fastify(serverOptions(deps)).withTypeProvider<TypeBoxTypeProvider>()
  const routes = createRouteCollector()

  // 1. Ecosystem plugins (swagger first among route-aware plugins: it must see every route).
  await app.register(fastifyHelmet, helmetOptions())
  await app.register(fastifyCookie)
  await app.register(openApiPlugin)

  // 2. Our plugins.
  await app.register(requestIdPlugin)
  await app.register(metricsHooksPlugin, { metrics: deps.metrics })
  await app.register(authGuardPlugin, { authenticate: deps.authenticate })
  app.addHook('onRoute', routes.onRoute) // before any route below is added

  // 3. Decorators.
  app.decorate('collectedRoutes', routes.routes)

  // 4. Hooks and root handlers (before the routes, so every route scope inherits them).
  await app.register(hstsPlugin)
  app.setErrorHandler(handleError)
  app.setNotFoundHandler(createNotFoundHandler(routes))

  // 5. Routes: probes at the root, docs UI, then the versioned API.
  await app.register(healthRoutes(deps))
  await app.register(docsUiPlugin)
  await app.register(registerModuleRoutes(deps.routes), { prefix: API_PREFIX })

  await app.ready()
  try {
    assertRoutePolicies(routes.routes())
  } catch (error) {
    await app.close()
    throw error
  }
  return app
}
