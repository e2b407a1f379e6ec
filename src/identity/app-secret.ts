import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import type { Config } from '../config/config.schema.js'
import { defaultKeyFilePath, resolveDatabaseKey } from '../store/encryption-key.js'
import { StoreError } from '../store/errors.js'

/**
 * Keys derived from the one app secret (DURATION_AUDIT_KEY or the audit key file). The secret never
 * touches the database, so a database dump alone can neither forge audit entries nor decrypt TOTP
 * secrets. HKDF-SHA-256 gives each purpose its own independent key.
 */
export interface IdentityKeys {
  /** HMAC-SHA-256 key of the audit chain. */
  readonly auditMac: Buffer
  /** AES-256-GCM key for TOTP secrets at rest. */
  readonly totpEncryption: Buffer
  /** HMAC-SHA-256 key for recovery-code hashes (short codes must not be brute-forced from a dump). */
  readonly recoveryCodes: Buffer
  /** HMAC-SHA-256 key binding CSRF tokens to their session. */
  readonly csrf: Buffer
}

const HKDF_SALT = Buffer.from('duration/identity', 'utf8')

function derive(secret: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, `duration/${purpose}/v1`, 32))
}

/** Splits the app secret into one key per purpose. */
export function deriveIdentityKeys(secret: Buffer): IdentityKeys {
  return {
    auditMac: derive(secret, 'audit-mac'),
    totpEncryption: derive(secret, 'totp-secret'),
    recoveryCodes: derive(secret, 'recovery-code'),
    csrf: derive(secret, 'csrf'),
  }
}

/** The default secret file: `audit.key` next to the database key file, outside any data folder. */
export function defaultAuditKeyFile(config: Pick<Config, 'storage'>): string {
  return join(dirname(config.storage.keyFile ?? defaultKeyFilePath()), 'audit.key')
}

/**
 * Finds the 256-bit app secret exactly like the database key (same file rules: 64 hex, mode 0600,
 * exclusive create), but from DURATION_AUDIT_KEY / DURATION_AUDIT_KEY_FILE. A new file is only
 * created while the audit log is empty: a fresh secret for an existing chain would just make every
 * entry look forged and every TOTP secret unreadable.
 */
export function resolveAppSecret(config: Pick<Config, 'storage' | 'audit'>, chainHasEntries: boolean): Buffer {
  try {
    return resolveDatabaseKey({ dbKey: config.audit.secret, keyFile: config.audit.secretFile ?? defaultAuditKeyFile(config) }, chainHasEntries)
  } catch (error) {
    if (error instanceof StoreError && (error.code === 'key_missing' || error.code === 'key_invalid')) {
      const file = config.audit.secretFile ?? defaultAuditKeyFile(config)
      throw new StoreError(
        error.code,
        error.code === 'key_missing'
          ? `the audit log has entries but the app secret file ${file} does not exist; set DURATION_AUDIT_KEY or DURATION_AUDIT_KEY_FILE to the secret it was written with`
          : `the app secret (DURATION_AUDIT_KEY or ${file}) must be 64 hexadecimal characters (256 bits)`,
        { cause: error },
      )
    }
    throw error
  }
}

const SEALED_PREFIX = 'v1'

/**
 * AES-256-GCM with a random 96-bit nonce. `context` (e.g. the user id) is authenticated but not
 * stored, so a ciphertext copied onto another user's row does not decrypt.
 */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(context, 'utf8'))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return [SEALED_PREFIX, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.')
}

/** Reverses {@link seal}; throws when the text was altered, moved to another context or sealed with another key. */
export function unseal(key: Buffer, sealed: string, context: string): string {
  const [prefix, iv, body, tag] = sealed.split('.')
  if (prefix !== SEALED_PREFIX || iv === undefined || body === undefined || tag === undefined) {
    throw new Error('not a sealed value')
  }
  // A fixed tag length: GCM would otherwise accept a truncated (forgeable) tag.
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 })
  decipher.setAAD(Buffer.from(context, 'utf8'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}
