import type { Command } from 'commander'
import { DomainError, ERROR_CODES, UnavailableError, ValidationError, type ErrorCode, type ValidationIssue } from '../domain/errors.js'

/** Where a remote command goes: a Duration server and an API token for it. */
export interface RemoteTarget {
  server: string
  token: string
}

/** Options every command that can run remotely accepts. */
export interface RemoteOptions {
  server?: string
  token?: string
}

/** Adds `--server` and `--token` (defaults: DURATION_SERVER, DURATION_TOKEN) to a command. */
export function addRemoteOptions(command: Command): Command {
  return command
    .option('--server <url>', 'talk to this Duration server instead of the local database (env DURATION_SERVER)')
    .option('--token <token>', 'API token for --server (env DURATION_TOKEN)')
}

/**
 * The remote target from options, then environment; null = local mode. A server without a token
 * is refused here rather than answered with a 401 from the server.
 */
export function remoteTargetFrom(options: RemoteOptions, env: Readonly<Record<string, string | undefined>>): RemoteTarget | null {
  const server = options.server ?? (env.DURATION_SERVER || undefined)
  if (server === undefined) {
    return null
  }
  let url: URL
  try {
    url = new URL(server)
  } catch {
    throw new ValidationError(`--server must be an http(s) URL, got "${server.slice(0, 80)}"`, [{ pointer: '/server', message: 'not a URL' }])
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ValidationError(`--server must be an http(s) URL, got "${server.slice(0, 80)}"`, [{ pointer: '/server', message: 'not http(s)' }])
  }
  const bearer = options.token ?? (env.DURATION_TOKEN || undefined)
  if (bearer === undefined) {
    throw new ValidationError('--server needs an API token: pass --token or set DURATION_TOKEN', [{ pointer: '/token', message: 'required' }])
  }
  return { server: url.toString().replace(/\/+$/, ''), token: bearer }
}

/** A problem+json answer, as a domain error so the CLI prints it as one line. */
export class RemoteProblemError extends DomainError {
  readonly status: number
  readonly issues: readonly ValidationIssue[]
  constructor(code: ErrorCode, status: number, message: string, issues: readonly ValidationIssue[]) {
    super(code, message)
    this.status = status
    this.issues = issues
  }
}

const HTTP_ONLY_CODES: Readonly<Record<string, ErrorCode>> = {
  not_found_route: 'not_found',
  method_not_allowed: 'not_found',
  payload_too_large: 'validation_failed',
  unsupported_media_type: 'validation_failed',
  bad_json: 'validation_failed',
  bad_request: 'validation_failed',
}

function codeOf(type: unknown, status: number): ErrorCode {
  const name = typeof type === 'string' ? type.replace(/^urn:duration:problem:/, '') : ''
  const known = (ERROR_CODES as readonly string[]).includes(name) ? (name as ErrorCode) : HTTP_ONLY_CODES[name]
  if (known !== undefined) {
    return known
  }
  const byStatus: Record<number, ErrorCode> = { 400: 'validation_failed', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 429: 'rate_limited' }
  return byStatus[status] ?? (status >= 500 ? 'unavailable' : 'internal')
}

function issuesOf(errors: unknown): ValidationIssue[] {
  if (!Array.isArray(errors)) {
    return []
  }
  return errors.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) {
      return []
    }
    const { pointer, message } = item as { pointer?: unknown; message?: unknown }
    return typeof pointer === 'string' && typeof message === 'string' ? [{ pointer, message }] : []
  })
}

async function problemOf(response: Response): Promise<RemoteProblemError> {
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    const parsed = JSON.parse(text) as unknown
    if (typeof parsed === 'object' && parsed !== null) {
      body = parsed as Record<string, unknown>
    }
  } catch {
    // not problem+json (a proxy's HTML page, say): the status line is all we can report
  }
  const detail = typeof body.detail === 'string' ? body.detail : `${response.status} ${response.statusText}`.trim()
  return new RemoteProblemError(codeOf(body.type, response.status), response.status, `server answered ${response.status}: ${detail}`, issuesOf(body.errors))
}

export interface RemoteRequest {
  query?: Readonly<Record<string, string | number | undefined>>
  /** Sent as JSON. */
  json?: unknown
  /** Sent as is with content-type application/json (a file's text, byte for byte). */
  jsonText?: string
}

export interface RemoteClient {
  readonly target: RemoteTarget
  /** Calls the API and decodes its JSON answer. @throws RemoteProblemError, UnavailableError */
  json<T>(method: string, path: string, request?: RemoteRequest): Promise<T>
  /** Calls the API and returns its body as text (downloads). */
  text(method: string, path: string, request?: RemoteRequest): Promise<{ text: string; headers: Headers }>
}

/** Waits for a 429's Retry-After at most this long, this many times, before giving up. */
const MAX_RETRY_AFTER_SECONDS = 60
const MAX_RATE_LIMIT_RETRIES = 5

export interface RemoteClientDeps {
  fetch?: typeof fetch
  sleep?: (ms: number) => Promise<void>
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * A small HTTP client for the API under `/api/v1`. A 429 is retried after its Retry-After (bulk
 * imports spend the `expensive` budget quickly); any other error answer becomes a
 * RemoteProblemError carrying the problem's detail and pointers.
 */
export function createRemoteClient(target: RemoteTarget, deps: RemoteClientDeps = {}): RemoteClient {
  const fetchImpl = deps.fetch ?? fetch
  const sleep = deps.sleep ?? realSleep

  async function send(method: string, path: string, request: RemoteRequest = {}): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const response = await sendOnce(method, path, request)
      const header = response.headers.get('retry-after')
      const retryAfter = header === null ? Number.NaN : Number(header)
      if (response.status !== 429 || attempt > MAX_RATE_LIMIT_RETRIES || !(retryAfter >= 0 && retryAfter <= MAX_RETRY_AFTER_SECONDS)) {
        if (!response.ok) {
          throw await problemOf(response)
        }
        return response
      }
      await response.body?.cancel()
      await sleep(retryAfter * 1000)
    }
  }

  async function sendOnce(method: string, path: string, request: RemoteRequest): Promise<Response> {
    const url = new URL(`${target.server}/api/v1${path}`)
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) {
        url.searchParams.set(name, String(value))
      }
    }
    const headers: Record<string, string> = { authorization: `Bearer ${target.token}`, accept: 'application/json' }
    const body = request.jsonText ?? (request.json === undefined ? undefined : JSON.stringify(request.json))
    if (body !== undefined) {
      headers['content-type'] = 'application/json'
    }
    try {
      return await fetchImpl(url, { method, headers, ...(body === undefined ? {} : { body }) })
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)
      throw new UnavailableError(`cannot reach ${target.server}: ${cause}`)
    }
  }
  return {
    target,
    json: async <T>(method: string, path: string, request?: RemoteRequest) => (await (await send(method, path, request)).json()) as T,
    text: async (method, path, request) => {
      const response = await send(method, path, request)
      return { text: await response.text(), headers: response.headers }
    },
  }
}
