import { Type, type Static } from '@sinclair/typebox'
import { Key, LongText, Nullable, RowMetaFields, ShortText, SoftDeleteFields } from '../common.schema.js'

export const CLIENT_STATUSES = ['active', 'inactive', 'suspended', 'archived'] as const
export const CLIENT_TIERS = ['basic', 'standard', 'premium', 'enterprise', 'internal'] as const
export const COMPANY_SIZES = ['startup', 'small', 'medium', 'large', 'enterprise'] as const

const editable = {
  name: ShortText,
  description: Nullable(LongText),
  industry: Nullable(ShortText),
  companySize: Nullable(Type.Union(COMPANY_SIZES.map((s) => Type.Literal(s)))),
  contactName: Nullable(ShortText),
  contactEmail: Nullable(Type.String({ format: 'email', maxLength: 254 })),
  contactPhone: Nullable(Type.String({ maxLength: 40 })),
  billingEmail: Nullable(Type.String({ format: 'email', maxLength: 254 })),
  billingAddress: Nullable(Type.String({ maxLength: 1000 })),
  taxId: Nullable(Type.String({ maxLength: 40 })),
  hourlyRate: Nullable(Type.Number({ minimum: 0, maximum: 10_000 })),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  preferredLanguage: Type.String({ minLength: 2, maxLength: 16 }),
  status: Type.Union(CLIENT_STATUSES.map((s) => Type.Literal(s))),
  tier: Type.Union(CLIENT_TIERS.map((s) => Type.Literal(s))),
  priority: Type.Integer({ minimum: 1, maximum: 10, description: 'Higher = more important' }),
}

export const Client = Type.Object({
  ...RowMetaFields,
  ...SoftDeleteFields,
  clientKey: Key,
  ...editable,
  createdBy: Nullable(Type.String()),
})
export type Client = Static<typeof Client>

export const ClientCreate = Type.Intersect([
  Type.Object({ clientKey: Key, name: ShortText }),
  Type.Partial(Type.Object({ ...editable, createdBy: Nullable(Type.String()) })),
])
export type ClientCreate = Static<typeof ClientCreate>

export const ClientPatch = Type.Partial(Type.Object({ clientKey: Key, ...editable }))
export type ClientPatch = Static<typeof ClientPatch>

/** Fields a client list may filter (equality) and sort on; the repository and the routes share them. */
export const CLIENT_LIST_FIELDS = {
  filterable: ['clientKey', 'status', 'tier', 'createdBy'],
  sortable: ['createdAt', 'updatedAt', 'name', 'clientKey', 'priority'],
  defaultSort: 'createdAt',
} as const
