import type { Logger } from 'pino'
import type { Config } from './config/config.schema.js'
import type { Clock } from './domain/clock.js'
import { buildServer, type DurationServer, type RouteEntry } from './http/server.js'
import { systemClock } from './ops/clock.js'
import { createLogger } from './ops/logger.js'
import { createMetrics, type Metrics } from './ops/metrics.js'
import { createRedisClient, pingRedis } from './ops/redis.js'
import { createAuthenticator } from './identity/authenticator.js'
import { createApiTokenService, type ApiTokenService } from './identity/tokens.service.js'
import { createBusinessCalendar } from './domain/calendar/index.js'
import { clientsRoutes } from './modules/clients/clients.routes.js'
import { createClientsService, type ClientsService } from './modules/clients/clients.service.js'
import { epicsRoutes } from './modules/epics/epics.routes.js'
import { createEpicsService, type EpicsService } from './modules/epics/epics.service.js'
import { projectsRoutes } from './modules/projects/projects.routes.js'
import { createProjectsService, type ProjectsService } from './modules/projects/projects.service.js'
import { noAudit, type AuditSink } from './modules/resource.service.js'
import { settingsRoutes } from './modules/settings/settings.routes.js'
import { createSettingsService, type SettingsService } from './modules/settings/settings.service.js'
import { createTaskDependenciesService, type TaskDependenciesService } from './modules/tasks/task-dependencies.service.js'
import { tasksRoutes } from './modules/tasks/tasks.routes.js'
import { createTasksService, type TasksService } from './modules/tasks/tasks.service.js'
import { usersRoutes } from './modules/users/users.routes.js'
import { createUsersService, type UsersService } from './modules/users/users.service.js'
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
  readonly clients: ClientsService
  readonly projects: ProjectsService
  readonly epics: EpicsService
  readonly tasks: TasksService
  readonly taskDependencies: TaskDependenciesService
  readonly users: UsersService
  readonly settings: SettingsService
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
    const redis = config.redis.url === undefined ? undefined : createRedisClient(config.redis.url, logger)
    // --- services: each gets exactly the adapters it needs ---
    const audit: AuditSink = noAudit
    const deps = { store, clock, audit }
    const calendar = createBusinessCalendar({
      country: config.calendar.country,
      ...(config.calendar.region === undefined ? {} : { region: config.calendar.region }),
    })
    const services: Services = {
      tokens: createApiTokenService(deps),
      clients: createClientsService(deps),
      projects: createProjectsService(deps),
      epics: createEpicsService({ ...deps, calendar }),
      tasks: createTasksService({ ...deps, timeZone: config.calendar.timeZone }),
      taskDependencies: createTaskDependenciesService(deps),
      users: createUsersService(deps),
      settings: createSettingsService(deps),
    }
    // --- routes: one entry per module, mounted under /api/v1 ---
    const routes: RouteEntry[] = [
      clientsRoutes(services.clients),
      projectsRoutes(services.projects, services.clients),
      epicsRoutes(services.epics, services.projects),
      tasksRoutes(services.tasks, services.epics, services.taskDependencies),
      usersRoutes(services.users),
      settingsRoutes(services.settings),
    ]
    const server = await buildServer({
      authenticate: createAuthenticator({ tokens: services.tokens }),
      config,
      logger,
      metrics,
      clock,
      readiness: [
        { name: 'database', check: () => store.checkReady() },
        ...(redis ? [{ name: 'redis', check: () => pingRedis(redis) }] : []),
      ],
      routes,
    })
    let closing: Promise<void> | undefined
    return {
      config, services, clock, logger, metrics, store, server,
      close: () =>
        (closing ??= server
          .close()
          .then(() => redis?.quit().catch(() => redis.disconnect()))
          .then(() => store.close())),
    }
  } catch (error) {
    await store.close()
    throw error
  }
}
