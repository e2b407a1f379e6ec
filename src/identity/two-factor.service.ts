import QRCode from 'qrcode'
import type { Clock } from '../domain/clock.js'
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js'
import type { Store } from '../store/store.js'
import type { Executor } from '../store/transactions.js'
import type { Actor } from './actor.js'
import { seal, unseal } from './app-secret.js'
import type { AuditTrail } from './audit-trail.js'
import { findCredentialsById } from './credentials.repository.js'
import { verifyPassword } from './passwords.js'
import type { ClientMeta, IssuedSession, SessionService } from './sessions.service.js'
import { generateRecoveryCodes, generateTotpSecret, hashRecoveryCode, isRecoveryCodeShape, matchTotpStep, totpUri } from './totp.js'
import {
  claimTotpStep, consumeRecoveryCode, countUnusedRecoveryCodes, deleteTwoFactor, enableTwoFactor, findTwoFactor,
  readRequireTwoFactor, replaceRecoveryCodes, savePendingSecret, writeRequireTwoFactor,
} from './two-factor.repository.js'

export interface TwoFactorStatus {
  enabled: boolean
  pending: boolean
  recoveryCodesLeft: number
  requiredByPolicy: boolean
}

export interface TwoFactorService {
  status(userId: string): Promise<TwoFactorStatus>
  isRequiredByPolicy(): Promise<boolean>
  isEnabled(userId: string): Promise<boolean>
  /** New pending secret and its otpauth:// URI (for the QR code); active only after {@link confirmEnrolment}. */
  startEnrolment(actor: Actor): Promise<{ secret: string; uri: string; qrSvg: string }>
  /** Activates 2FA with a first valid code; returns the recovery codes (shown once) and the rotated session. */
  confirmEnrolment(actor: Actor, code: string, meta: ClientMeta): Promise<{ recoveryCodes: string[]; session: IssuedSession | null }>
  /** Needs the password and a current code (or a recovery code). */
  disable(actor: Actor, password: string, code: string, meta: ClientMeta): Promise<{ session: IssuedSession | null }>
  regenerateRecoveryCodes(actor: Actor, code: string): Promise<string[]>
  /** Checks and consumes a login's second factor (TOTP code or recovery code) inside `tx`. */
  verifySecondFactor(tx: Executor, userId: string, code: string): Promise<'totp' | 'recovery' | null>
  setRequiredByPolicy(actor: Actor, required: boolean): Promise<void>
}

export interface TwoFactorDeps {
  store: Store
  clock: Clock
  audit: AuditTrail
  sessions: SessionService
  keys: { totpEncryption: Buffer; recoveryCodes: Buffer }
}

const isActive = (record: { enabledAt: string | null } | undefined): boolean => (record?.enabledAt ?? null) !== null

const badCode = (pointer = '/body/code') => new ValidationError('the code is not valid (or was already used)', [{ pointer, message: 'not a valid code' }])

export function createTwoFactorService({ store, clock, audit, sessions, keys }: TwoFactorDeps): TwoFactorService {
  const secretOf = (userId: string, ciphertext: string) => unseal(keys.totpEncryption, ciphertext, userId)

  const verifySecondFactor: TwoFactorService['verifySecondFactor'] = async (tx, userId, code) => {
    const record = await findTwoFactor(tx, userId)
    if (record === undefined || !isActive(record)) {
      return null
    }
    const step = matchTotpStep(secretOf(userId, record.secretCiphertext), code.trim(), clock.now())
    if (step !== null) {
      return (await claimTotpStep(tx, userId, step)) ? 'totp' : null
    }
    if (isRecoveryCodeShape(code) && (await consumeRecoveryCode(tx, userId, hashRecoveryCode(keys.recoveryCodes, code), clock))) {
      await audit.append(tx, { actorUserId: userId, via: null }, { action: 'twofactor.recovery_code_used', entity: 'user', entityId: userId })
      return 'recovery'
    }
    return null
  }

  const freshCodes = async (tx: Executor, userId: string) => {
    const codes = generateRecoveryCodes()
    await replaceRecoveryCodes(tx, userId, codes.map((code) => hashRecoveryCode(keys.recoveryCodes, code)), clock)
    return codes
  }

  const rotateIfSession = (tx: Executor, actor: Actor, state: 'active' | 'enrolment_required', meta: ClientMeta) =>
    actor.via === 'session' && actor.credentialId !== null ? sessions.rotate(tx, actor.credentialId, actor.userId, state, meta) : Promise.resolve(null)

  return {
    async status(userId) {
      const [record, left, required] = await Promise.all([
        findTwoFactor(store.db, userId), countUnusedRecoveryCodes(store.db, userId), readRequireTwoFactor(store.db),
      ])
      return { enabled: isActive(record), pending: record !== undefined && record.enabledAt === null, recoveryCodesLeft: left, requiredByPolicy: required }
    },
    isRequiredByPolicy: () => readRequireTwoFactor(store.db),
    isEnabled: async (userId) => isActive(await findTwoFactor(store.db, userId)),

    async startEnrolment(actor) {
      const user = await findCredentialsById(store.db, actor.userId)
      if (user === undefined) {
        throw new NotFoundError('user', actor.userId)
      }
      const secret = generateTotpSecret()
      await store.write(async (tx) => {
        if (isActive(await findTwoFactor(tx, actor.userId))) {
          throw new ConflictError('two-factor authentication is already enabled; disable it first to enrol a new device')
        }
        await savePendingSecret(tx, actor.userId, seal(keys.totpEncryption, secret, actor.userId), clock)
        await audit.record(tx, actor, { action: 'twofactor.enrolment_started', entity: 'user', entityId: actor.userId })
      })
      const uri = totpUri(secret, user.email)
      // Rendered here so the web client needs no QR library and the secret never leaves for a third-party service.
      return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) }
    },

    confirmEnrolment: (actor, code, meta) =>
      store.write(async (tx) => {
        const record = await findTwoFactor(tx, actor.userId)
        if (record === undefined || record.enabledAt !== null) {
          throw new ConflictError('no two-factor enrolment is waiting for confirmation')
        }
        const step = matchTotpStep(secretOf(actor.userId, record.secretCiphertext), code.trim(), clock.now())
        if (step === null) {
          throw badCode()
        }
        await enableTwoFactor(tx, actor.userId, step, clock)
        const recoveryCodes = await freshCodes(tx, actor.userId)
        await audit.record(tx, actor, { action: 'twofactor.enable', entity: 'user', entityId: actor.userId, before: { twoFactor: false }, after: { twoFactor: true } })
        return { recoveryCodes, session: await rotateIfSession(tx, actor, 'active', meta) }
      }),

    async disable(actor, password, code, meta) {
      const user = await findCredentialsById(store.db, actor.userId)
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
        throw new ValidationError('the password is not correct', [{ pointer: '/body/password', message: 'incorrect' }])
      }
      return store.write(async (tx) => {
        if ((await verifySecondFactor(tx, actor.userId, code)) === null) {
          throw badCode()
        }
        await deleteTwoFactor(tx, actor.userId)
        await sessions.revokeAllForUser(tx, actor.userId, actor.credentialId ?? undefined)
        await audit.record(tx, actor, { action: 'twofactor.disable', entity: 'user', entityId: actor.userId, before: { twoFactor: true }, after: { twoFactor: false } })
        const state = (await readRequireTwoFactor(tx)) ? 'enrolment_required' : 'active'
        return { session: await rotateIfSession(tx, actor, state, meta) }
      })
    },

    regenerateRecoveryCodes: (actor, code) =>
      store.write(async (tx) => {
        if ((await verifySecondFactor(tx, actor.userId, code)) !== 'totp') {
          throw badCode()
        }
        const codes = await freshCodes(tx, actor.userId)
        await audit.record(tx, actor, { action: 'twofactor.recovery_codes_replaced', entity: 'user', entityId: actor.userId })
        return codes
      }),

    verifySecondFactor,

    setRequiredByPolicy: (actor, required) =>
      store.write(async (tx) => {
        const before = await readRequireTwoFactor(tx)
        await writeRequireTwoFactor(tx, required, clock)
        await audit.record(tx, actor, { action: 'policy.update', entity: 'workspace', entityId: 'security', before: { requireTwoFactor: before }, after: { requireTwoFactor: required } })
      }),
  }
}
