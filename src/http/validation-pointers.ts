import type { FastifySchemaValidationError } from 'fastify'
import type { ValidationIssue } from '../domain/errors.js'

/** The request part AJV validated (Fastify's `validationContext`). */
export type RequestPart = 'body' | 'querystring' | 'params' | 'headers'

/** Request part → first pointer segment; `querystring` reads better as `query` to API users. */
const PART_SEGMENT: Readonly<Record<RequestPart, string>> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
}

/** RFC 6901 escaping of one reference token. */
export function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1')
}

function extraToken(error: FastifySchemaValidationError): string | undefined {
  const { params } = error
  if (error.keyword === 'required' || error.keyword === 'dependentRequired' || error.keyword === 'dependencies') {
    return typeof params['missingProperty'] === 'string' ? params['missingProperty'] : undefined
  }
  if (error.keyword === 'additionalProperties') {
    return typeof params['additionalProperty'] === 'string' ? params['additionalProperty'] : undefined
  }
  return undefined
}

function messageOf(error: FastifySchemaValidationError): string {
  if (error.keyword === 'required') {
    return 'is required'
  }
  if (error.keyword === 'additionalProperties') {
    return 'is not an allowed property'
  }
  return error.message ?? 'is invalid'
}

/**
 * Turns AJV errors of one request part into `{ pointer, message }` issues: `instancePath` is
 * already a JSON pointer inside the part, and `required`/`additionalProperties` errors point at
 * the parent, so the property they name is appended (`/body` + `title` → `/body/title`).
 */
export function toValidationIssues(
  part: RequestPart | undefined,
  errors: readonly FastifySchemaValidationError[],
): ValidationIssue[] {
  const base = part === undefined ? '' : `/${PART_SEGMENT[part]}`
  const issues: ValidationIssue[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    const extra = extraToken(error)
    const pointer = `${base}${error.instancePath}${extra === undefined ? '' : `/${escapePointerToken(extra)}`}`
    const message = messageOf(error)
    const key = `${pointer}\u0000${message}`
    if (!seen.has(key)) {
      seen.add(key)
      issues.push({ pointer, message })
    }
  }
  return issues
}
