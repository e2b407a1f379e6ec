import fp from 'fastify-plugin'
import type { Metrics } from '../ops/metrics.js'

/** Label of requests no route matched (404/405): one series instead of one per probed URL. */
export const UNMATCHED_ROUTE = '(unmatched)'

/**
 * Counts every answered request and its latency, labelled by the route *pattern*
 * (`/api/v1/tasks/:id`), never the raw URL, so ids in paths cannot blow up the series count.
 */
export const metricsHooksPlugin = fp<{ metrics: Metrics }>(
  (app, { metrics }, done) => {
    app.addHook('onResponse', (request, reply, next) => {
      const labels = {
        method: request.method,
        route: request.routeOptions.url ?? UNMATCHED_ROUTE,
        status: String(reply.statusCode),
      }
      metrics.httpRequests.inc(labels)
      metrics.httpDuration.observe(labels, reply.elapsedTime / 1000)
      next()
    })
    done()
  },
  { name: 'duration-metrics-hooks' },
)
