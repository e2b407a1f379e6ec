import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'
import { browserHeaders, createPasswordUser, login, startIdentityApp } from './identity-helpers.js'

const dialects = await availableDialects()
const MINUTE = 60_000

function withoutRequest(body: unknown): unknown {
  const { requestId: _r, ...rest } = body as Record<string, unknown>
  return rest
}

describe.each(dialects)('login and sessions on %s', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await startIdentityApp(dialect, { server: { trustProxy: true }, auth: { sessionIdleMinutes: 30, sessionAbsoluteHours: 2 } })
  })
  afterAll(async () => {
    await t.close()
  })

  it('answers an unknown e-mail exactly like a wrong password, after comparable Argon2 work', async () => {
    const user = await createPasswordUser(t)
    const timed = async (email: string) => {
      const started = performance.now()
      const answer = await login(t, email, 'not-the-password-at-all', { headers: { 'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` } })
      return { answer, ms: performance.now() - started }
    }
    await timed(user.email) // warm-up: the first Argon2 call of a process is slower
    const wrong: Array<Awaited<ReturnType<typeof timed>>> = []
    const unknown: typeof wrong = []
    for (let round = 0; round < 3; round++) {
      wrong.push(await timed(user.email))
      unknown.push(await timed('nobody-here@example.test'))
    }
    for (const { answer } of [...wrong, ...unknown]) {
      expect(answer.status).toBe(401)
      expect(answer.raw).toEqual([])
      expect(withoutRequest(answer.body)).toEqual({
        type: 'urn:duration:problem:unauthenticated', title: 'Authentication required', status: 401,
        detail: 'invalid e-mail or password', instance: '/api/v1/auth/login',
      })
    }
    // Both paths verify an Argon2 hash (tens of ms); a shortcut for unknown users would take ~1 ms.
    // The fastest of each side is compared, so a slow outlier on a busy machine does not decide.
    const fastest = (runs: Array<{ ms: number }>) => Math.min(...runs.map((run) => run.ms))
    expect(fastest(unknown)).toBeGreaterThan(fastest(wrong) * 0.3)
  })

  it('sets an HttpOnly SameSite=Lax session cookie and a readable CSRF cookie, Secure only over HTTPS', async () => {
    const user = await createPasswordUser(t)
    const plain = await login(t, user.email, user.password)
    expect(plain.status).toBe(200)
    expect(plain.body).toMatchObject({ state: 'active', user: { id: user.id, email: user.email }, csrfToken: plain.jar.csrf })
    const [session, csrf] = plain.raw
    expect(session).toMatch(/^duration_session=[A-Za-z0-9_-]{43}; Max-Age=7200; Path=\/; HttpOnly; SameSite=Lax$/)
    expect(csrf).toMatch(/^duration_csrf=[A-Za-z0-9_-]{43}; Max-Age=7200; Path=\/; SameSite=Lax$/)
    const secure = await login(t, user.email, user.password, { headers: { 'x-forwarded-proto': 'https' } })
    expect(secure.raw[0]).toMatch(/; HttpOnly; Secure; SameSite=Lax$/)
    expect(secure.raw[1]).toMatch(/; Secure; SameSite=Lax$/)
  })

  it('stores only the SHA-256 of the session secret when a session is created', async () => {
    const user = await createPasswordUser(t)
    const { jar } = await login(t, user.email, user.password)
    const rows = await t.app.store.db.selectFrom('auth_sessions').select('secret_hash').where('user_id', '=', user.id).execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]?.secret_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(rows[0]?.secret_hash).not.toContain(jar.session ?? '-')
  })

  it('ends a session after the idle timeout when no request arrives', async () => {
    const user = await createPasswordUser(t)
    const { jar } = await login(t, user.email, user.password)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(jar) })).status).toBe(200)
    t.clock.advance(31 * MINUTE)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(jar) })).status).toBe(401)
  })

  it('keeps a busy session past the idle timeout but ends it at the absolute lifetime', async () => {
    const user = await createPasswordUser(t)
    const { jar } = await login(t, user.email, user.password)
    for (let elapsed = 25; elapsed < 120; elapsed += 25) {
      t.clock.advance(25 * MINUTE)
      expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(jar) })).status, `after ${elapsed} min`).toBe(200)
    }
    t.clock.advance(21 * MINUTE) // 121 minutes since login
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(jar) })).status).toBe(401)
  })

  it('rotates the session id when logging in over an existing session', async () => {
    const user = await createPasswordUser(t)
    const first = await login(t, user.email, user.password)
    const second = await login(t, user.email, user.password, { headers: browserHeaders(first.jar) })
    expect(second.jar.session).not.toBe(first.jar.session)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(first.jar) })).status).toBe(401)
    const me = await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(second.jar) })
    expect(me.body).toMatchObject({ via: 'session', user: { id: user.id }, csrfToken: second.jar.csrf, session: { state: 'active' } })
  })

  it('ends only the current session on logout and every session on logout-all', async () => {
    const user = await createPasswordUser(t)
    const a = await login(t, user.email, user.password)
    const b = await login(t, user.email, user.password)
    const c = await login(t, user.email, user.password)
    const out = await t.request('POST', '/api/v1/auth/logout', { headers: browserHeaders(a.jar) })
    expect(out.status).toBe(204)
    expect(out.headers.getSetCookie().some((line) => line.startsWith('duration_session=;'))).toBe(true)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(a.jar) })).status).toBe(401)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(b.jar) })).status).toBe(200)
    const all = await t.request('POST', '/api/v1/auth/logout-all', { headers: browserHeaders(b.jar) })
    expect(all.body).toEqual({ sessionsEnded: 2 })
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(c.jar) })).status).toBe(401)
  })

  it('changes the password only with the current one, ends other sessions and rotates this one', async () => {
    const user = await createPasswordUser(t, 'member', 'first-secret-phrase-91')
    const a = await login(t, user.email, user.password)
    const b = await login(t, user.email, user.password)
    const wrong = await t.request('POST', '/api/v1/auth/password', { headers: browserHeaders(a.jar), body: { currentPassword: 'nope-nope-nope-1', newPassword: 'second-secret-phrase-92' } })
    expect(wrong.status).toBe(400)
    const weak = await t.request('POST', '/api/v1/auth/password', { headers: browserHeaders(a.jar), body: { currentPassword: user.password, newPassword: 'password1234' } })
    expect(weak.status).toBe(400)
    expect(weak.body).toMatchObject({ errors: [{ pointer: '/body/newPassword', message: 'is a commonly used password' }] })
    const changed = await t.request('POST', '/api/v1/auth/password', { headers: browserHeaders(a.jar), body: { currentPassword: user.password, newPassword: 'second-secret-phrase-92' } })
    expect(changed.status).toBe(200)
    const rotated = changed.headers.getSetCookie()
    expect(rotated).toHaveLength(2)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(a.jar) })).status).toBe(401)
    expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(b.jar) })).status).toBe(401)
    expect((await login(t, user.email, user.password)).status).toBe(401)
    expect((await login(t, user.email, 'second-secret-phrase-92')).status).toBe(200)
  })
})
