import { describe, expect, it } from 'vitest'
import { ValidationError } from '../domain/errors.js'
import { createRemoteClient, RemoteProblemError, remoteTargetFrom } from './remote-client.js'

const target = { server: 'http://duration.test', token: 'dur_x' }

function fakeFetch(answers: Array<() => Response>, seen: Request[] = []): typeof fetch {
  return (input, init) => {
    seen.push(new Request(input, init))
    const next = answers.shift()
    return next === undefined ? Promise.reject(new Error('no more answers')) : Promise.resolve(next())
  }
}

const problem = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } })

describe('remoteTargetFrom', () => {
  it('is local mode without a server, and takes options over the environment', () => {
    expect(remoteTargetFrom({}, {})).toBeNull()
    expect(remoteTargetFrom({}, { DURATION_SERVER: 'https://d.example/', DURATION_TOKEN: 't' })).toEqual({ server: 'https://d.example', token: 't' })
    expect(remoteTargetFrom({ server: 'http://a.test', token: 'o' }, { DURATION_SERVER: 'https://d.example', DURATION_TOKEN: 't' }))
      .toEqual({ server: 'http://a.test', token: 'o' })
  })

  it('refuses a server without a token and a URL that is not http(s)', () => {
    expect(() => remoteTargetFrom({ server: 'http://a.test' }, {})).toThrow('--server needs an API token: pass --token or set DURATION_TOKEN')
    expect(() => remoteTargetFrom({ server: 'ftp://a.test', token: 't' }, {})).toThrow(ValidationError)
    expect(() => remoteTargetFrom({ server: 'not a url', token: 't' }, {})).toThrow('--server must be an http(s) URL, got "not a url"')
  })
})

describe('createRemoteClient', () => {
  it('sends the bearer token, the query and the JSON text as is', async () => {
    const seen: Request[] = []
    const client = createRemoteClient(target, { fetch: fakeFetch([() => Response.json({ ok: true })], seen) })
    expect(await client.json('POST', '/import/epics', { jsonText: '{ "a": 1 }', query: { projectId: 'p', skip: undefined } })).toEqual({ ok: true })
    expect(seen[0]!.url).toBe('http://duration.test/api/v1/import/epics?projectId=p')
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer dur_x')
    expect(seen[0]!.headers.get('content-type')).toBe('application/json')
    expect(await seen[0]!.text()).toBe('{ "a": 1 }')
  })

  it('turns problem+json into an error with the detail, code and pointers', async () => {
    const client = createRemoteClient(target, { fetch: fakeFetch([problem(400, {
      type: 'urn:duration:problem:validation_failed', detail: 'epic file has 1 problem', errors: [{ pointer: '/body/epic/key', message: 'required' }],
    })]) })
    const error = await client.json('POST', '/import/epics').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RemoteProblemError)
    expect(error).toMatchObject({ code: 'validation_failed', status: 400, message: 'server answered 400: epic file has 1 problem', issues: [{ pointer: '/body/epic/key' }] })
  })

  it('maps HTTP-only problems and non-JSON answers to a domain code', async () => {
    const client = createRemoteClient(target, { fetch: fakeFetch([
      problem(404, { type: 'urn:duration:problem:not_found_route', detail: 'Route not found' }),
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    ]) })
    await expect(client.json('GET', '/nope')).rejects.toMatchObject({ code: 'not_found', message: 'server answered 404: Route not found' })
    await expect(client.text('GET', '/x')).rejects.toMatchObject({ code: 'unavailable', message: 'server answered 502: 502 Bad Gateway' })
  })

  it('waits out a 429 for its Retry-After, then gives up after five retries', async () => {
    const waits: number[] = []
    const limited = problem(429, { type: 'urn:duration:problem:rate_limited', detail: 'too many requests; retry in 2s' }, { 'retry-after': '2' })
    const client = createRemoteClient(target, {
      fetch: fakeFetch([limited, limited, () => Response.json({ done: 1 }), ...Array.from({ length: 6 }, () => limited)]),
      sleep: (ms) => {
        waits.push(ms)
        return Promise.resolve()
      },
    })
    expect(await client.json('GET', '/calendar/business-days')).toEqual({ done: 1 })
    expect(waits).toEqual([2000, 2000])
    await expect(client.json('GET', '/calendar/business-days')).rejects.toMatchObject({ code: 'rate_limited', status: 429 })
    expect(waits).toHaveLength(7)
  })

  it('reports an unreachable server as unavailable', async () => {
    const client = createRemoteClient(target, { fetch: () => Promise.reject(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') })) })
    await expect(client.json('GET', '/x')).rejects.toMatchObject({ code: 'unavailable', message: 'cannot reach http://duration.test: connect ECONNREFUSED' })
  })
})
