import type { Logger } from 'pino'
import type { Config } from './config/config.schema.js'
import type { Clock } from './domain/clock.js'
import { buildServer, type DurationServer, type RouteEntry } from './http/server.js'
import { systemClock } from './ops/clock.js'
import { createLogger } from './ops/logger.js'
import { createMetrics, type Metrics } from './ops/metrics.js'
import { createAuthenticator } from './identity/authenticator.js'
import { createApiTokenService, type ApiTokenService } from './identity/tokens.service.js'
import { noAudit, type AuditSink } from './modules/resource.service.js'
import { openStore, type Store } from './store/store.js'

/** Everything a test or the CLI may replace; production passes nothing. */
export interface AppOverrides {
  clock?: Clock
  logger?: Logger
  /** Skip running migrations on start (the CLI's `db status` wants to see pending ones). */
  skipMigrations?: boolean
}

/** Every service, built once; routes and the CLI's local mode use these. */
export interface Services {
  readonly tokens: ApiTokenService
}

export interface App {
  readonly config: Readonly<Config>
  readonly services: Services
  readonly clock: Clock
  readonly logger: Logger
  readonly metrics: Metrics
  readonly store: Store
  readonly server: DurationServer
  /** Stops the server (in-flight requests finish) and closes the database. Idempotent. */
  close(): Promise<void>
}

/**
 * The composition root: the only place that constructs adapters (clock, logger, metrics, store,
 * HTTP server) and hands them down. No module keeps state of its own, so two apps can live in
 * one process (the tests do this).
 */
export async function createApp(config: Readonly<Config>, overrides: AppOverrides = {}): Promise<App> {
  const clock = overrides.clock ?? systemClock
  const logger = overrides.logger ?? createLogger({ level: config.log.level })
  const metrics = createMetrics()
  const store = await openStore(config.storage, {
    clock,
    onWarning: (message) => logger.warn(message),
  })
  try {
    if (!overrides.skipMigrations) {
      const applied = await store.migrate()
      if (applied.length > 0) {
        logger.info({ migrations: applied }, 'database migrated')
      }
    }
    metrics.registerGauge({
      name: 'db_pool_connections_current',
      help: 'Database connections of this process by state.',
      labelNames: ['dialect', 'state'],
      collect: (gauge) => {
        const stats = store.poolStats()
        for (const state of ['total', 'idle', 'waiting'] as const) {
          gauge.set({ dialect: store.dialect, state }, stats[state])
        }
      },
    })
    // --- services: each gets exactly the adapters it needs ---
    const audit: AuditSink = noAudit
    const deps = { store, clock, audit }
    const services: Services = {
      tokens: createApiTokenService(deps),
    }
    // --- routes: one entry per module, mounted under /api/v1 ---
    const routes: RouteEntry[] = []
    const server = await buildServer({
      authenticate: createAuthenticator({ tokens: services.tokens }),
      config,
      logger,
      metrics,
      clock,
      readiness: [{ name: 'database', check: () => store.checkReady() }],
      routes,
    })
    let closing: Promise<void> | undefined
    return {
      config, services, clock, logger, metrics, store, server,
      close: () => (closing ??= server.close().then(() => store.close())),
    }
  } catch (error) {
    await store.close()
    throw error
  }
}
