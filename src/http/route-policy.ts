import type { FastifySchema, HTTPMethods, RouteOptions } from 'fastify'
import { isPermission, type Permission } from '../identity/permissions.js'
import { isRateLimitClass, type RateLimitClass } from '../security/rate-limit-classes.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the caller must hold to reach the handler (`'public'` = no login). */
    permission: Permission
    /** Which limiter budget the request spends. */
    rateLimit: RateLimitClass
    /**
     * `'static'` marks routes that send files (HTML, JS, CSS of the API docs) and therefore have no
     * JSON response schema. Everything else is `'json'` (the default) and must declare `schema.response`.
     */
    responseKind?: 'json' | 'static'
  }

  interface FastifyInstance {
    /** Every route of the server with its policy, for tests that walk them all. */
    collectedRoutes(): readonly CollectedRoute[]
  }
}

/** One registered route as the policy check sees it. */
export interface CollectedRoute {
  readonly method: HTTPMethods
  readonly url: string
  readonly schema: FastifySchema | undefined
  /** Runtime config: typed as partial because JavaScript plugins can register anything. */
  readonly config: Readonly<Record<string, unknown>> | undefined
}

/** The routes of one server, filled by Fastify's `onRoute` hook. */
export interface RouteCollector {
  /** Pass to `app.addHook('onRoute', …)` before any plugin registers a route. */
  readonly onRoute: (routeOptions: RouteOptions) => void
  /** Every route seen so far, one entry per method. */
  readonly routes: () => readonly CollectedRoute[]
}

/**
 * Creates a collector. It keeps the live route options rather than a snapshot because a scoped
 * `onRoute` hook registered later (the API docs scope gives its routes their policy) runs after
 * this one and completes the same options object.
 */
export function createRouteCollector(): RouteCollector {
  const seen: RouteOptions[] = []
  return {
    onRoute: (routeOptions) => {
      seen.push(routeOptions)
    },
    routes: () =>
      seen.flatMap((options) => {
        const methods = Array.isArray(options.method) ? options.method : [options.method]
        return methods.map((method) => ({
          method,
          url: options.url,
          schema: options.schema,
          config: options.config as Readonly<Record<string, unknown>> | undefined,
        }))
      }),
  }
}

/** Startup stops with this; the message names every route that is missing part of its policy. */
export class RoutePolicyError extends Error {
  readonly violations: readonly string[]
  constructor(violations: readonly string[]) {
    super(`routes without a complete policy (schema.response, config.permission, config.rateLimit):\n  ${violations.join('\n  ')}`)
    this.name = 'RoutePolicyError'
    this.violations = violations
  }
}

function missingParts(route: CollectedRoute): string[] {
  const missing: string[] = []
  const config = route.config ?? {}
  const isStatic = config['responseKind'] === 'static'
  if (!isStatic && (route.schema === undefined || route.schema.response === undefined)) {
    missing.push('schema.response')
  }
  if (!isPermission(config['permission'])) {
    missing.push('config.permission')
  }
  if (!isRateLimitClass(config['rateLimit'])) {
    missing.push('config.rateLimit')
  }
  return missing
}

/**
 * Throws {@link RoutePolicyError} naming each route (method + url) that lacks a response schema,
 * a known permission or a known rate-limit class, so a new route cannot forget the security edge.
 * Fastify's automatic HEAD twins of GET routes are checked through their GET route.
 */
export function assertRoutePolicies(routes: readonly CollectedRoute[]): void {
  const getUrls = new Set(routes.filter((route) => route.method === 'GET').map((route) => route.url))
  const violations: string[] = []
  for (const route of routes) {
    if (route.method === 'HEAD' && getUrls.has(route.url)) {
      continue
    }
    const missing = missingParts(route)
    if (missing.length > 0) {
      violations.push(`${route.method} ${route.url}: missing ${missing.join(', ')}`)
    }
  }
  if (violations.length > 0) {
    throw new RoutePolicyError(violations)
  }
}
