import { ERROR_CODES, type ErrorCode, type ValidationIssue } from '../domain/errors.js'

/**
 * Problems that only the HTTP layer can raise (routing, body parsing). They are not domain
 * errors: services never see them, so they live here and not in `src/domain/errors.ts`.
 */
export const HTTP_PROBLEM_CODES = [
  'not_found_route',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'bad_json',
  'bad_request',
] as const

/** Every code a problem+json body can carry: the domain's plus the HTTP layer's. */
export type ProblemCode = ErrorCode | (typeof HTTP_PROBLEM_CODES)[number]

/** Status, short title and one-line meaning of a problem code. */
export interface ProblemKind {
  readonly status: number
  readonly title: string
  readonly meaning: string
}

/**
 * THE table from problem code to HTTP status. The error handler, the 404/405 handler, the
 * OpenAPI document and docs/errors.md all read it; nothing else decides a status.
 */
export const PROBLEM_TABLE: Readonly<Record<ProblemCode, ProblemKind>> = {
  validation_failed: {
    status: 400,
    title: 'Validation failed',
    meaning:
      'Input breaks the schema or a business rule; `errors` has a JSON pointer per failing field.',
  },
  invalid_duration: {
    status: 400,
    title: 'Invalid duration',
    meaning: 'A duration text such as "1,5 dias" or "PT2H" could not be parsed.',
  },
  not_found: {
    status: 404,
    title: 'Not found',
    meaning:
      'The resource does not exist or is not visible to the caller (both answer the same so ids cannot be probed).',
  },
  version_conflict: {
    status: 409,
    title: 'Version conflict',
    meaning: 'The `version` sent is stale; `currentVersion` says the latest. Reload and retry. Nothing was written.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    meaning: 'A uniqueness or reference rule would be broken (duplicate name, missing parent).',
  },
  dependency_cycle: {
    status: 409,
    title: 'Dependency cycle',
    meaning: 'The change would make task dependencies circular; `cycle` lists the ids involved.',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    meaning: 'The caller is signed in but lacks the permission the route requires.',
  },
  unauthenticated: {
    status: 401,
    title: 'Authentication required',
    meaning: 'No valid session or API token was presented.',
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    meaning: 'The route\'s rate-limit budget is spent; the `Retry-After` header says when to retry.',
  },
  unavailable: {
    status: 503,
    title: 'Service unavailable',
    meaning: 'A dependency (database, cache) is down or a readiness check failed; retry later.',
  },
  internal: {
    status: 500,
    title: 'Internal server error',
    meaning: 'An unexpected failure. Details are only in the server log, under the `requestId`.',
  },
  not_found_route: {
    status: 404,
    title: 'Route not found',
    meaning: 'No route matches the path.',
  },
  method_not_allowed: {
    status: 405,
    title: 'Method not allowed',
    meaning: 'The path exists but not for this method; the `Allow` header lists the methods it supports.',
  },
  payload_too_large: {
    status: 413,
    title: 'Payload too large',
    meaning: 'The request body exceeds the server\'s body limit (1 MiB by default).',
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    meaning: 'The request body\'s Content-Type is not accepted (send application/json).',
  },
  bad_json: {
    status: 400,
    title: 'Malformed JSON',
    meaning: 'The body is not valid JSON, is empty, or contains `__proto__`/`constructor.prototype` keys.',
  },
  bad_request: {
    status: 400,
    title: 'Bad request',
    meaning: 'The request is malformed at the HTTP level (bad URL encoding, bad Content-Length).',
  },
}

/** Media type of every error body (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** Stable problem `type` URI of a code, e.g. `urn:duration:problem:not_found`. */
export function problemType(code: ProblemCode): string {
  return `urn:duration:problem:${code}`
}

/** RFC 9457 body served for every error. Extension members (`currentVersion`, `checks`, …) may follow. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  requestId: string
  errors?: ValidationIssue[]
  [extension: string]: unknown
}

/** Builds the body of a problem from the table; `detail` defaults to the code's meaning-free title. */
export function buildProblem(
  code: ProblemCode,
  context: { requestId: string; instance?: string; detail?: string; extensions?: Record<string, unknown> },
): Problem {
  const kind = PROBLEM_TABLE[code]
  return {
    ...context.extensions,
    type: problemType(code),
    title: kind.title,
    status: kind.status,
    detail: context.detail ?? kind.title,
    ...(context.instance === undefined ? {} : { instance: context.instance }),
    requestId: context.requestId,
  }
}

/** One row of the error catalogue, as docs/errors.md lists it. */
export interface ProblemDoc {
  readonly code: ProblemCode
  readonly status: number
  readonly type: string
  readonly title: string
  readonly meaning: string
}

/** The whole catalogue, domain codes first, for docs/errors.md and the test that keeps it in step. */
export function problemDocs(): ProblemDoc[] {
  const codes: ProblemCode[] = [...ERROR_CODES, ...HTTP_PROBLEM_CODES]
  return codes.map((code) => ({ code, type: problemType(code), ...PROBLEM_TABLE[code] }))
}
