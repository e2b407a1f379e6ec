import { describe, expect, it } from 'vitest'
import { DomainError, RateLimitedError } from '../domain/errors.js'
import { errorToProblem } from './error-to-problem.js'

const context = { requestId: 'req-1', instance: '/api/v1/x' }

describe('errorToProblem', () => {
  it('answers a bare internal problem when a non-Error value is thrown', () => {
    const result = errorToProblem('db password=hunter2', context)
    expect(result.problem.status).toBe(500)
    expect(JSON.stringify(result.problem)).not.toContain('hunter2')
    expect(result.logLevel).toBe('error')
  })

  it('hides the message when a DomainError carries the internal code', () => {
    const result = errorToProblem(new DomainError('internal', 'pool exhausted at 10.0.0.3'), context)
    expect(result.problem.detail).not.toContain('10.0.0.3')
    expect(result.problem.type).toBe('urn:duration:problem:internal')
  })

  it('rounds Retry-After up to whole seconds, at least one', () => {
    const result = errorToProblem(new RateLimitedError(0.2), context)
    expect(result.headers).toEqual({ 'retry-after': '1' })
    expect(result.problem['retryAfterSeconds']).toBe(1)
  })

  it('maps an unknown framework 4xx to bad_request without its message', () => {
    const error = Object.assign(new Error('FST internal words'), { code: 'FST_ERR_SOMETHING', statusCode: 400 })
    const result = errorToProblem(error, context)
    expect(result.problem.type).toBe('urn:duration:problem:bad_request')
    expect(result.problem.detail).toBe('Bad request')
  })

  it('treats a framework 5xx as internal', () => {
    const error = Object.assign(new Error('serializer failed'), { code: 'FST_ERR_REP_INVALID_PAYLOAD_TYPE', statusCode: 500 })
    expect(errorToProblem(error, context).problem.status).toBe(500)
  })
})
