/**
 * Typed domain errors with stable codes. Services throw these and never know about HTTP;
 * `src/http/problem.ts` is the single table that turns a code into a status and a problem `type`.
 * Adding a code here means documenting it in docs/errors.md (a test checks both lists match).
 */

export const ERROR_CODES = [
  'validation_failed',
  'invalid_duration',
  'not_found',
  'version_conflict',
  'conflict',
  'dependency_cycle',
  'forbidden',
  'unauthenticated',
  'rate_limited',
  'unavailable',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** One failing input location: a JSON pointer (RFC 6901) into the request or file, and why. */
export interface ValidationIssue {
  pointer: string
  message: string
}

export class DomainError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
  }
}

export class ValidationError extends DomainError {
  readonly issues: readonly ValidationIssue[]
  constructor(message: string, issues: readonly ValidationIssue[] = []) {
    super('validation_failed', message)
    this.issues = issues
  }
}

export class InvalidDurationError extends DomainError {
  readonly input: string
  constructor(input: string, message: string) {
    super('invalid_duration', message)
    this.input = input
  }
}

/** Missing and not-visible answer the same, so ids cannot be probed. */
export class NotFoundError extends DomainError {
  readonly entity: string
  constructor(entity: string, id?: string) {
    super('not_found', id === undefined ? `${entity} not found` : `${entity} ${id} not found`)
    this.entity = entity
  }
}

/** The caller's expected version is stale: someone else changed the row first. Nothing was written. */
export class VersionConflictError extends DomainError {
  readonly expectedVersion: number
  readonly currentVersion: number
  constructor(entity: string, id: string, expectedVersion: number, currentVersion: number) {
    super(
      'version_conflict',
      `${entity} ${id} is at version ${currentVersion}, not ${expectedVersion}; reload and retry`,
    )
    this.expectedVersion = expectedVersion
    this.currentVersion = currentVersion
  }
}

/** A uniqueness or reference rule would be broken (duplicate key, parent missing). */
export class ConflictError extends DomainError {
  constructor(message: string) {
    super('conflict', message)
  }
}

/** Keys named in a DependencyCycleError message; the full list stays on `.cycle`. */
export const CYCLE_MESSAGE_MAX_KEYS = 20

/**
 * Blocking dependencies loop. The message names at most the first CYCLE_MESSAGE_MAX_KEYS keys
 * because a 10,000-task cycle would otherwise become a megabyte-sized log line and problem detail.
 */
export class DependencyCycleError extends DomainError {
  readonly cycle: readonly string[]
  constructor(cycle: readonly string[]) {
    const shown = cycle.slice(0, CYCLE_MESSAGE_MAX_KEYS).join(' → ')
    const hidden = cycle.length - CYCLE_MESSAGE_MAX_KEYS
    super('dependency_cycle', `dependency cycle: ${hidden > 0 ? `${shown} → … (${hidden} more)` : shown}`)
    this.cycle = cycle
  }
}

export class PermissionError extends DomainError {
  constructor(message = 'not allowed') {
    super('forbidden', message)
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'authentication required') {
    super('unauthenticated', message)
  }
}

export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number
  constructor(retryAfterSeconds: number) {
    super('rate_limited', `too many requests; retry in ${retryAfterSeconds}s`)
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export class UnavailableError extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unavailable', message, options)
  }
}
