import { Type, type Static } from '@sinclair/typebox'
import { Nullable, Timestamp } from '../common.schema.js'
import { User } from '../users/users.schema.js'
import { Scope } from '../../identity/tokens.schema.js'

const Email = Type.String({ minLength: 3, maxLength: 254 })
/** Long enough for any passphrase; the policy (12–256 characters) is checked by the service. */
const Password = Type.String({ minLength: 1, maxLength: 1024 })
const Code = Type.String({ minLength: 6, maxLength: 20, description: 'A 6-digit TOTP code or a recovery code (xxxxx-xxxxx)' })
const CsrfToken = Type.String({ description: 'Send it back in the x-csrf-token header on POST/PATCH/PUT/DELETE' })

export const LoginBody = Type.Object(
  { email: Email, password: Password, totp: Type.Optional(Code) },
  { additionalProperties: false },
)
export type LoginBody = Static<typeof LoginBody>

export const LOGIN_STATES = ['active', 'enrolment_required', 'totp_required'] as const

/**
 * `active`: signed in. `enrolment_required`: signed in, but only two-factor enrolment is allowed
 * until it is done. `totp_required`: the password was right; send it again with `totp` (no session yet).
 */
export const LoginResponse = Type.Object({
  state: Type.Union(LOGIN_STATES.map((state) => Type.Literal(state))),
  user: Type.Optional(User),
  csrfToken: Type.Optional(CsrfToken),
  expiresAt: Type.Optional(Timestamp),
})
export type LoginResponse = Static<typeof LoginResponse>

export const TwoFactorStatusView = Type.Object({
  enabled: Type.Boolean(),
  pending: Type.Boolean(),
  recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  requiredByPolicy: Type.Boolean(),
})

export const MeResponse = Type.Object({
  user: User,
  via: Type.Union([Type.Literal('session'), Type.Literal('token'), Type.Literal('local')]),
  scopes: Nullable(Type.Array(Scope)),
  session: Nullable(
    Type.Object({
      id: Type.String(),
      state: Type.Union([Type.Literal('active'), Type.Literal('enrolment_required')]),
      createdAt: Timestamp,
      lastSeenAt: Timestamp,
      expiresAt: Timestamp,
    }),
  ),
  csrfToken: Nullable(CsrfToken),
  twoFactor: TwoFactorStatusView,
})

export const PasswordChangeBody = Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false })
export const PasswordResetBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), newPassword: Password },
  { additionalProperties: false },
)

/** After a change that rotated the session: the new CSRF token (null when the caller used a bearer token). */
export const RotatedResponse = Type.Object({ csrfToken: Nullable(CsrfToken) })
export const LogoutAllResponse = Type.Object({ sessionsEnded: Type.Integer({ minimum: 0 }) })

export const EnrolResponse = Type.Object({
  secret: Type.String({ description: 'Base32 secret, for typing into an authenticator app' }),
  uri: Type.String({ description: 'otpauth:// URI, for authenticator apps that take a link' }),
  qrSvg: Type.String({ description: 'The URI as a QR code (SVG markup), ready to show' }),
})
export const CodeBody = Type.Object({ code: Code }, { additionalProperties: false })
export const DisableBody = Type.Object({ password: Password, code: Code }, { additionalProperties: false })
export const RecoveryCodesResponse = Type.Object({
  recoveryCodes: Type.Array(Type.String(), { description: 'Shown once; each works once' }),
  csrfToken: Type.Optional(Nullable(CsrfToken)),
})
