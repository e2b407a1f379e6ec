import type { RowMeta } from './tables.js'

/** Row types of the identity tables (credentials, sessions, two-factor, audit trail); see tables.ts. */

export interface ApiTokenTable extends RowMeta {
  user_id: string
  name: string
  token_hash: string
  scopes: string | null
  expires_at: string | null
  last_used_at: string | null
  revoked_at: string | null
}

export interface AuthSessionTable extends RowMeta {
  user_id: string
  secret_hash: string
  state: string
  last_seen_at: string
  expires_at: string
  revoked_at: string | null
  ip: string | null
  user_agent: string | null
}

/** One failed (or in-flight) login attempt; `created_at` is when it happened. */
export interface LoginAttemptTable extends RowMeta {
  throttle_key: string
}

export interface UserTwoFactorTable extends RowMeta {
  user_id: string
  secret_ciphertext: string
  enabled_at: string | null
  last_used_step: number | null
}

export interface RecoveryCodeTable extends RowMeta {
  user_id: string
  code_hash: string
  used_at: string | null
}

export interface PasswordResetTable extends RowMeta {
  user_id: string
  token_hash: string
  expires_at: string
  used_at: string | null
  created_by: string | null
}

/** Append-only; `created_at` is when the event happened, `mac` chains it to the entry before. */
export interface AuditLogTable extends RowMeta {
  seq: number
  actor_user_id: string | null
  actor_via: string | null
  credential_id: string | null
  request_id: string | null
  ip: string | null
  action: string
  entity: string
  entity_id: string
  data: string
  prev_mac: string
  mac: string
}

export interface AuditChainHeadTable extends RowMeta {
  seq: number
  mac: string
}
