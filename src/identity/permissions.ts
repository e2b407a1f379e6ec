/**
 * Every permission a route can require, as one closed set. Routes name exactly one of these in
 * `config.permission` (checked at startup by `src/http/route-policy.ts`), and the RBAC policy maps
 * roles to subsets of it. Resource names are plural like their URLs (`/tasks` ↔ `tasks:*`).
 *
 * - `public`: no login at all (health, login form, OpenAPI document).
 * - `authenticated`: any signed-in user, whatever the role (e.g. `GET /me`, logout).
 * - `<resource>:read|write`: the caller's own workspace data; `users:*` is the caller's own account.
 * - `admin:*`: operator actions across users (user management, audit trail, system settings).
 */
export const PERMISSIONS = [
  'public',
  'authenticated',
  'clients:read',
  'clients:write',
  'projects:read',
  'projects:write',
  'epics:read',
  'epics:write',
  'tasks:read',
  'tasks:write',
  'sessions:read',
  'sessions:write',
  'analytics:read',
  'analytics:write',
  'settings:read',
  'settings:write',
  'users:read',
  'users:write',
  'imports:read',
  'imports:write',
  'admin:users',
  'admin:audit',
  'admin:system',
] as const

/** One entry of {@link PERMISSIONS}. */
export type Permission = (typeof PERMISSIONS)[number]

const permissionSet: ReadonlySet<string> = new Set(PERMISSIONS)

/** Narrows an untyped value (e.g. a route's runtime config) to a known permission. */
export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && permissionSet.has(value)
}
