import type { FastifyReply, FastifyRequest } from 'fastify'
import { errorToProblem } from './error-to-problem.js'
import { PROBLEM_CONTENT_TYPE, type Problem } from './problem.js'
import { REQUEST_ID_HEADER } from './request-id.js'

/** The request path without its query string: queries may carry tokens, and `instance` is echoed. */
export function requestPath(url: string): string {
  const queryStart = url.indexOf('?')
  return queryStart === -1 ? url : url.slice(0, queryStart)
}

/**
 * Sends a problem as `application/problem+json`. The body is serialized here, not by Fastify,
 * so a route's own response schema for that status can never strip problem members. `nosniff`
 * is set here too because framework errors (bad URL) are answered before helmet's hook runs.
 */
export function sendProblem(
  reply: FastifyReply,
  problem: Problem,
  headers: Readonly<Record<string, string>> = {},
): FastifyReply {
  return reply
    .code(problem.status)
    .headers({ ...headers, [REQUEST_ID_HEADER]: reply.request.id, 'x-content-type-options': 'nosniff' })
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problem))
}

/**
 * The root error handler (also used for Fastify's framework errors such as a bad URL encoding).
 * Expected errors are logged at info without a stack; unexpected ones at error with the full
 * error, under the request id that the client also receives.
 */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const result = errorToProblem(error, { requestId: request.id, instance: requestPath(request.url) })
  const { problem } = result
  if (result.logLevel === 'error') {
    request.log.error({ err: error }, 'unexpected error while serving the request')
  } else if (result.logLevel === 'warn') {
    request.log.warn({ err: error, problem: problem.type }, 'dependency unavailable')
  } else {
    request.log.info({ problem: problem.type, status: problem.status }, 'request rejected')
  }
  return sendProblem(reply, problem, result.headers)
}
