import type { WorkspaceRole } from '../modules/users/users.schema.js'
import type { Actor } from './actor.js'
import { PERMISSIONS, type Permission } from './permissions.js'

const BUSINESS_READ: readonly Permission[] = [
  'clients:read', 'projects:read', 'epics:read', 'tasks:read', 'sessions:read', 'analytics:read',
  'settings:read', 'users:read', 'imports:read',
]
const BUSINESS_WRITE: readonly Permission[] = [
  'clients:write', 'projects:write', 'epics:write', 'tasks:write', 'sessions:write', 'analytics:write',
  'settings:write', 'users:write', 'imports:write',
]

/** What each workspace role may do, before object-level checks (membership) narrow it further. */
export const ROLE_PERMISSIONS: Readonly<Record<WorkspaceRole, ReadonlySet<Permission>>> = {
  owner: new Set(PERMISSIONS),
  admin: new Set(PERMISSIONS),
  member: new Set<Permission>(['public', 'authenticated', ...BUSINESS_READ, ...BUSINESS_WRITE]),
  // Viewers read; they may still run their own timer and edit their own account and settings.
  viewer: new Set<Permission>(['public', 'authenticated', ...BUSINESS_READ, 'sessions:write', 'users:write', 'settings:write']),
}

/** True when the actor's role grants `permission` and, for tokens, the token's scopes include it. */
export function hasPermission(actor: Actor, permission: Permission): boolean {
  if (permission === 'public') {
    return true
  }
  if (!ROLE_PERMISSIONS[actor.role].has(permission)) {
    return false
  }
  return actor.scopes === null || permission === 'authenticated' || actor.scopes.includes(permission)
}
