import type { FastifySchemaValidationError } from 'fastify'
import {
  DependencyCycleError,
  DomainError,
  RateLimitedError,
  ValidationError,
  VersionConflictError,
} from '../domain/errors.js'
import { buildProblem, type Problem, type ProblemCode } from './problem.js'
import { toValidationIssues, type RequestPart } from './validation-pointers.js'

/** What the error handler sends and how loudly it logs. */
export interface ProblemResponse {
  readonly problem: Problem
  readonly headers: Readonly<Record<string, string>>
  /** `error` = unexpected, log with stack; `warn` = dependency trouble; `info` = caller's mistake. */
  readonly logLevel: 'info' | 'warn' | 'error'
}

interface RequestContext {
  requestId: string
  instance?: string
}

/** Fastify error codes with a problem of their own; other 4xx framework errors become `bad_request`. */
const FASTIFY_CODES: Readonly<Record<string, ProblemCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_NOT_FOUND: 'not_found_route',
}

interface FastifyLikeError {
  code?: unknown
  statusCode?: unknown
  validation?: FastifySchemaValidationError[]
  validationContext?: RequestPart
}

function asFastifyLike(error: unknown): FastifyLikeError | undefined {
  return typeof error === 'object' && error !== null ? error : undefined
}

function fromDomainError(error: DomainError, context: RequestContext): ProblemResponse {
  const extensions: Record<string, unknown> = {}
  const headers: Record<string, string> = {}
  if (error instanceof ValidationError && error.issues.length > 0) {
    extensions['errors'] = error.issues.map((issue) => ({ pointer: issue.pointer, message: issue.message }))
  }
  if (error instanceof VersionConflictError) {
    extensions['currentVersion'] = error.currentVersion
  }
  if (error instanceof DependencyCycleError) {
    extensions['cycle'] = [...error.cycle]
  }
  if (error instanceof RateLimitedError) {
    const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds))
    headers['retry-after'] = String(seconds)
    extensions['retryAfterSeconds'] = seconds
  }
  if (error.code === 'internal') {
    return internal(context)
  }
  const problem = buildProblem(error.code, { ...context, detail: error.message, extensions })
  return { problem, headers, logLevel: error.code === 'unavailable' ? 'warn' : 'info' }
}

function internal(context: RequestContext): ProblemResponse {
  return {
    problem: buildProblem('internal', { ...context, detail: 'An unexpected error occurred. Quote the requestId when reporting it.' }),
    headers: {},
    logLevel: 'error',
  }
}

function fromHttpStatus(status: number): ProblemCode | undefined {
  if (status === 404) {
    return 'not_found_route'
  }
  if (status === 413) {
    return 'payload_too_large'
  }
  if (status === 415) {
    return 'unsupported_media_type'
  }
  return status >= 400 && status < 500 ? 'bad_request' : undefined
}

/**
 * Maps anything thrown while serving a request to its problem. Domain errors keep their message
 * (services write it for users); Fastify validation errors become `validation_failed` with one
 * JSON pointer per field; framework 4xx errors get a generic detail; everything else is a bare
 * `internal` 500 so no stack, SQL or message text reaches the client.
 */
export function errorToProblem(error: unknown, context: RequestContext): ProblemResponse {
  if (error instanceof DomainError) {
    return fromDomainError(error, context)
  }
  const fastifyError = asFastifyLike(error)
  if (fastifyError?.validation !== undefined) {
    const issues = toValidationIssues(fastifyError.validationContext, fastifyError.validation)
    const problem = buildProblem('validation_failed', {
      ...context,
      detail: 'The request has invalid fields; see errors.',
      extensions: { errors: issues },
    })
    return { problem, headers: {}, logLevel: 'info' }
  }
  const byCode = typeof fastifyError?.code === 'string' ? FASTIFY_CODES[fastifyError.code] : undefined
  const byStatus = typeof fastifyError?.statusCode === 'number' ? fromHttpStatus(fastifyError.statusCode) : undefined
  const code = byCode ?? byStatus
  if (code === undefined) {
    return internal(context)
  }
  return { problem: buildProblem(code, context), headers: {}, logLevel: 'info' }
}
