import { Type, type Static } from '@sinclair/typebox'
import { Id, Key, LocalDateString, LongText, Nullable, RowMetaFields, ShortText, SoftDeleteFields } from '../common.schema.js'

/** `in_progress` is accepted as a synonym of `active` on input (the original used both). */
export const PROJECT_STATUSES = ['planning', 'active', 'on_hold', 'completed', 'cancelled', 'archived'] as const
export const HEALTH_STATUSES = ['green', 'yellow', 'red'] as const

const editable = {
  name: ShortText,
  description: Nullable(LongText),
  status: Type.Union(PROJECT_STATUSES.map((s) => Type.Literal(s))),
  priority: Type.Integer({ minimum: 1, maximum: 10, description: 'Higher = more important' }),
  healthStatus: Type.Union(HEALTH_STATUSES.map((s) => Type.Literal(s))),
  plannedStart: Nullable(LocalDateString),
  plannedEnd: Nullable(LocalDateString),
  actualStart: Nullable(LocalDateString),
  actualEnd: Nullable(LocalDateString),
  estimatedHours: Nullable(Type.Number({ minimum: 0 })),
  budgetAmount: Nullable(Type.Number({ minimum: 0, maximum: 10_000_000 })),
  budgetCurrency: Type.String({ pattern: '^[A-Z]{3}$' }),
}

export const Project = Type.Object({
  ...RowMetaFields,
  ...SoftDeleteFields,
  clientId: Id,
  projectKey: Key,
  ...editable,
  createdBy: Nullable(Type.String()),
})
export type Project = Static<typeof Project>

export const ProjectCreate = Type.Intersect([
  Type.Object({ clientId: Id, projectKey: Key, name: ShortText }),
  Type.Partial(Type.Object({ ...editable, createdBy: Nullable(Type.String()) })),
])
export type ProjectCreate = Static<typeof ProjectCreate>

export const ProjectPatch = Type.Partial(Type.Object({ projectKey: Key, ...editable }))
export type ProjectPatch = Static<typeof ProjectPatch>

export const PROJECT_ROLES = ['manager', 'member', 'viewer'] as const
export const ProjectMember = Type.Object({
  ...RowMetaFields,
  projectId: Id,
  userId: Id,
  projectRole: Type.Union(PROJECT_ROLES.map((r) => Type.Literal(r))),
})
export type ProjectMember = Static<typeof ProjectMember>
export const ProjectMemberCreate = Type.Object({
  projectId: Id,
  userId: Id,
  projectRole: Type.Optional(ProjectMember.properties.projectRole),
})
export type ProjectMemberCreate = Static<typeof ProjectMemberCreate>
export const ProjectMemberPatch = Type.Object({ projectRole: ProjectMember.properties.projectRole })
export type ProjectMemberPatch = Static<typeof ProjectMemberPatch>

/** Fields a project list may filter (equality) and sort on; the repository and the routes share them. */
export const PROJECT_LIST_FIELDS = {
  filterable: ['clientId', 'projectKey', 'status', 'healthStatus', 'createdBy'],
  sortable: ['createdAt', 'updatedAt', 'name', 'projectKey', 'priority', 'plannedStart', 'plannedEnd'],
  defaultSort: 'createdAt',
} as const
