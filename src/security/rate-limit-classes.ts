/**
 * The rate-limit classes a route can belong to. Every route names one in `config.rateLimit`
 * (checked at startup by `src/http/route-policy.ts`); the limiter maps each class to an algorithm,
 * a budget and a key (IP, user or both). Classes describe the *cost and risk* of a request, not
 * its resource, so a new route picks a class instead of inventing a number.
 */
export const RATE_LIMIT_CLASSES = [
  /** Liveness, readiness and metrics probes: very high budget, keyed by IP, never penalised. */
  'health',
  /** Anonymous reads such as the OpenAPI document and API docs: moderate budget per IP. */
  'public',
  /** Login, TOTP, password reset, token creation: small budget with penalty, keyed by IP and account. */
  'auth',
  /** Authenticated reads (lists, details): generous budget per user. */
  'read',
  /** Authenticated writes (create, update, delete, timer actions): smaller budget per user. */
  'write',
  /** Heavy work (imports, exports, analytics recomputation, reports): a few per minute per user. */
  'expensive',
] as const

/** One entry of {@link RATE_LIMIT_CLASSES}. */
export type RateLimitClass = (typeof RATE_LIMIT_CLASSES)[number]

/** One line per class, for the OpenAPI document and docs. */
export const RATE_LIMIT_CLASS_DESCRIPTIONS: Readonly<Record<RateLimitClass, string>> = {
  health: 'Health probes: very high budget per IP.',
  public: 'Anonymous reads: moderate budget per IP.',
  auth: 'Authentication attempts: small budget per IP and account, with penalty.',
  read: 'Authenticated reads: generous budget per user.',
  write: 'Authenticated writes: smaller budget per user.',
  expensive: 'Heavy work (imports, exports, reports): a few per minute per user.',
}

const classSet: ReadonlySet<string> = new Set(RATE_LIMIT_CLASSES)

/** Narrows an untyped value (e.g. a route's runtime config) to a known rate-limit class. */
export function isRateLimitClass(value: unknown): value is RateLimitClass {
  return typeof value === 'string' && classSet.has(value)
}
