import { Type, type Static } from '@sinclair/typebox'

/**
 * The whole configuration, grouped by concern. Every setting has a default and a description;
 * `docs/configuration.md` lists the same settings (a test keeps both in step).
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export const ConfigSchema = Type.Object(
  {
    server: Type.Object(
      {
        host: Type.String({ default: '127.0.0.1', minLength: 1, description: 'Interface to listen on.' }),
        port: Type.Integer({ default: 3000, minimum: 0, maximum: 65535, description: 'TCP port (0 = any free port).' }),
        trustProxy: Type.Boolean({
          default: false,
          description: 'Trust X-Forwarded-* headers (only behind a reverse proxy you control).',
        }),
        shutdownGraceMs: Type.Integer({
          default: 10_000,
          minimum: 0,
          description: 'How long in-flight requests may finish after SIGTERM/SIGINT.',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
    storage: Type.Object(
      {
        dataDir: Type.String({ default: './data', minLength: 1, description: 'Folder of the SQLite database.' }),
        databaseUrl: Type.Optional(
          Type.String({ pattern: '^postgres(ql)?://', description: 'PostgreSQL URL; absent = embedded SQLite.' }),
        ),
        dbKey: Type.Optional(
          Type.String({
            pattern: '^[0-9a-fA-F]{64}$',
            description: 'SQLite encryption key: 64 hex characters (256 bits).',
          }),
        ),
        keyFile: Type.Optional(
          Type.String({ minLength: 1, description: 'Key file path (default ~/.config/duration/db.key).' }),
        ),
        insecurePlaintext: Type.Boolean({
          default: false,
          description: 'Development only: store SQLite unencrypted. Logged as a warning on every start.',
        }),
        busyTimeoutMs: Type.Integer({ default: 250, minimum: 0, description: 'SQLite lock wait before a retry.' }),
        poolSize: Type.Integer({ default: 10, minimum: 1, maximum: 200, description: 'PostgreSQL pool size.' }),
      },
      { additionalProperties: false, default: {} },
    ),
    redis: Type.Object(
      {
        url: Type.Optional(Type.String({ pattern: '^rediss?://', description: 'Redis URL; absent = in-process state.' })),
      },
      { additionalProperties: false, default: {} },
    ),
    log: Type.Object(
      {
        level: Type.Union(
          LOG_LEVELS.map((level) => Type.Literal(level)),
          { default: 'info', description: 'pino log level.' },
        ),
      },
      { additionalProperties: false, default: {} },
    ),
    calendar: Type.Object(
      {
        country: Type.String({ default: 'BR', pattern: '^[A-Z]{2}$', description: 'Holiday country (ISO 3166-1).' }),
        region: Type.Optional(Type.String({ minLength: 1, description: 'Holiday region, e.g. SP.' })),
        timeZone: Type.String({ default: 'America/Sao_Paulo', minLength: 1, description: 'Workspace time zone.' }),
      },
      { additionalProperties: false, default: {} },
    ),
  },
  { additionalProperties: false },
)

export type Config = Static<typeof ConfigSchema>

/**
 * Flat environment names → path in the nested object. Users of servers expect PORT, HOST,
 * DATABASE_URL and friends; everything of ours is DURATION_*.
 */
export const ENV_SETTINGS = {
  HOST: 'server.host',
  PORT: 'server.port',
  DURATION_TRUST_PROXY: 'server.trustProxy',
  DURATION_SHUTDOWN_GRACE_MS: 'server.shutdownGraceMs',
  DURATION_DATA_DIR: 'storage.dataDir',
  DATABASE_URL: 'storage.databaseUrl',
  DURATION_DB_KEY: 'storage.dbKey',
  DURATION_KEY_FILE: 'storage.keyFile',
  DURATION_INSECURE_PLAINTEXT: 'storage.insecurePlaintext',
  DURATION_SQLITE_BUSY_TIMEOUT_MS: 'storage.busyTimeoutMs',
  DURATION_DB_POOL_SIZE: 'storage.poolSize',
  REDIS_URL: 'redis.url',
  LOG_LEVEL: 'log.level',
  DURATION_HOLIDAY_COUNTRY: 'calendar.country',
  DURATION_HOLIDAY_REGION: 'calendar.region',
  DURATION_TIME_ZONE: 'calendar.timeZone',
} as const

/**
 * DURATION_* variables that are not settings of the server but are read by other tools
 * (the config file path, the test harness). Any other DURATION_* name is a typo and stops startup.
 */
export const ENV_NON_SETTINGS = ['DURATION_CONFIG', 'DURATION_REQUIRE_SERVICES', 'DURATION_TEST_DATABASE_URL', 'DURATION_TEST_REDIS_URL'] as const
