import { Type, type Static } from '@sinclair/typebox'
import { Nullable, RowMetaFields, ShortText, Timestamp } from '../common.schema.js'

export const WORKSPACE_ROLES = ['owner', 'admin', 'member', 'viewer'] as const
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number]

export const User = Type.Object({
  ...RowMetaFields,
  email: Type.String({ format: 'email', maxLength: 254 }),
  displayName: ShortText,
  role: Type.Union(WORKSPACE_ROLES.map((r) => Type.Literal(r))),
  isActive: Type.Boolean(),
  timeZone: Type.String(),
  locale: Type.String(),
  totalPoints: Type.Integer(),
  lastLoginAt: Nullable(Timestamp),
})
export type User = Static<typeof User>

export const UserCreate = Type.Object({
  email: Type.String({ format: 'email', maxLength: 254 }),
  displayName: ShortText,
  role: Type.Optional(Type.Union(WORKSPACE_ROLES.map((r) => Type.Literal(r)))),
  timeZone: Type.Optional(Type.String()),
  locale: Type.Optional(Type.String()),
})
export type UserCreate = Static<typeof UserCreate>

export const UserPatch = Type.Partial(
  Type.Object({ displayName: ShortText, timeZone: Type.String(), locale: Type.String() }),
)
export type UserPatch = Static<typeof UserPatch>
