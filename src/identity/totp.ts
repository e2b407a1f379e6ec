import { createHmac, randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'

/** RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30
const TOTP_DIGITS = 6
const ISSUER = 'Duration'
/** Accept the previous and next step too: phones' clocks drift by a few seconds. */
const ACCEPT_WINDOW = 1

/** A fresh 160-bit secret (RFC 4226 §4 recommends 160 bits), base32 as authenticator apps expect. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER, label, algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  })
}

/** The `otpauth://totp/…` URI a QR code encodes; the web client draws the QR code from it. */
export function totpUri(secretBase32: string, accountLabel: string): string {
  return totpFor(secretBase32, accountLabel).toString()
}

/**
 * The time step `code` belongs to, or null when it matches none in the window. Callers store the
 * step and refuse codes of that step or earlier, so an observed code cannot be replayed.
 */
export function matchTotpStep(secretBase32: string, code: string, nowMs: number): number | null {
  if (!/^\d{6}$/.test(code)) {
    return null
  }
  const totp = totpFor(secretBase32, 'check')
  const delta = totp.validate({ token: code, timestamp: nowMs, window: ACCEPT_WINDOW })
  return delta === null ? null : totp.counter({ timestamp: nowMs }) + delta
}

/** Recovery codes: 10 per user, 10 characters from a 32-symbol alphabet (50 bits) each. */
export const RECOVERY_CODE_COUNT = 10
// Crockford's base32 (no i, l, o, u): 32 symbols, so `byte % 32` is unbiased.
const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

/** Ten fresh codes, formatted `xxxxx-xxxxx` for reading aloud or typing. */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10)
    const letters = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % 32] ?? 'a').join('')
    return `${letters.slice(0, 5)}-${letters.slice(5)}`
  })
}

export function isRecoveryCodeShape(text: string): boolean {
  return /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(text.trim())
}

/**
 * Keyed hash of a recovery code. 50 bits would fall to brute force from a database dump with a
 * plain hash; with an HMAC under a key outside the database the dump alone is useless.
 */
export function hashRecoveryCode(key: Buffer, code: string): string {
  return createHmac('sha256', key).update(code.trim().toLowerCase().replace(/[\s-]/g, '')).digest('hex')
}
