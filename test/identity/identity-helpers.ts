/**
 * Helpers for the identity suites: an app with its own app secret (so no key file is written to
 * the home folder), users with real Argon2 password hashes, and a tiny cookie jar for sessions.
 */
import { hashPassword } from '../../src/identity/passwords.js'
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/identity/sessions.service.js'
import { usersRepository } from '../../src/modules/users/users.repository.js'
import type { User, WorkspaceRole } from '../../src/modules/users/users.schema.js'
import type { Dialect } from '../../src/store/store.js'
import { startTestApp, type TestApp } from '../helpers/app.js'
import { testKeyHex } from '../helpers/stores.js'

export const GOOD_PASSWORD = 'violet-harbour-tram-42'
const hashes = new Map<string, Promise<string>>()

/** Argon2 is slow on purpose; one hash per distinct password per test file is enough. */
function cachedHash(plain: string): Promise<string> {
  const cached = hashes.get(plain)
  if (cached !== undefined) {
    return cached
  }
  const fresh = hashPassword(plain)
  hashes.set(plain, fresh)
  return fresh
}

export function startIdentityApp(dialect: Dialect, extra: Record<string, unknown> = {}): Promise<TestApp> {
  return startTestApp(dialect, { audit: { secret: testKeyHex() }, ...extra })
}

let counter = 0

/** A user who can log in with `password`. */
export async function createPasswordUser(t: TestApp, role: WorkspaceRole = 'member', password = GOOD_PASSWORD): Promise<User & { password: string }> {
  counter += 1
  const passwordHash = await cachedHash(password)
  const label = `${role}-${counter}-${Math.random().toString(36).slice(2, 8)}`
  const user = await t.app.store.write((tx) =>
    usersRepository.insert(tx, { email: `${label}@example.test`, displayName: label, role, passwordHash }, t.clock),
  )
  return { ...user, password }
}

export interface Jar {
  session?: string | undefined
  csrf?: string | undefined
}

/** Reads our two cookies out of Set-Cookie headers (an empty value means cleared). */
export function cookiesOf(headers: Headers): { jar: Jar; raw: string[] } {
  const raw = headers.getSetCookie()
  const jar: Jar = {}
  for (const line of raw) {
    const [pair = ''] = line.split(';')
    const [name, ...rest] = pair.split('=')
    const value = rest.join('=')
    if (name === SESSION_COOKIE) {
      jar.session = value
    } else if (name === CSRF_COOKIE) {
      jar.csrf = value
    }
  }
  return { jar, raw }
}

/** Request headers of a browser holding `jar`; `csrf: false` leaves the header out, a string overrides it. */
export function browserHeaders(jar: Jar, csrf: boolean | string = true): Record<string, string> {
  const headers: Record<string, string> = { cookie: `${SESSION_COOKIE}=${jar.session ?? ''}; ${CSRF_COOKIE}=${jar.csrf ?? ''}` }
  if (csrf !== false) {
    headers['x-csrf-token'] = typeof csrf === 'string' ? csrf : (jar.csrf ?? '')
  }
  return headers
}

export async function login(t: TestApp, email: string, password: string, extra: { totp?: string; headers?: Record<string, string> } = {}) {
  const body: Record<string, string> = { email, password }
  if (extra.totp !== undefined) {
    body['totp'] = extra.totp
  }
  const response = await t.request('POST', '/api/v1/auth/login', { body, headers: extra.headers ?? {} })
  return { ...response, ...cookiesOf(response.headers) }
}
