import { createHash, randomBytes } from 'node:crypto'
import { ConfigError } from '../config/load-config.js'
import { toIsoTimestamp, type Clock } from '../domain/clock.js'
import { ConflictError, NotFoundError, PermissionError, ValidationError } from '../domain/errors.js'
import { usersRepository } from '../modules/users/users.repository.js'
import type { User, WorkspaceRole } from '../modules/users/users.schema.js'
import type { Store } from '../store/store.js'
import type { Executor } from '../store/transactions.js'
import type { Actor } from './actor.js'
import type { AuditContext, AuditTrail } from './audit-trail.js'
import { countUsers, findCredentialsById, setPasswordHash } from './credentials.repository.js'
import { assertPasswordPolicy, passwordWeakness } from './password-policy.js'
import { cancelPasswordResets, consumePasswordReset, findPasswordReset, insertPasswordReset } from './password-resets.repository.js'
import { hashPassword, verifyPassword } from './passwords.js'
import type { ClientMeta, IssuedSession, SessionService } from './sessions.service.js'

/** Reset tokens are 256-bit secrets with a recognisable prefix, valid for a day, usable once. */
export const RESET_TOKEN_PREFIX = 'durr_'
export const RESET_TOKEN_TTL_MS = 24 * 3_600_000

export interface NewAccount {
  email: string
  displayName: string
  role?: WorkspaceRole | undefined
  /** Absent: the account gets no password and the answer carries a reset token to set one. */
  password?: string | undefined
}

export interface IssuedReset {
  token: string
  expiresAt: string
}

export interface AccountsService {
  /** The user entity (never its password hash). */
  profile(userId: string): Promise<User>
  create(actor: Actor, input: NewAccount): Promise<{ user: User; reset: IssuedReset | null }>
  /** Checks the current password, stores the new one, ends the user's other sessions and rotates this one. */
  changePassword(actor: Actor, currentPassword: string, newPassword: string, meta: ClientMeta): Promise<IssuedSession | null>
  issuePasswordReset(actor: Actor, userId: string): Promise<IssuedReset>
  resetPassword(token: string, newPassword: string, context: AuditContext): Promise<void>
  /**
   * Operator-side creation (`duration admin create`): whoever holds the database and the app
   * secret is all-powerful anyway, so there is no acting user; the audit entry says `local`.
   */
  createLocally(input: NewAccount & { password: string }): Promise<User>
  /** Unattended setup: creates the first owner from DURATION_ADMIN_* when no user exists. */
  bootstrapOwner(admin: { email?: string | undefined; password?: string | undefined }): Promise<User | null>
}

/** Owners may hand out any role; admins everything but owner; nobody else any. */
export function assertCanAssignRole(actor: Actor, role: WorkspaceRole): void {
  if (actor.role === 'owner' || (actor.role === 'admin' && role !== 'owner')) {
    return
  }
  throw new PermissionError(`your role cannot assign the ${role} role`)
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export function createAccountsService({ store, clock, audit, sessions }: { store: Store; clock: Clock; audit: AuditTrail; sessions: SessionService }): AccountsService {
  const newReset = () => {
    const token = `${RESET_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
    return { token, tokenHash: hashToken(token), expiresAt: toIsoTimestamp(clock.now() + RESET_TOKEN_TTL_MS) }
  }

  const insertLocally = async (tx: Executor, input: NewAccount, passwordHash: string) => {
    const email = input.email.trim().toLowerCase()
    const user = await usersRepository.insert(tx, { email, displayName: input.displayName, role: input.role ?? 'member', passwordHash }, clock)
    await audit.append(tx, { actorUserId: null, via: 'local' }, { action: 'user.create', entity: 'user', entityId: user.id, after: user })
    return user
  }

  return {
    async createLocally(input) {
      assertPasswordPolicy(input.password, '/password', input.email.trim().toLowerCase())
      const passwordHash = await hashPassword(input.password)
      return store.write((tx) => insertLocally(tx, input, passwordHash))
    },

    profile: (userId) => usersRepository.require(store.db, userId),

    async create(actor, input) {
      const role = input.role ?? 'member'
      assertCanAssignRole(actor, role)
      const email = input.email.trim().toLowerCase()
      if (input.password !== undefined) {
        assertPasswordPolicy(input.password, '/body/password', email)
      }
      const passwordHash = input.password === undefined ? null : await hashPassword(input.password)
      return store.write(async (tx) => {
        const user = await usersRepository.insert(tx, { email, displayName: input.displayName, role, passwordHash }, clock)
        await audit.record(tx, actor, { action: 'user.create', entity: 'user', entityId: user.id, after: user })
        if (passwordHash !== null) {
          return { user, reset: null }
        }
        const reset = newReset()
        await insertPasswordReset(tx, { userId: user.id, tokenHash: reset.tokenHash, expiresAt: reset.expiresAt, createdBy: actor.userId }, clock)
        await audit.record(tx, actor, { action: 'password.reset_issued', entity: 'user', entityId: user.id })
        return { user, reset: { token: reset.token, expiresAt: reset.expiresAt } }
      })
    },

    async changePassword(actor, currentPassword, newPassword, meta) {
      const user = await findCredentialsById(store.db, actor.userId)
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new ValidationError('the current password is not correct', [{ pointer: '/body/currentPassword', message: 'incorrect' }])
      }
      assertPasswordPolicy(newPassword, '/body/newPassword', user.email)
      const passwordHash = await hashPassword(newPassword)
      return store.write(async (tx) => {
        await setPasswordHash(tx, actor.userId, passwordHash, clock)
        const current = actor.via === 'session' ? actor.credentialId : null
        await sessions.revokeAllForUser(tx, actor.userId, current ?? undefined)
        await audit.record(tx, actor, { action: 'password.change', entity: 'user', entityId: actor.userId })
        return current === null ? null : sessions.rotate(tx, current, actor.userId, 'active', meta)
      })
    },

    issuePasswordReset: (actor, userId) =>
      store.write(async (tx) => {
        const user = await usersRepository.findById(tx, userId)
        if (user === undefined) {
          throw new NotFoundError('user', userId)
        }
        assertCanAssignRole(actor, user.role) // an admin cannot take over an owner's account
        await cancelPasswordResets(tx, userId, clock)
        const reset = newReset()
        await insertPasswordReset(tx, { userId, tokenHash: reset.tokenHash, expiresAt: reset.expiresAt, createdBy: actor.userId }, clock)
        await audit.record(tx, actor, { action: 'password.reset_issued', entity: 'user', entityId: userId })
        return { token: reset.token, expiresAt: reset.expiresAt }
      }),

    async resetPassword(token, newPassword, context) {
      const invalid = new ValidationError('the reset token is invalid, expired or already used', [{ pointer: '/body/token', message: 'invalid' }])
      const reset = await findPasswordReset(store.db, hashToken(token))
      if (reset === undefined || reset.usedAt !== null || Date.parse(reset.expiresAt) <= clock.now()) {
        throw invalid
      }
      const user = await findCredentialsById(store.db, reset.userId)
      if (user === undefined || !user.isActive) {
        throw invalid
      }
      assertPasswordPolicy(newPassword, '/body/newPassword', user.email)
      const passwordHash = await hashPassword(newPassword)
      await store.write(async (tx) => {
        if (!(await consumePasswordReset(tx, reset.id, clock))) {
          throw invalid
        }
        await setPasswordHash(tx, user.userId, passwordHash, clock)
        await sessions.revokeAllForUser(tx, user.userId)
        await audit.append(tx, { ...context, actorUserId: user.userId }, { action: 'password.reset', entity: 'user', entityId: user.userId })
      })
    },

    async bootstrapOwner({ email, password }) {
      if (email === undefined && password === undefined) {
        return null
      }
      if (email === undefined || password === undefined) {
        throw new ConfigError('DURATION_ADMIN_EMAIL and DURATION_ADMIN_PASSWORD must be set together')
      }
      const normalised = email.trim().toLowerCase()
      const weakness = passwordWeakness(password, [normalised.split('@')[0] ?? ''])
      if (weakness !== null) {
        throw new ConfigError(`invalid setting DURATION_ADMIN_PASSWORD (admin.password): the password ${weakness}`)
      }
      if ((await countUsers(store.db)) > 0) {
        return null
      }
      const passwordHash = await hashPassword(password)
      try {
        return await store.write(async (tx) => {
          if ((await countUsers(tx)) > 0) {
            return null // another process got there first
          }
          return insertLocally(tx, { email: normalised, displayName: normalised.split('@')[0] ?? normalised, role: 'owner' }, passwordHash)
        })
      } catch (error) {
        if (error instanceof ConflictError) {
          return null // same e-mail inserted by a process starting at the same moment (PostgreSQL)
        }
        throw error
      }
    },
  }
}
