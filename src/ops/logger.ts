import { pino, type DestinationStream, type Level, type Logger } from 'pino'

/**
 * Field names whose values are secrets or personal data. They are redacted wherever they appear
 * in the first three levels of a log object, because a value logged by mistake is the usual leak
 * path (a whole request body, a config object, an error's `details`).
 */
const SENSITIVE_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'apiToken',
  'sessionToken',
  'csrfToken',
  'totp',
  'totpCode',
  'totpSecret',
  'otp',
  'secret',
  'clientSecret',
  'apiKey',
  'email',
  'dbKey',
  'keyMaterial',
  'databaseUrl',
  'DATABASE_URL',
  'redisUrl',
  'REDIS_URL',
  'authorization',
  'cookie',
] as const

/** Header paths: Fastify's request serializer omits headers, but a `log.info({ req })` must not leak them. */
const HEADER_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["x-csrf-token"]',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  '*.headers["x-csrf-token"]',
  'storage.dbKey',
  'storage.databaseUrl',
  'redis.url',
  '*.storage.dbKey',
  '*.storage.databaseUrl',
  '*.redis.url',
]

/** The censor every redacted value is replaced with; tests and log readers can grep for it. */
export const REDACTED = '[redacted]'

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** Minimum level written; `silent` writes nothing. */
  level: Level | 'silent'
  /** Where lines go; stdout when absent. Tests pass an in-memory stream. */
  destination?: DestinationStream
}

function redactPaths(): string[] {
  const paths: string[] = [...HEADER_PATHS]
  for (const key of SENSITIVE_KEYS) {
    paths.push(key, `*.${key}`, `*.*.${key}`)
  }
  return paths
}

// `scheme://user:password@host` anywhere in a line (error messages of drivers, logged config values).
// Greedy up to the last `@` before a `/`, quote or space, so passwords containing `@` are covered too.
const CREDENTIAL_URL = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/"'\\]*@/gi

/** Replaces the user-info part of every URL in `text` (`postgres://u:p@h` → `postgres://[redacted]@h`). */
export function scrubCredentialUrls(text: string): string {
  return text.replace(CREDENTIAL_URL, `$1${REDACTED}@`)
}

const SENSITIVE_QUERY_NAME = /token|password|secret|key|code|email|auth|session|otp/i

/** Keeps the path and query names of a URL but hides the values of parameters that may be secrets. */
export function scrubQueryString(url: string): string {
  const queryStart = url.indexOf('?')
  if (queryStart === -1) {
    return url
  }
  const pairs = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0] ?? ''
      return SENSITIVE_QUERY_NAME.test(name) ? `${name}=${REDACTED}` : pair
    })
  return `${url.slice(0, queryStart)}?${pairs.join('&')}`
}

interface LoggableRequest {
  method?: unknown
  url?: unknown
  host?: unknown
  ip?: unknown
}

/** Fastify's request serializer, minus query values that may carry tokens (`?token=…` links). */
function serializeRequest(req: LoggableRequest): Record<string, unknown> {
  return {
    method: req.method,
    url: typeof req.url === 'string' ? scrubQueryString(req.url) : req.url,
    host: req.host,
    remoteAddress: req.ip,
  }
}

/**
 * The one pino logger of the process. Secrets and personal fields are censored by path
 * (`*.password`, `req.headers.authorization`, `*.email`, …), URL credentials are scrubbed from
 * every written line, and request URLs lose sensitive query values.
 */
export function createLogger(options: LoggerOptions): Logger {
  const pinoOptions = {
    level: options.level,
    redact: { paths: redactPaths(), censor: REDACTED },
    serializers: { req: serializeRequest, err: pino.stdSerializers.err },
    timestamp: pino.stdTimeFunctions.isoTime,
    hooks: { streamWrite: scrubCredentialUrls },
  }
  return options.destination === undefined ? pino(pinoOptions) : pino(pinoOptions, options.destination)
}
