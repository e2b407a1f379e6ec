import { setTimeout as delay } from 'node:timers/promises'
import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { Clock } from '../domain/clock.js'
import type { Metrics } from '../ops/metrics.js'
import { sendProblem } from './error-handler.js'
import { buildProblem } from './problem.js'

/** A dependency the app needs before it can serve traffic (database, cache, …). */
export interface ReadinessCheck {
  /** Short and stable: it is shown to probes (`database`, `redis`). */
  readonly name: string
  /** Resolves when healthy; rejects (with any error) when not. */
  check(): Promise<void>
}

/** Dependencies of {@link healthRoutes}. */
export interface HealthRoutesDeps {
  readonly metrics: Metrics
  readonly readiness: readonly ReadinessCheck[]
  readonly clock: Clock
  /** Per-check budget; a slower check counts as failing. */
  readonly readinessTimeoutMs?: number
}

const DEFAULT_READINESS_TIMEOUT_MS = 2_000

const CheckResult = Type.Object({
  name: Type.String(),
  status: Type.Union([Type.Literal('ok'), Type.Literal('failing'), Type.Literal('timeout')]),
  durationMs: Type.Number(),
})
type CheckResultValue = (typeof CheckResult)['static']

const TIMED_OUT = Symbol('timed out')

async function runCheck(check: ReadinessCheck, deps: HealthRoutesDeps, log: (err: unknown, name: string) => void) {
  const startedAt = deps.clock.now()
  // A real timer on purpose: with a fake clock, `clock.sleep` resolves at once and every check would time out.
  const abort = new AbortController()
  const timeout = delay(deps.readinessTimeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS, TIMED_OUT, {
    signal: abort.signal,
  }).catch(() => undefined) // aborted once the check settled first
  let status: CheckResultValue['status'] = 'ok'
  try {
    const outcome = await Promise.race([check.check(), timeout])
    status = outcome === TIMED_OUT ? 'timeout' : 'ok'
  } catch (err) {
    log(err, check.name)
    status = 'failing'
  } finally {
    abort.abort()
  }
  const result: CheckResultValue = { name: check.name, status, durationMs: deps.clock.now() - startedAt }
  return result
}

/**
 * `GET /healthz` (the process is up), `GET /readyz` (every readiness check passes within its
 * timeout; otherwise a 503 problem naming the failing checks, never their error text) and
 * `GET /metrics` (Prometheus text of this app's registry). All public, rate class `health`.
 */
export function healthRoutes(deps: HealthRoutesDeps): FastifyPluginCallbackTypebox {
  return (app, _options, done) => {
    const policy = { permission: 'public', rateLimit: 'health' } as const

    app.get(
      '/healthz',
      {
        schema: { summary: 'Liveness', tags: ['health'], response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
        config: policy,
      },
      () => ({ status: 'ok' as const }),
    )

    app.get(
      '/readyz',
      {
        schema: {
          summary: 'Readiness: every dependency answers',
          tags: ['health'],
          response: { 200: Type.Object({ status: Type.Literal('ok'), checks: Type.Array(CheckResult) }) },
        },
        config: policy,
      },
      async (request, reply) => {
        const log = (err: unknown, name: string) => request.log.warn({ err, check: name }, 'readiness check failed')
        const checks = await Promise.all(deps.readiness.map((check) => runCheck(check, deps, log)))
        const failing = checks.filter((check) => check.status !== 'ok')
        if (failing.length === 0) {
          return reply.send({ status: 'ok' as const, checks })
        }
        const problem = buildProblem('unavailable', {
          requestId: request.id,
          instance: '/readyz',
          detail: `Not ready: ${failing.map((check) => check.name).join(', ')}.`,
          extensions: { checks },
        })
        return sendProblem(reply, problem)
      },
    )

    app.get(
      '/metrics',
      {
        schema: { summary: 'Prometheus metrics', tags: ['health'], produces: ['text/plain'], response: { 200: Type.String() } },
        config: policy,
      },
      async (_request, reply) => reply.type(deps.metrics.contentType).send(await deps.metrics.render()),
    )
    done()
  }
}
