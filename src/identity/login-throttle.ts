import { createHash } from 'node:crypto'
import { isIP } from 'node:net'

/** The authentication policy: at most this many failed logins per window, per account and per IP. */
export const LOGIN_ATTEMPT_LIMIT = 5
export const LOGIN_WINDOW_MS = 5 * 60_000

/** Which budget an attempt spends: the account's (whoever tries it) and the client address's. */
export interface ThrottleKeys {
  readonly account: string
  readonly ip: string
}

export type ThrottleKind = keyof ThrottleKeys

/** An attempt let through; it counts as a failure until `succeeded` or `released` says otherwise. */
export interface ThrottleReservation {
  readonly keys: ThrottleKeys
  readonly attemptIds: readonly string[]
}

export type ThrottleDecision =
  | { readonly allowed: true; readonly reservation: ThrottleReservation }
  | { readonly allowed: false; readonly kind: ThrottleKind; readonly retryAfterSeconds: number }

/**
 * Login brute-force protection shared by every app process. An attempt is *reserved* before the
 * password is checked, so a burst of parallel requests cannot all slip in under the limit while
 * the (slow, deliberately) password hash runs. The database implementation is the default; a
 * Redis-backed limiter can implement the same interface.
 */
export interface LoginThrottle {
  /** Refuses when either key has used its budget; otherwise reserves one attempt on both keys. */
  reserve(keys: ThrottleKeys): Promise<ThrottleDecision>
  /** The attempt succeeded: it does not count, and the account's earlier failures are forgiven. */
  succeeded(reservation: ThrottleReservation): Promise<void>
  /** The attempt was neither a success nor a failure (e.g. a second factor is still needed). */
  released(reservation: ThrottleReservation): Promise<void>
  /** The attempt failed and keeps counting; returns the keys this failure has just locked. */
  failed(reservation: ThrottleReservation): Promise<ThrottleKind[]>
}

/** Account key: the SHA-256 of the normalised e-mail, so the table holds no readable addresses. */
export function accountThrottleKey(email: string): string {
  return `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`
}

/**
 * IP key. IPv6 clients usually own a whole /64, so they are throttled per /64 rather than per
 * address (otherwise one client could rotate through 2^64 addresses).
 */
export function ipThrottleKey(ip: string): string {
  if (isIP(ip) !== 6 || ip.toLowerCase().startsWith('::ffff:')) {
    return `ip:${ip.toLowerCase().replace(/^::ffff:/, '')}`
  }
  const [head = '', tail = ''] = ip.toLowerCase().split('::')
  const headGroups = head === '' ? [] : head.split(':')
  const tailGroups = ip.includes('::') && tail !== '' ? tail.split(':') : []
  const groups = ip.includes('::') ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups
  return `ip:${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`
}
