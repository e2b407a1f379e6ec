import type { Clock } from '../domain/clock.js'
import { usersRepository } from '../modules/users/users.repository.js'
import type { User } from '../modules/users/users.schema.js'
import { RateLimitedError, UnauthenticatedError } from '../domain/errors.js'
import type { Store } from '../store/store.js'
import type { Actor } from './actor.js'
import type { AuditContext, AuditTrail } from './audit-trail.js'
import { findCredentialsByEmail, recordLogin, setPasswordHash, type StoredCredentials } from './credentials.repository.js'
import { LOGIN_WINDOW_MS, accountThrottleKey, ipThrottleKey, type LoginThrottle, type ThrottleReservation } from './login-throttle.js'
import { createDummyHash, hashPassword, needsRehash, verifyPassword } from './passwords.js'
import type { IssuedSession, SessionService } from './sessions.service.js'
import type { TwoFactorService } from './two-factor.service.js'

export interface LoginRequest {
  email: string
  password: string
  /** A TOTP code or a recovery code, when the account has two-factor enabled. */
  totp?: string | undefined
  ip: string
  userAgent?: string | undefined
  requestId?: string | undefined
  /** Id of a session the browser already holds; it is ended so the new login gets a fresh id. */
  previousSessionId?: string | null | undefined
}

export type LoginResult =
  | { readonly state: 'totp_required' }
  | { readonly state: 'active' | 'enrolment_required'; readonly user: User; readonly session: IssuedSession }

export interface LoginService {
  /**
   * Unknown e-mail, inactive account, missing password and wrong password all throw the same
   * UnauthenticatedError after the same Argon2 work; too many failures throw RateLimitedError.
   */
  login(request: LoginRequest): Promise<LoginResult>
  logout(actor: Actor): Promise<void>
  /** Ends every session of the actor's user ("log out everywhere"); API tokens are managed separately. */
  logoutEverywhere(actor: Actor): Promise<number>
}

export interface LoginDeps {
  store: Store
  clock: Clock
  audit: AuditTrail
  sessions: SessionService
  twoFactor: TwoFactorService
  throttle: LoginThrottle
}

const INVALID = 'invalid e-mail or password'

export function createLoginService({ store, clock, audit, sessions, twoFactor, throttle }: LoginDeps): LoginService {
  // Made once, in the background, so the first unknown-user login is not slower than the rest.
  const dummyHash = createDummyHash()
  dummyHash.catch(() => undefined) // awaited (and rethrown) by the first unknown-user login

  const fail = async (reservation: ThrottleReservation, context: AuditContext, email: string, reason: string, message = INVALID): Promise<never> => {
    const locked = await throttle.failed(reservation)
    await store.write(async (tx) => {
      await audit.append(tx, context, { action: 'auth.login.failure', entity: 'user', entityId: context.actorUserId ?? '', after: { email, reason } })
      for (const kind of locked) {
        await audit.append(tx, context, {
          action: 'auth.lockout', entity: kind === 'account' ? 'user' : 'client', entityId: context.actorUserId ?? '',
          after: { email, key: kind, minutes: LOGIN_WINDOW_MS / 60_000 },
        })
      }
    })
    throw new UnauthenticatedError(message)
  }

  const passwordMatches = async (user: StoredCredentials | undefined, password: string): Promise<boolean> => {
    if (!user?.passwordHash || !user.isActive) {
      // Same Argon2 cost as a real check, so response time does not reveal which accounts exist.
      await verifyPassword(await dummyHash, password)
      return false
    }
    return verifyPassword(user.passwordHash, password)
  }

  return {
    async login(request) {
      const email = request.email.trim().toLowerCase()
      const decision = await throttle.reserve({ account: accountThrottleKey(email), ip: ipThrottleKey(request.ip) })
      if (!decision.allowed) {
        throw new RateLimitedError(decision.retryAfterSeconds)
      }
      const reservation = decision.reservation
      const user = await findCredentialsByEmail(store.db, email)
      const context: AuditContext = { actorUserId: user?.userId ?? null, via: null, requestId: request.requestId ?? null, ip: request.ip }
      if (!(await passwordMatches(user, request.password)) || user === undefined) {
        return fail(reservation, context, email, user === undefined ? 'unknown_user' : user.isActive ? 'wrong_password' : 'inactive')
      }
      const hasTwoFactor = await twoFactor.isEnabled(user.userId)
      if (hasTwoFactor && (request.totp === undefined || request.totp.trim() === '')) {
        await throttle.released(reservation)
        return { state: 'totp_required' }
      }
      const required = !hasTwoFactor && (await twoFactor.isRequiredByPolicy())
      const outcome = await store.write(async (tx) => {
        const factor = hasTwoFactor ? await twoFactor.verifySecondFactor(tx, user.userId, request.totp ?? '') : 'none'
        if (factor === null) {
          return null
        }
        const state = required ? 'enrolment_required' : 'active'
        const session = await sessions.rotate(tx, request.previousSessionId ?? null, user.userId, state, { ip: request.ip, userAgent: request.userAgent })
        await recordLogin(tx, user.userId, clock)
        await audit.append(tx, { ...context, via: 'session', credentialId: session.id }, {
          action: 'auth.login.success', entity: 'user', entityId: user.userId, after: { secondFactor: factor, state },
        })
        return session
      })
      if (outcome === null) {
        return fail(reservation, context, email, 'wrong_second_factor', 'invalid two-factor code')
      }
      await throttle.succeeded(reservation)
      if (needsRehash(user.passwordHash ?? '')) {
        // Parameters were raised since this hash was made: upgrade it now that we know the password.
        const upgraded = await hashPassword(request.password)
        await store.write((tx) => setPasswordHash(tx, user.userId, upgraded, clock))
      }
      return { state: outcome.state, user: await usersRepository.require(store.db, user.userId), session: outcome }
    },

    async logout(actor) {
      if (actor.via !== 'session' || actor.credentialId === null) {
        return
      }
      const sessionId = actor.credentialId
      await store.write(async (tx) => {
        if (await sessions.revoke(tx, sessionId)) {
          await audit.record(tx, actor, { action: 'auth.logout', entity: 'user', entityId: actor.userId })
        }
      })
    },

    logoutEverywhere: (actor) =>
      store.write(async (tx) => {
        const ended = await sessions.revokeAllForUser(tx, actor.userId)
        await audit.record(tx, actor, { action: 'auth.logout_all', entity: 'user', entityId: actor.userId, after: { sessionsEnded: ended } })
        return ended
      }),
  }
}
