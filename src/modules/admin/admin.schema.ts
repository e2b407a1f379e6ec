import { Type, type Static } from '@sinclair/typebox'
import { Id, PageOf, PagingFields, ShortText, Timestamp } from '../common.schema.js'
import { PROJECT_ROLES, ProjectMember } from '../projects/projects.schema.js'
import { User, WORKSPACE_ROLES } from '../users/users.schema.js'

export const Role = Type.Union(WORKSPACE_ROLES.map((role) => Type.Literal(role)))

export const UserListQuery = Type.Object(
  {
    role: Type.Optional(Role),
    isActive: Type.Optional(Type.Boolean()),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    ...PagingFields,
  },
  { additionalProperties: false },
)
export type UserListQuery = Static<typeof UserListQuery>

export const UserPage = PageOf(User)

export const AdminUserCreate = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' }),
    displayName: ShortText,
    role: Type.Optional(Role),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 1024, description: 'Absent: a reset token is returned for the user to set one' })),
  },
  { additionalProperties: false },
)
export type AdminUserCreate = Static<typeof AdminUserCreate>

export const ResetTokenView = Type.Object({
  token: Type.String({ description: 'One-time secret, shown once; give it to the user over a trusted channel' }),
  expiresAt: Timestamp,
})

export const AdminUserCreated = Type.Object({ user: User, reset: Type.Union([ResetTokenView, Type.Null()]) })

export const RoleBody = Type.Object({ role: Role }, { additionalProperties: false })
export const ActiveBody = Type.Object({ isActive: Type.Boolean() }, { additionalProperties: false })
export const SessionsEnded = Type.Object({ sessionsEnded: Type.Integer({ minimum: 0 }) })

export const MemberParams = Type.Object({ id: Id, userId: Id })
export const MemberBody = Type.Object(
  { projectRole: Type.Union(PROJECT_ROLES.map((role) => Type.Literal(role))) },
  { additionalProperties: false },
)
export const MemberList = Type.Object({ items: Type.Array(ProjectMember) })

export const SecurityPolicy = Type.Object(
  { requireTwoFactor: Type.Boolean({ description: 'Everyone must use TOTP; users without it are held at enrolment after login' }) },
  { additionalProperties: false },
)
export type SecurityPolicy = Static<typeof SecurityPolicy>
