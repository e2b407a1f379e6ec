import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { finalizeConfig } from '../config/load-config.js'
import { StoreError } from '../store/errors.js'
import { deriveIdentityKeys, resolveAppSecret, seal, unseal } from './app-secret.js'
import { accountThrottleKey, ipThrottleKey } from './login-throttle.js'

describe('seal', () => {
  const key = randomBytes(32)

  it('round-trips when the key and context match', () => {
    const sealed = seal(key, 'JBSWY3DPEHPK3PXP', 'user-1')
    expect(sealed).toMatch(/^v1\./)
    expect(unseal(key, sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP')
  })

  it('refuses when the ciphertext was moved to another user or altered', () => {
    const sealed = seal(key, 'JBSWY3DPEHPK3PXP', 'user-1')
    expect(() => unseal(key, sealed, 'user-2')).toThrow()
    const parts = sealed.split('.')
    parts[2] = Buffer.from('x'.repeat(16)).toString('base64url')
    expect(() => unseal(key, parts.join('.'), 'user-1')).toThrow()
  })

  it('derives distinct keys per purpose when given one secret', () => {
    const keys = deriveIdentityKeys(randomBytes(32))
    const hex = [keys.auditMac, keys.totpEncryption, keys.recoveryCodes, keys.csrf].map((k) => k.toString('hex'))
    expect(new Set(hex).size).toBe(4)
  })
})

describe('resolveAppSecret', () => {
  it('creates a 0600 key file beside the database key file when the audit log is empty, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duration-secret-'))
    try {
      const config = finalizeConfig({ storage: { dataDir: dir, keyFile: join(dir, 'keys', 'db.key') } })
      const first = resolveAppSecret(config, false)
      expect(statSync(join(dir, 'keys', 'audit.key')).mode & 0o777).toBe(0o600)
      expect(resolveAppSecret(config, true).equals(first)).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses to invent a secret when the audit log already has entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duration-secret-'))
    try {
      const config = finalizeConfig({ storage: { dataDir: dir }, audit: { secretFile: join(dir, 'audit.key') } })
      expect(() => resolveAppSecret(config, true)).toThrow(StoreError)
      expect(() => resolveAppSecret(config, true)).toThrow(/DURATION_AUDIT_KEY/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('throttle keys', () => {
  it('groups IPv6 clients by /64 and keeps IPv4 addresses whole', () => {
    expect(ipThrottleKey('2001:db8:0:1::5')).toBe('ip:2001:db8:0:1::/64')
    expect(ipThrottleKey('2001:0db8:0000:0001:ffff:1:2:3')).toBe('ip:2001:db8:0:1::/64')
    expect(ipThrottleKey('::ffff:10.0.0.7')).toBe('ip:10.0.0.7')
    expect(ipThrottleKey('10.0.0.7')).toBe('ip:10.0.0.7')
  })

  it('hashes the account e-mail case-insensitively', () => {
    expect(accountThrottleKey(' Ana@Example.com ')).toBe(accountThrottleKey('ana@example.com'))
    expect(accountThrottleKey('ana@example.com')).toMatch(/^account:[0-9a-f]{64}$/)
  })
})
