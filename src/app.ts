import type { Logger } from 'pino'
import type { Config } from './config/config.schema.js'
import type { Clock } from './domain/clock.js'
import { buildServer, type DurationServer, type RouteEntry } from './http/server.js'
import { systemClock } from './ops/clock.js'
import { createLogger } from './ops/logger.js'
import { createMetrics, type Metrics } from './ops/metrics.js'
import type { Redis } from 'ioredis'
import { createRedisClient, pingRedis } from './ops/redis.js'
import { createAuthenticator } from './identity/authenticator.js'
import type { ApiTokenService } from './identity/tokens.service.js'
import { createIdentity, type Identity } from './identity/identity.js'
import { adminRoutes } from './modules/admin/admin.routes.js'
import { createAdminService, type AdminService } from './modules/admin/admin.service.js'
import { auditRoutes } from './modules/audit/audit.routes.js'
import { createAuditLogService, type AuditLogService } from './modules/audit/audit.service.js'
import { authRoutes } from './modules/auth/auth.routes.js'
import { tokensRoutes } from './modules/auth/tokens.routes.js'
import { twoFactorRoutes } from './modules/auth/two-factor.routes.js'
import { clientsRoutes } from './modules/clients/clients.routes.js'
import { createClientsService, type ClientsService } from './modules/clients/clients.service.js'
import { epicsRoutes } from './modules/epics/epics.routes.js'
import { createEpicsService, type EpicsService } from './modules/epics/epics.service.js'
import { projectsRoutes } from './modules/projects/projects.routes.js'
import { createProjectsService, type ProjectsService } from './modules/projects/projects.service.js'
import type { AuditSink } from './modules/resource.service.js'
import { settingsRoutes } from './modules/settings/settings.routes.js'
import { createSettingsService, type SettingsService } from './modules/settings/settings.service.js'
import { createTaskDependenciesService, type TaskDependenciesService } from './modules/tasks/task-dependencies.service.js'
import { tasksRoutes } from './modules/tasks/tasks.routes.js'
import { createTasksService, type TasksService } from './modules/tasks/tasks.service.js'
import { usersRoutes } from './modules/users/users.routes.js'
import { createUsersService, type UsersService } from './modules/users/users.service.js'
import { openStore, type Store } from './store/store.js'
import { analyticsRoutes } from './modules/analytics/analytics.routes.js'
import { createAnalyticsService, type AnalyticsService } from './modules/analytics/analytics.service.js'
import { sessionsRoutes } from './modules/sessions/sessions.routes.js'
import { createSessionsService, type SessionsService } from './modules/sessions/sessions.service.js'
import { timerRoutes } from './modules/sessions/timer.routes.js'
import { createTimerService, type TimerService } from './modules/sessions/timer.service.js'
import { calendarRoutes } from './modules/calendar/calendar.routes.js'
import { createCalendarService, type CalendarService } from './modules/calendar/calendar.service.js'
import { createDurationsService, type DurationsService } from './modules/calendar/durations.service.js'
import { createWorkspaceCalendarProvider, type WorkspaceCalendarProvider } from './modules/calendar/workspace-calendar.js'
import { importsRoutes } from './modules/imports/imports.routes.js'
import { createImportsService, type ImportsService } from './modules/imports/imports.service.js'

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
  readonly identity: Identity
  readonly admin: AdminService
  readonly auditLog: AuditLogService
  readonly clients: ClientsService
  readonly projects: ProjectsService
  readonly epics: EpicsService
  readonly tasks: TasksService
  readonly taskDependencies: TaskDependenciesService
  readonly users: UsersService
  readonly settings: SettingsService
  readonly imports: ImportsService
  readonly calendar: CalendarService
  readonly workspaceCalendar: WorkspaceCalendarProvider
  readonly durations: DurationsService
  readonly timer: TimerService
  readonly sessions: SessionsService
  readonly analytics: AnalyticsService
}

/** Adapters and services without an HTTP server: what the CLI's local mode runs on. */
export interface Core {
  readonly config: Readonly<Config>
  readonly services: Services
  readonly clock: Clock
  readonly logger: Logger
  readonly metrics: Metrics
  readonly store: Store
  readonly redis: Redis | undefined
  /** Closes Redis and the database. Idempotent. */
  close(): Promise<void>
}

export interface App extends Core {
  readonly server: DurationServer
  /** Stops the server (in-flight requests finish), then closes Redis and the database. Idempotent. */
  close(): Promise<void>
}

/**
 * The composition root: the only place that constructs adapters (clock, logger, metrics, store,
 * Redis, services) and hands them down. No module keeps state of its own, so two apps can live in
 * one process (the tests do this). The CLI's local mode stops here; `createApp` adds the server.
 */
export async function createCore(config: Readonly<Config>, overrides: AppOverrides = {}): Promise<Core> {
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
    const identity = await createIdentity({ config, store, clock })
    const audit: AuditSink = identity.audit
    const deps = { store, clock, audit }
    const workspaceCalendar = createWorkspaceCalendarProvider({ store, defaults: config.calendar })
    const services: Services = {
      tokens: identity.tokens,
      identity,
      admin: createAdminService({ store, clock, ...identity }),
      auditLog: createAuditLogService({ store, audit: identity.audit, macKey: identity.keys.auditMac }),
      clients: createClientsService(deps),
      projects: createProjectsService(deps),
      epics: createEpicsService({ ...deps, calendar: workspaceCalendar }),
      tasks: createTasksService({ ...deps, timeZone: config.calendar.timeZone }),
      taskDependencies: createTaskDependenciesService(deps),
      users: createUsersService(deps),
      settings: createSettingsService(deps),
      imports: createImportsService(deps),
      calendar: createCalendarService({ defaults: config.calendar }),
      workspaceCalendar,
      durations: createDurationsService(),
      timer: createTimerService({ ...deps, timeZone: config.calendar.timeZone }),
      sessions: createSessionsService({ ...deps, timeZone: config.calendar.timeZone }),
      analytics: createAnalyticsService({ store, clock, timeZone: config.calendar.timeZone }),
    }
    const owner = await identity.accounts.bootstrapOwner(config.admin)
    if (owner !== null) {
      logger.info({ userId: owner.id }, 'created the first owner from DURATION_ADMIN_EMAIL')
    }
    let closing: Promise<void> | undefined
    return {
      config, services, clock, logger, metrics, store, redis,
      close: () => (closing ??= Promise.resolve(redis?.quit().catch(() => redis.disconnect())).then(() => store.close())),
    }
  } catch (error) {
    await store.close()
    throw error
  }
}

/** The whole app: the core plus the HTTP server with every module's routes (not yet listening). */
export async function createApp(config: Readonly<Config>, overrides: AppOverrides = {}): Promise<App> {
  const core = await createCore(config, overrides)
  const { services, store, redis, logger, metrics, clock } = core
  const { identity } = services
  try {
    // --- routes: one entry per module, mounted under /api/v1 ---
    const routes: RouteEntry[] = [
      authRoutes(identity),
      twoFactorRoutes(identity),
      tokensRoutes(identity),
      adminRoutes(services),
      auditRoutes(services),
      clientsRoutes(services.clients),
      projectsRoutes(services.projects, services.clients),
      epicsRoutes(services.epics, services.projects),
      tasksRoutes(services.tasks, services.epics, services.taskDependencies),
      usersRoutes(services.users),
      settingsRoutes(services.settings),
      importsRoutes({ imports: services.imports }),
      calendarRoutes({ calendar: services.calendar, durations: services.durations, workspaceCalendar: services.workspaceCalendar }),
      timerRoutes({ timer: services.timer }),
      sessionsRoutes({ sessions: services.sessions }),
      analyticsRoutes({ analytics: services.analytics }),
    ]
    const server = await buildServer({
      authenticate: createAuthenticator({ tokens: services.tokens, sessions: identity.sessions }),
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
      ...core,
      server,
      close: () => (closing ??= server.close().then(() => core.close())),
    }
  } catch (error) {
    await core.close()
    throw error
  }
}
