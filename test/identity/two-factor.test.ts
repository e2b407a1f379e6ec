import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'
import { browserHeaders, cookiesOf, createPasswordUser, login, startIdentityApp, type Jar } from './identity-helpers.js'

const dialects = await availableDialects()
const STEP = 30_000

describe.each(dialects)('two-factor on %s', (dialect) => {
  let t: TestApp
  const codeAt = (secret: string, timestamp = t.clock.now()) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp })

  /** Logs in, enrols and confirms TOTP; returns the secret, recovery codes and the rotated cookies. */
  async function enrolled(): Promise<{ email: string; password: string; secret: string; recoveryCodes: string[]; jar: Jar }> {
    const user = await createPasswordUser(t)
    const { jar } = await login(t, user.email, user.password)
    const enrol = await t.request('POST', '/api/v1/auth/2fa/enrol', { headers: browserHeaders(jar) })
    const { secret, uri, qrSvg } = enrol.body as { secret: string; uri: string; qrSvg: string }
    expect(uri).toBe(`otpauth://totp/Duration:${encodeURIComponent(user.email)}?issuer=Duration&secret=${secret}&algorithm=SHA1&digits=6&period=30`)
    expect(qrSvg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>\n?$/s)
    const confirm = await t.request('POST', '/api/v1/auth/2fa/confirm', { headers: browserHeaders(jar), body: { code: codeAt(secret) } })
    const { recoveryCodes } = confirm.body as { recoveryCodes: string[] }
    t.clock.advance(STEP) // the confirmation used this step's code
    return { email: user.email, password: user.password, secret, recoveryCodes, jar: cookiesOf(confirm.headers).jar }
  }

  beforeAll(async () => {
    t = await startIdentityApp(dialect)
  })
  afterAll(async () => {
    await t.close()
  })

  it('enrols with a generated code, returning an otpauth URI and ten recovery codes', async () => {
    const user = await createPasswordUser(t)
    const { jar } = await login(t, user.email, user.password)
    const enrol = await t.request('POST', '/api/v1/auth/2fa/enrol', { headers: browserHeaders(jar) })
    const { secret, uri } = enrol.body as { secret: string; uri: string }
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(uri).toBe(`otpauth://totp/Duration:${encodeURIComponent(user.email)}?issuer=Duration&secret=${secret}&algorithm=SHA1&digits=6&period=30`)
    expect((await t.request('GET', '/api/v1/auth/2fa', { headers: browserHeaders(jar) })).body).toMatchObject({ enabled: false, pending: true })
    const wrong = await t.request('POST', '/api/v1/auth/2fa/confirm', { headers: browserHeaders(jar), body: { code: codeAt(secret, t.clock.now() - 10 * STEP) } })
    expect(wrong.status).toBe(400)
    const confirm = await t.request('POST', '/api/v1/auth/2fa/confirm', { headers: browserHeaders(jar), body: { code: codeAt(secret) } })
    expect(confirm.status).toBe(200)
    const body = confirm.body as { recoveryCodes: string[]; csrfToken: string }
    expect(body.recoveryCodes).toHaveLength(10)
    expect(new Set(body.recoveryCodes).size).toBe(10)
    expect(body.recoveryCodes[0]).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/)
    const rotated = confirm.headers.getSetCookie()
    expect(rotated).toHaveLength(2)
    expect((await t.request('GET', '/api/v1/auth/2fa', { headers: browserHeaders(jar) })).status).toBe(401)
  })

  it('stores the TOTP secret encrypted, so the database alone does not reveal it', async () => {
    const { email, secret } = await enrolled()
    const row = await t.app.store.db
      .selectFrom('user_two_factor').innerJoin('users', 'users.id', 'user_two_factor.user_id')
      .select('secret_ciphertext').where('users.email', '=', email).executeTakeFirstOrThrow()
    expect(row.secret_ciphertext).toMatch(/^v1\./)
    expect(row.secret_ciphertext).not.toContain(secret)
    const codes = await t.app.store.db.selectFrom('recovery_codes').innerJoin('users', 'users.id', 'recovery_codes.user_id').select('code_hash').where('users.email', '=', email).execute()
    expect(codes).toHaveLength(10)
    expect(codes.every((code) => /^[0-9a-f]{64}$/.test(code.code_hash))).toBe(true)
  })

  it('asks for the code after a right password, accepts it once, and refuses a replay', async () => {
    const { email, password, secret } = await enrolled()
    const first = await login(t, email, password)
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ state: 'totp_required' })
    expect(first.raw).toEqual([])
    expect((await login(t, email, password, { totp: '000000' === codeAt(secret) ? '111111' : '000000' })).status).toBe(401)
    const code = codeAt(secret)
    const ok = await login(t, email, password, { totp: code })
    expect(ok.body).toMatchObject({ state: 'active' })
    expect((await login(t, email, password, { totp: code })).status).toBe(401)
    t.clock.advance(STEP)
    expect((await login(t, email, password, { totp: codeAt(secret) })).status).toBe(200)
  })

  it('accepts each recovery code exactly once', async () => {
    const { email, password, recoveryCodes } = await enrolled()
    const code = recoveryCodes[3] ?? ''
    expect((await login(t, email, password, { totp: code.toUpperCase() })).body).toMatchObject({ state: 'active' })
    expect((await login(t, email, password, { totp: code })).status).toBe(401)
    const status = await t.request('GET', '/api/v1/auth/2fa', { headers: browserHeaders((await login(t, email, password, { totp: recoveryCodes[4] ?? '' })).jar) })
    expect(status.body).toMatchObject({ enabled: true, recoveryCodesLeft: 8 })
  })

  it('disables two-factor only with the password and a valid code', async () => {
    const { secret, password, jar } = await enrolled()
    const noPassword = await t.request('POST', '/api/v1/auth/2fa/disable', { headers: browserHeaders(jar), body: { password: 'wrong-password-xyz', code: codeAt(secret) } })
    expect(noPassword.status).toBe(400)
    const noCode = await t.request('POST', '/api/v1/auth/2fa/disable', { headers: browserHeaders(jar), body: { password, code: '123456' === codeAt(secret) ? '654321' : '123456' } })
    expect(noCode.status).toBe(400)
    const done = await t.request('POST', '/api/v1/auth/2fa/disable', { headers: browserHeaders(jar), body: { password, code: codeAt(secret) } })
    expect(done.status).toBe(200)
    const after = cookiesOf(done.headers).jar
    expect(after.csrf).toBe((done.body as { csrfToken: string }).csrfToken)
    expect((await t.request('GET', '/api/v1/auth/2fa', { headers: browserHeaders(after) })).body).toMatchObject({ enabled: false, pending: false, recoveryCodesLeft: 0 })
  })

  it('holds users without 2FA at enrolment when the workspace requires it, until they enrol', async () => {
    const owner = await t.signIn('owner')
    const policy = await t.request('PUT', '/api/v1/admin/security-policy', { as: owner, body: { requireTwoFactor: true } })
    expect(policy.body).toEqual({ requireTwoFactor: true })
    try {
      const user = await createPasswordUser(t)
      const limited = await login(t, user.email, user.password)
      expect(limited.body).toMatchObject({ state: 'enrolment_required' })
      expect((await t.request('GET', '/api/v1/auth/tokens', { headers: browserHeaders(limited.jar) })).status).toBe(403)
      expect((await t.request('POST', '/api/v1/auth/tokens', { headers: browserHeaders(limited.jar), body: { name: 'bypass' } })).status).toBe(403)
      expect((await t.request('GET', '/api/v1/auth/me', { headers: browserHeaders(limited.jar) })).body).toMatchObject({
        scopes: [], session: { state: 'enrolment_required' }, twoFactor: { enabled: false, requiredByPolicy: true },
      })
      const { secret } = (await t.request('POST', '/api/v1/auth/2fa/enrol', { headers: browserHeaders(limited.jar) })).body as { secret: string }
      const confirm = await t.request('POST', '/api/v1/auth/2fa/confirm', { headers: browserHeaders(limited.jar), body: { code: codeAt(secret) } })
      const full: Jar = cookiesOf(confirm.headers).jar
      expect((await t.request('GET', '/api/v1/auth/tokens', { headers: browserHeaders(full) })).status).toBe(200)
    } finally {
      // Not over HTTP: the owner's own token (no 2FA) is held by the policy too.
      await t.app.services.admin.setPolicy(owner.actor, { requireTwoFactor: false })
    }
  })

  it('holds API tokens made before the policy until their user enrols', async () => {
    const owner = await t.signIn('owner')
    const member = await t.signIn('member')
    expect((await t.request('GET', '/api/v1/clients', { as: member })).status).toBe(200)
    await t.request('PUT', '/api/v1/admin/security-policy', { as: owner, body: { requireTwoFactor: true } })
    try {
      expect((await t.request('GET', '/api/v1/clients', { as: member })).status).toBe(403)
      expect((await t.request('POST', '/api/v1/auth/tokens', { as: member, body: { name: 'bypass' } })).status).toBe(403)
      expect((await t.request('GET', '/api/v1/auth/me', { as: member })).body).toMatchObject({ scopes: [], twoFactor: { enabled: false, requiredByPolicy: true } })
      // The policy binds its author too: the owner's token (no 2FA) can no longer change it back.
      expect((await t.request('PUT', '/api/v1/admin/security-policy', { as: owner, body: { requireTwoFactor: false } })).status).toBe(403)
      const { secret } = (await t.request('POST', '/api/v1/auth/2fa/enrol', { as: member })).body as { secret: string }
      expect((await t.request('POST', '/api/v1/auth/2fa/confirm', { as: member, body: { code: codeAt(secret) } })).status).toBe(200)
      t.clock.advance(STEP)
      expect((await t.request('GET', '/api/v1/clients', { as: member })).status).toBe(200)
    } finally {
      await t.app.services.admin.setPolicy(owner.actor, { requireTwoFactor: false })
    }
    expect((await t.request('GET', '/api/v1/clients', { as: owner })).status).toBe(200)
  })

  it('records every two-factor change in the audit log', async () => {
    const actions = (await t.app.store.db.selectFrom('audit_log').select('action').where('action', 'like', 'twofactor.%').execute()).map((row) => row.action)
    expect(new Set(actions)).toEqual(new Set(['twofactor.enrolment_started', 'twofactor.enable', 'twofactor.disable', 'twofactor.recovery_code_used']))
    const policy = await t.app.store.db.selectFrom('audit_log').select('data').where('action', '=', 'policy.update').orderBy('seq').executeTakeFirstOrThrow()
    expect(JSON.parse(policy.data)).toEqual({ changes: { requireTwoFactor: { from: false, to: true } } })
  })
})
