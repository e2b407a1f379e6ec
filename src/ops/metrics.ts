import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/** Every metric name of Duration starts with this, so dashboards can select them in one go. */
export const METRIC_PREFIX = 'duration_'

type HttpLabel = 'method' | 'route' | 'status'
type PoolLabel = 'pool' | 'state'

/** Options of {@link Metrics.registerGauge}. */
export interface GaugeOptions<L extends string> {
  /** Name without the `duration_` prefix, snake_case with a unit suffix (`cache_entries`). */
  name: string
  help: string
  labelNames: readonly L[]
  /** Called on every scrape to refresh the values (e.g. read a pool's counters). */
  collect?: (gauge: Gauge<L>) => void | Promise<void>
}

/** The app's metrics: one private registry and the instruments adapters report into. */
export interface Metrics {
  /** Private to this app; two apps in one process (tests) never share instruments. */
  readonly registry: Registry
  /** `duration_http_requests_total{method,route,status}`; `route` is the pattern, never the raw URL. */
  readonly httpRequests: Counter<HttpLabel>
  /** `duration_http_request_duration_seconds{method,route,status}`. */
  readonly httpDuration: Histogram<HttpLabel>
  /** `duration_db_pool_connections{pool,state}`: the store sets `state` = total | idle | waiting. */
  readonly dbPool: Gauge<PoolLabel>
  /** Adds a gauge to this registry (name gets the `duration_` prefix). */
  registerGauge<L extends string>(options: GaugeOptions<L>): Gauge<L>
  /** Prometheus text exposition of everything in the registry. */
  render(): Promise<string>
  /** Content type of {@link Metrics.render}'s output. */
  readonly contentType: string
}

/** Seconds; spans fast JSON reads to slow imports without hundreds of series per route. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/**
 * Creates a fresh registry with Node process metrics (CPU, memory, GC, event-loop delay), HTTP
 * request instruments and the DB pool gauge, all prefixed `duration_`. Never touches
 * prom-client's global default registry, so several apps can live in one test process.
 */
export function createMetrics(): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX })

  const httpRequests = new Counter<HttpLabel>({
    name: `${METRIC_PREFIX}http_requests_total`,
    help: 'HTTP requests answered, by route pattern, method and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  })
  const httpDuration = new Histogram<HttpLabel>({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'Time from request received to response sent, by route pattern, method and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  })

  function registerGauge<L extends string>(options: GaugeOptions<L>): Gauge<L> {
    const { collect } = options
    return new Gauge<L>({
      name: `${METRIC_PREFIX}${options.name}`,
      help: options.help,
      labelNames: options.labelNames,
      registers: [registry],
      ...(collect === undefined
        ? {}
        : {
            collect(this: Gauge<L>) {
              return collect(this)
            },
          }),
    })
  }

  const dbPool = registerGauge<PoolLabel>({
    name: 'db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting).',
    labelNames: ['pool', 'state'],
  })

  return {
    registry,
    httpRequests,
    httpDuration,
    dbPool,
    registerGauge,
    render: () => registry.metrics(),
    contentType: registry.contentType,
  }
}
