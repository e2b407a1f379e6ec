import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { FastifyPluginCallback } from 'fastify'
import fp from 'fastify-plugin'

/** Header read from clients and proxies, and echoed on every response. */
export const REQUEST_ID_HEADER = 'x-request-id'

/** Ids we accept from outside: short and free of characters that could forge log lines or headers. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/

/**
 * Fastify's `genReqId`: reuses a safe incoming `x-request-id` (so a proxy's id links its logs to
 * ours) or makes a random UUID. Unsafe ids are replaced, not rejected: they are never the client's fault alone.
 */
export function requestIdFrom(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER]
  if (typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming)) {
    return incoming
  }
  return randomUUID()
}

/** Echoes the request id on every response, including 404s and errors raised before routing ends. */
export const requestIdPlugin: FastifyPluginCallback = fp(
  (app, _options, done) => {
    app.addHook('onRequest', (request, reply, next) => {
      reply.header(REQUEST_ID_HEADER, request.id)
      next()
    })
    done()
  },
  { name: 'duration-request-id' },
)
