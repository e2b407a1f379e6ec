import type { WorkspaceRole } from '../modules/users/users.schema.js'
import type { Permission } from './permissions.js'

/**
 * Who is acting. Services receive an Actor and never look at HTTP: the auth plugin builds one
 * from a session cookie or a bearer token, the CLI's local mode from the chosen user.
 */
export interface Actor {
  readonly userId: string
  readonly role: WorkspaceRole
  /** How the caller proved who they are. */
  readonly via: 'session' | 'token' | 'local'
  /** Permissions a token was limited to; null = everything the role allows. */
  readonly scopes: readonly Permission[] | null
  /** Id of the session or token used (for audit and revocation). */
  readonly credentialId: string | null
  /** Request this action belongs to, for the audit trail. */
  readonly requestId?: string
  /** Client address as the server saw it (after trustProxy). */
  readonly ip?: string
}

/** Owners and admins see every object; members and viewers only their projects' objects. */
export function seesEverything(actor: Actor): boolean {
  return actor.role === 'owner' || actor.role === 'admin'
}
