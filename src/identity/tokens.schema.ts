import { Type, type Static } from '@sinclair/typebox'
import { Id, Nullable, RowMetaFields, ShortText, Timestamp } from '../modules/common.schema.js'
import { PERMISSIONS } from './permissions.js'

export const Scope = Type.Union(PERMISSIONS.map((p) => Type.Literal(p)))

/** A token as listed: never the secret, which is shown once at creation. */
export const ApiToken = Type.Object({
  ...RowMetaFields,
  userId: Id,
  name: ShortText,
  scopes: Nullable(Type.Array(Scope, { description: 'null = everything the role allows' })),
  expiresAt: Nullable(Timestamp),
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
})
export type ApiToken = Static<typeof ApiToken>

export const ApiTokenCreate = Type.Object({
  name: ShortText,
  scopes: Type.Optional(Nullable(Type.Array(Scope, { uniqueItems: true }))),
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, default: 90 })),
})
export type ApiTokenCreate = Static<typeof ApiTokenCreate>

export const ApiTokenCreated = Type.Object({ token: Type.String(), apiToken: ApiToken })
export type ApiTokenCreated = Static<typeof ApiTokenCreated>
