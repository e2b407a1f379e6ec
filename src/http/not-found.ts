import type { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify'
import { requestPath, sendProblem } from './error-handler.js'
import { buildProblem } from './problem.js'
import type { RouteCollector } from './route-policy.js'

/**
 * Methods the path answers to, found by asking Fastify's own router with each method the app
 * registered. Reusing the router (instead of a second one) means params, wildcards and
 * trailing-slash rules are exactly those of real dispatch.
 */
export function allowedMethods(request: FastifyRequest, routes: RouteCollector): HTTPMethods[] {
  const registered = new Set(routes.routes().map((route) => route.method))
  const allowed: HTTPMethods[] = []
  for (const method of registered) {
    if (request.server.findRoute({ method, url: request.url }) !== null) {
      allowed.push(method)
    }
  }
  return allowed.sort()
}

/**
 * The root not-found handler: 405 with `Allow` when the path exists for other methods, else a
 * 404 problem. A route that exists for *this* method but called `callNotFound` (a missing static
 * file) stays a 404.
 */
export function createNotFoundHandler(routes: RouteCollector) {
  return (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const context = { requestId: request.id, instance: requestPath(request.url) }
    const allowed = allowedMethods(request, routes)
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      const problem = buildProblem('method_not_allowed', {
        ...context,
        detail: `${request.method} is not supported here; use ${allowed.join(', ')}.`,
      })
      return sendProblem(reply, problem, { allow: allowed.join(', ') })
    }
    const problem = buildProblem('not_found_route', { ...context, detail: 'No route matches this path.' })
    return sendProblem(reply, problem)
  }
}
