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
        busyTimeoutMs: Type.Integer({ default: 500, minimum: 0, description: 'SQLite lock wait before a retry.' }),
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
    admin: Type.Object(
      {
        email: Type.Optional(Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$', maxLength: 254, description: 'First owner created on start when no user exists.' })),
        password: Type.Optional(Type.String({ minLength: 1, description: 'Password of that first owner (never logged; no default exists).' })),
      },
      { additionalProperties: false, default: {} },
    ),
    auth: Type.Object(
      {
        sessionIdleMinutes: Type.Integer({ default: 480, minimum: 1, description: 'A session ends after this long without a request.' }),
        sessionAbsoluteHours: Type.Integer({ default: 168, minimum: 1, description: 'A session ends this long after login, whatever its use.' }),
      },
      { additionalProperties: false, default: {} },
    ),
    audit: Type.Object(
      {
        secret: Type.Optional(
          Type.String({ pattern: '^[0-9a-fA-F]{64}$', description: 'App secret (64 hex): keys the audit chain MAC and TOTP-secret encryption.' }),
        ),
        secretFile: Type.Optional(
          Type.String({ minLength: 1, description: 'App secret file (default audit.key beside the database key file).' }),
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
  DURATION_ADMIN_EMAIL: 'admin.email',
  DURATION_ADMIN_PASSWORD: 'admin.password',
  DURATION_SESSION_IDLE_MINUTES: 'auth.sessionIdleMinutes',
  DURATION_SESSION_ABSOLUTE_HOURS: 'auth.sessionAbsoluteHours',
  DURATION_AUDIT_KEY: 'audit.secret',
  DURATION_AUDIT_KEY_FILE: 'audit.secretFile',
  LOG_LEVEL: 'log.level',
  DURATION_HOLIDAY_COUNTRY: 'calendar.country',
  DURATION_HOLIDAY_REGION: 'calendar.region',
  DURATION_TIME_ZONE: 'calendar.timeZone',
} as const

/**
 * DURATION_* variables that are not settings of the server but are read by other tools
 * (the config file path, the test harness). Any other DURATION_* name is a typo and stops startup.
 */
export const ENV_NON_SETTINGS = [
  'DURATION_CONFIG', 'DURATION_REQUIRE_SERVICES', 'DURATION_TEST_DATABASE_URL', 'DURATION_TEST_REDIS_URL',
  'DURATION_SERVER', 'DURATION_TOKEN',
] as const
