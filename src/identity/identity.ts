import type { Config } from '../config/config.schema.js'
import type { Clock } from '../domain/clock.js'
import type { Store } from '../store/store.js'
import { createAccountsService, type AccountsService } from './accounts.service.js'
import { deriveIdentityKeys, resolveAppSecret, type IdentityKeys } from './app-secret.js'
import { readChainHead } from './audit-log.repository.js'
import { createAuditTrail, type AuditTrail } from './audit-trail.js'
import { createDatabaseLoginThrottle } from './login-attempts.repository.js'
import { createLoginService, type LoginService } from './login.service.js'
import type { LoginThrottle } from './login-throttle.js'
import { createSessionService, type SessionService } from './sessions.service.js'
import { createApiTokenService, type ApiTokenService } from './tokens.service.js'
import { createTwoFactorService, type TwoFactorService } from './two-factor.service.js'

/** Every identity service, built once by the composition root. */
export interface Identity {
  readonly keys: IdentityKeys
  readonly audit: AuditTrail
  readonly sessions: SessionService
  readonly login: LoginService
  readonly accounts: AccountsService
  readonly twoFactor: TwoFactorService
  readonly tokens: ApiTokenService
  readonly throttle: LoginThrottle
}

export interface IdentityDeps {
  config: Readonly<Config>
  store: Store
  clock: Clock
  /** Replaces the database login throttle (e.g. a Redis-backed limiter). */
  throttle?: LoginThrottle
}

/**
 * Builds identity on a migrated store: resolves the app secret (creating its file only while the
 * audit log is empty), derives one key per purpose, and wires the services to each other.
 */
export async function createIdentity({ config, store, clock, throttle }: IdentityDeps): Promise<Identity> {
  const head = await readChainHead(store.db)
  const secret = resolveAppSecret(config, head.seq > 0)
  const keys = deriveIdentityKeys(secret)
  secret.fill(0)
  const audit = createAuditTrail({ key: keys.auditMac, clock })
  const sessions = createSessionService({
    store, clock, csrfKey: keys.csrf,
    settings: { idleMs: config.auth.sessionIdleMinutes * 60_000, absoluteMs: config.auth.sessionAbsoluteHours * 3_600_000 },
  })
  const twoFactor = createTwoFactorService({ store, clock, audit, sessions, keys })
  const loginThrottle = throttle ?? createDatabaseLoginThrottle({ store, clock })
  return {
    keys,
    audit,
    sessions,
    twoFactor,
    throttle: loginThrottle,
    login: createLoginService({ store, clock, audit, sessions, twoFactor, throttle: loginThrottle }),
    accounts: createAccountsService({ store, clock, audit, sessions }),
    tokens: createApiTokenService({ store, clock, audit, twoFactor }),
  }
}
