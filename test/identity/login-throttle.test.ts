import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'
import { createPasswordUser, login, startIdentityApp } from './identity-helpers.js'

const dialects = await availableDialects()
const WRONG = 'definitely-not-it-000'

describe.each(dialects)('login throttling on %s', (dialect) => {
  let t: TestApp
  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } })
  beforeAll(async () => {
    t = await startIdentityApp(dialect, { server: { trustProxy: true } })
  })
  afterAll(async () => {
    await t.close()
  })

  it('locks an account after five failures with 429 and Retry-After, whatever the password or address', async () => {
    const user = await createPasswordUser(t)
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(t, user.email, WRONG, from(`10.1.0.${attempt}`))).status, `attempt ${attempt}`).toBe(401)
    }
    const sixth = await login(t, user.email, user.password, from('10.1.0.99'))
    expect(sixth.status).toBe(429)
    expect(sixth.headers.get('retry-after')).toBe('300')
    expect(sixth.body).toMatchObject({ type: 'urn:duration:problem:rate_limited', retryAfterSeconds: 300 })
    t.clock.advance(60_000)
    expect((await login(t, user.email, user.password, from('10.1.0.99'))).headers.get('retry-after')).toBe('240')
    t.clock.advance(240_000)
    expect((await login(t, user.email, user.password, from('10.1.0.99'))).status).toBe(200)
  })

  it('locks a client address after five failures across different accounts', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(t, `ghost${attempt}@example.test`, WRONG, from('10.2.0.1'))).status).toBe(401)
    }
    const user = await createPasswordUser(t)
    expect((await login(t, user.email, user.password, from('10.2.0.1'))).status).toBe(429)
    expect((await login(t, user.email, user.password, from('10.2.0.2'))).status).toBe(200)
    t.clock.advance(300_000)
  })

  it('forgives earlier failures of an account after a successful login', async () => {
    const user = await createPasswordUser(t)
    for (let attempt = 1; attempt <= 4; attempt++) {
      await login(t, user.email, WRONG, from(`10.3.0.${attempt}`))
    }
    expect((await login(t, user.email, user.password, from('10.3.1.1'))).status).toBe(200)
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await login(t, user.email, WRONG, from(`10.3.2.${attempt}`))).status).toBe(401)
    }
  })

  it('audits failed logins and the moment a lock starts', async () => {
    const user = await createPasswordUser(t)
    for (let attempt = 1; attempt <= 6; attempt++) {
      await login(t, user.email, WRONG, from('10.4.0.1'))
    }
    const rows = await t.app.store.db.selectFrom('audit_log').select(['action', 'actor_user_id', 'ip', 'data']).where('entity_id', '=', user.id).orderBy('seq').execute()
    expect(rows.map((row) => row.action)).toEqual([...Array<string>(5).fill('auth.login.failure'), 'auth.lockout', 'auth.lockout'])
    expect(rows[0]).toMatchObject({ actor_user_id: user.id, ip: '10.4.0.1' })
    expect(JSON.parse(rows[0]?.data ?? '{}')).toEqual({ after: { email: user.email, reason: 'wrong_password' } })
    expect(rows.slice(5).map((row) => (JSON.parse(row.data) as { after: { key: string } }).after.key)).toEqual(['account', 'ip'])
  })

  it('keeps at most five attempts in flight when many arrive at once', async () => {
    t.clock.advance(300_000)
    const user = await createPasswordUser(t)
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => login(t, user.email, WRONG, from(`10.5.0.${i}`))))
    expect(answers.map((answer) => answer.status).sort()).toEqual([401, 401, 401, 401, 401, 429, 429, 429])
  })
})
