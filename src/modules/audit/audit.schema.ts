import { Type, type Static } from '@sinclair/typebox'
import { Id, Nullable, PageOf, PagingFields, Timestamp } from '../common.schema.js'

const Mac = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'HMAC-SHA-256, hex' })

/** One audit entry, exactly as stored and as the MAC covers it (plus the MAC itself). */
export const AuditEntryView = Type.Object({
  seq: Type.Integer({ minimum: 1, description: 'Position in the chain, 1, 2, 3 … without gaps' }),
  id: Id,
  createdAt: Timestamp,
  actorUserId: Nullable(Type.String()),
  actorVia: Nullable(Type.String({ description: 'session, token or local' })),
  credentialId: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  action: Type.String({ description: 'e.g. auth.login.success, task.update, user.role_change' }),
  entity: Type.String(),
  entityId: Type.String(),
  data: Type.Unknown({ description: '{after} on create, {before} on delete, {changes: {field: {from, to}}} on update' }),
  prevMac: Mac,
  mac: Mac,
})
export type AuditEntryView = Static<typeof AuditEntryView>

const Filters = {
  actor: Type.Optional(Type.String({ format: 'uuid', description: 'Actor user id' })),
  action: Type.Optional(Type.String({ maxLength: 100, description: 'Exact action or a prefix ending before a dot: `auth.login`' })),
  entity: Type.Optional(Type.String({ maxLength: 50 })),
  entityId: Type.Optional(Type.String({ maxLength: 100 })),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Inclusive lower bound' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Inclusive upper bound' })),
}

export const AuditQuery = Type.Object(
  {
    ...Filters,
    ...PagingFields,
    order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'desc' })),
  },
  { additionalProperties: false },
)
export type AuditQuery = Static<typeof AuditQuery>

export const AuditExportQuery = Type.Object(Filters, { additionalProperties: false })
export type AuditExportQuery = Static<typeof AuditExportQuery>

export const AuditPage = PageOf(AuditEntryView)

export const AuditVerifyView = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer({ minimum: 0 }),
  headSeq: Type.Integer({ minimum: 0 }),
  problems: Type.Array(
    Type.Object({
      kind: Type.Union([Type.Literal('missing'), Type.Literal('altered'), Type.Literal('relinked'), Type.Literal('truncated')]),
      seq: Type.Integer(),
      toSeq: Type.Optional(Type.Integer()),
      message: Type.String(),
    }),
  ),
})
