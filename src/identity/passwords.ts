import { randomBytes } from 'node:crypto'
import argon2 from 'argon2'

/**
 * Argon2id with OWASP's second recommended setting (19 MiB, 2 passes, 1 lane): about 80 ms per
 * hash on a small server, and a memory cost that makes GPU guessing expensive while ten concurrent
 * logins still fit in 200 MiB. The parameters are stored inside each hash, so raising them later only
 * affects new hashes; {@link needsRehash} tells the login path when to upgrade an old one.
 */
export const PASSWORD_HASH_PARAMS = {
  type: argon2.argon2id,
  memoryCost: 19_456, // KiB
  timeCost: 2,
  parallelism: 1,
  hashLength: 32,
} as const

/** Hashes a password; the result is a self-describing `$argon2id$v=19$m=…,t=…,p=…$salt$hash` string. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, PASSWORD_HASH_PARAMS)
}

/** True when `password` matches `hash`. A malformed hash is a mismatch, never an exception. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password)
  } catch {
    return false
  }
}

/** True when the hash was made with weaker or different parameters than today's. */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, PASSWORD_HASH_PARAMS)
}

/**
 * A hash of a random string with today's parameters. Unknown users are checked against it so a
 * login for a missing account costs the same time as one for an existing account.
 */
export function createDummyHash(): Promise<string> {
  return hashPassword(randomBytes(24).toString('base64url'))
}
