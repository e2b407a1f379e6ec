import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type StartedServer } from './start-server.js'
import { SECRET_FAILURE, thingsRoutes } from './things.plugin.js'

let server: StartedServer

beforeAll(async () => {
  server = await startServer({ routes: [thingsRoutes], bodyLimit: 1024 })
})

afterAll(async () => {
  await server.close()
})

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${server.baseUrl}${path}`, init)
  const text = await response.text()
  return { response, text, body: JSON.parse(text) as Record<string, unknown> }
}

function postJson(path: string, body: string, contentType = 'application/json') {
  return call(path, { method: 'POST', headers: { 'content-type': contentType }, body })
}

describe('problem+json errors', () => {
  it('answers 404 with the full RFC 9457 shape when a service throws NotFoundError', async () => {
    const { response, body } = await call('/api/v1/things/missing')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(body).toEqual({
      type: 'urn:duration:problem:not_found',
      title: 'Not found',
      status: 404,
      detail: 'thing missing not found',
      instance: '/api/v1/things/missing',
      requestId: response.headers.get('x-request-id'),
    })
  })

  it('answers 409 with currentVersion when the version sent is stale', async () => {
    const { response, body } = await postJson('/api/v1/things/7', JSON.stringify({ title: 'x', version: 1 }))
    expect(response.status).toBe(409)
    expect(body['type']).toBe('urn:duration:problem:version_conflict')
    expect(body['currentVersion']).toBe(3)
  })

  it('answers 409 conflict when a uniqueness rule breaks', async () => {
    const { response, body } = await postJson('/api/v1/things/7', JSON.stringify({ title: 'duplicate', version: 3 }))
    expect(response.status).toBe(409)
    expect(body['type']).toBe('urn:duration:problem:conflict')
    expect(body['detail']).toBe('a thing with this title exists')
  })

  it('answers 429 with Retry-After when the caller is rate limited', async () => {
    const { response, body } = await call('/api/v1/things/limited')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(body['type']).toBe('urn:duration:problem:rate_limited')
  })

  it.each([
    ['anonymous', 401, 'unauthenticated'],
    ['forbidden', 403, 'forbidden'],
    ['down', 503, 'unavailable'],
    ['cycle', 409, 'dependency_cycle'],
  ])('maps the %s error to %i %s', async (id, status, code) => {
    const { response, body } = await call(`/api/v1/things/${id}`)
    expect(response.status).toBe(status)
    expect(body['type']).toBe(`urn:duration:problem:${code}`)
    expect(body['status']).toBe(status)
  })

  it('answers a bare 500 without message, stack or SQL when the error is unknown', async () => {
    const { response, text, body } = await call('/api/v1/things/boom')
    expect(response.status).toBe(500)
    expect(Object.keys(body).sort()).toEqual(['detail', 'instance', 'requestId', 'status', 'title', 'type'])
    expect(body['type']).toBe('urn:duration:problem:internal')
    expect(text).not.toContain(SECRET_FAILURE)
    expect(text).not.toContain('hunter2')
    expect(text).not.toContain('SELECT')
    expect(text).not.toMatch(/\.[jt]s:\d+:\d+/)
  })

  it('logs the unknown error at error level under the request id it answered with', async () => {
    const { response } = await call('/api/v1/things/boom', { headers: { 'x-request-id': 'boom-trace-1' } })
    expect(response.headers.get('x-request-id')).toBe('boom-trace-1')
    const entries = server.logLines.map((line) => JSON.parse(line) as Record<string, unknown>)
    const logged = entries.find((entry) => entry['requestId'] === 'boom-trace-1' && entry['level'] === 50)
    expect(logged?.['msg']).toBe('unexpected error while serving the request')
  })
})

describe('validation problems', () => {
  it('points at every failing body field when the body breaks the schema', async () => {
    const { response, body } = await postJson('/api/v1/things/7', JSON.stringify({ title: '', extra: true }))
    expect(response.status).toBe(400)
    expect(body['type']).toBe('urn:duration:problem:validation_failed')
    expect(body['errors']).toEqual(
      expect.arrayContaining([
        { pointer: '/body/title', message: 'must NOT have fewer than 1 characters' },
        { pointer: '/body/version', message: 'is required' },
        { pointer: '/body/extra', message: 'is not an allowed property' },
      ]),
    )
  })

  it('points into the query string as /query when a query parameter is out of range', async () => {
    const { response, body } = await call('/api/v1/things?limit=500')
    expect(response.status).toBe(400)
    expect(body['errors']).toEqual([{ pointer: '/query/limit', message: 'must be <= 100' }])
  })

  it('keeps the pointers a service gives when it throws ValidationError', async () => {
    const { response, body } = await postJson('/api/v1/things/7', JSON.stringify({ title: 'rejected', version: 3 }))
    expect(response.status).toBe(400)
    expect(body['errors']).toEqual([{ pointer: '/body/title', message: 'is reserved' }])
  })
})

describe('body parsing problems', () => {
  it('answers 400 bad_json when the body is not JSON', async () => {
    const { response, body } = await postJson('/api/v1/things/7', '{"title": ')
    expect(response.status).toBe(400)
    expect(body['type']).toBe('urn:duration:problem:bad_json')
  })

  it('answers 400 bad_json when the body carries __proto__', async () => {
    const { response, body } = await postJson('/api/v1/things/7', '{"title":"x","version":3,"__proto__":{"admin":true}}')
    expect(response.status).toBe(400)
    expect(body['type']).toBe('urn:duration:problem:bad_json')
  })

  it('answers 400 bad_json when the body carries constructor.prototype', async () => {
    const payload = '{"title":"x","version":3,"constructor":{"prototype":{"admin":true}}}'
    const { response, body } = await postJson('/api/v1/things/7', payload)
    expect(response.status).toBe(400)
    expect(body['type']).toBe('urn:duration:problem:bad_json')
  })

  it('answers 413 when the body exceeds the body limit', async () => {
    const { response, body } = await postJson('/api/v1/things/7', JSON.stringify({ title: 'x'.repeat(2000), version: 3 }))
    expect(response.status).toBe(413)
    expect(body['type']).toBe('urn:duration:problem:payload_too_large')
  })

  it('answers 415 when the content type is not JSON', async () => {
    const { response, body } = await postJson('/api/v1/things/7', '<thing/>', 'application/xml')
    expect(response.status).toBe(415)
    expect(body['type']).toBe('urn:duration:problem:unsupported_media_type')
  })
})

describe('unknown routes', () => {
  it('answers 404 not_found_route as problem+json when no route matches', async () => {
    const { response, body } = await call('/api/v1/nothing-here')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(body['type']).toBe('urn:duration:problem:not_found_route')
  })

  it('answers 405 with Allow when the path exists for other methods', async () => {
    const { response, body } = await call('/api/v1/things/7', { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST')
    expect(body['type']).toBe('urn:duration:problem:method_not_allowed')
  })

  it('answers 400 bad_request as problem+json when the URL encoding is broken', async () => {
    const { response, body } = await call('/api/v1/things/%E0%A4%A')
    expect(response.status).toBe(400)
    expect(body['type']).toBe('urn:duration:problem:bad_request')
  })
})
