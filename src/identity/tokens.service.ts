import { createHash, randomBytes } from 'node:crypto'
import { toIsoTimestamp, type Clock } from '../domain/clock.js'
import { NotFoundError, PermissionError } from '../domain/errors.js'
import { usersRepository } from '../modules/users/users.repository.js'
import type { AuditSink } from '../modules/resource.service.js'
import type { Store } from '../store/store.js'
import type { Actor } from './actor.js'
import type { Permission } from './permissions.js'
import { hasPermission } from './roles.js'
import { apiTokensRepository } from './tokens.repository.js'
import type { TwoFactorService } from './two-factor.service.js'
import type { ApiToken, ApiTokenCreate, ApiTokenCreated } from './tokens.schema.js'

/** Prefix makes leaked tokens easy to spot (secret scanners, logs); 256 random bits follow. */
export const TOKEN_PREFIX = 'dur_'
const TOKEN_SHAPE = /^dur_[A-Za-z0-9_-]{43}$/
const LAST_USED_GRANULARITY_MS = 60_000
const DAY_MS = 86_400_000

/**
 * Tokens are looked up by the SHA-256 of the secret. With 256-bit random secrets a plain hash is
 * the right tool (no dictionary to slow down), and an equality lookup on the hash leaks nothing
 * useful through timing: learning a hash prefix does not help forge a secret.
 */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export interface ApiTokenService {
  create(actor: Actor, input: ApiTokenCreate): Promise<ApiTokenCreated>
  list(actor: Actor): Promise<ApiToken[]>
  revoke(actor: Actor, id: string): Promise<ApiToken>
  /** The actor for a bearer secret, or null when unknown, revoked, expired or its user is inactive. */
  authenticate(secret: string): Promise<Actor | null>
}

/** What token authentication needs to know of two-factor: the workspace policy binds tokens too. */
export type TwoFactorPolicy = Pick<TwoFactorService, 'isRequiredByPolicy' | 'isEnabled'>

export function createApiTokenService(
  { store, clock, audit, twoFactor }: { store: Store; clock: Clock; audit: AuditSink; twoFactor: TwoFactorPolicy },
): ApiTokenService {
  return {
    async create(actor, input) {
      // A token made with a scoped token inherits that token's limits and can never exceed them.
      const scopes = input.scopes ?? actor.scopes
      const excess = (scopes ?? []).filter(
        (scope: Permission) => !hasPermission({ ...actor, scopes: null }, scope) || (actor.scopes !== null && !actor.scopes.includes(scope)),
      )
      if (excess.length > 0) {
        throw new PermissionError(`you cannot grant: ${excess.join(', ')}`)
      }
      const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
      const expiresAt = toIsoTimestamp(clock.now() + (input.expiresInDays ?? 90) * DAY_MS)
      const apiToken = await store.write(async (tx) => {
        const created = await apiTokensRepository.insert(tx, { userId: actor.userId, name: input.name, tokenHash: hashToken(secret), scopes, expiresAt }, clock)
        await audit.record(tx, actor, { action: 'token.create', entity: 'token', entityId: created.id, after: created })
        return created
      })
      return { token: secret, apiToken }
    },

    async list(actor) {
      const page = await apiTokensRepository.list(store.db, { filters: { userId: actor.userId }, limit: 200 })
      return page.items
    },

    revoke(actor, id) {
      return store.write(async (tx) => {
        const token = await apiTokensRepository.findById(tx, id)
        if (!token || token.userId !== actor.userId) {
          throw new NotFoundError('token', id)
        }
        if (token.revokedAt !== null) {
          return token
        }
        const revoked = await apiTokensRepository.update(tx, id, token.version, { revokedAt: toIsoTimestamp(clock.now()) }, clock)
        await audit.record(tx, actor, { action: 'token.revoke', entity: 'token', entityId: id, before: token, after: revoked })
        return revoked
      })
    },

    async authenticate(secret) {
      if (!TOKEN_SHAPE.test(secret)) {
        return null
      }
      const token = await apiTokensRepository.findOne(store.db, { tokenHash: hashToken(secret) })
      const now = clock.now()
      if (!token || token.revokedAt !== null || (token.expiresAt !== null && Date.parse(token.expiresAt) <= now)) {
        return null
      }
      const user = await usersRepository.findById(store.db, token.userId)
      if (!user?.isActive) {
        return null
      }
      if (token.lastUsedAt === null || now - Date.parse(token.lastUsedAt) >= LAST_USED_GRANULARITY_MS) {
        // Best effort, coarse-grained: a busy script must not turn every read into a write.
        await store
          .write((tx) => apiTokensRepository.update(tx, token.id, token.version, { lastUsedAt: toIsoTimestamp(now) }, clock))
          .catch(() => undefined)
      }
      // A token made before the workspace required two-factor must not bypass it: until its user
      // enrols, it can do what an enrolment-held session can (scopes []), nothing more.
      const held = (await twoFactor.isRequiredByPolicy()) && !(await twoFactor.isEnabled(user.id))
      return { userId: user.id, role: user.role, via: 'token', scopes: held ? [] : token.scopes, credentialId: token.id }
    },
  }
}
