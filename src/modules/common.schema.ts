import { Type, type TSchema } from '@sinclair/typebox'

/** Pieces every module schema reuses; the entity schemas are the types (Static<typeof X>). */

export const Id = Type.String({ format: 'uuid', description: 'UUIDv7' })
export const Timestamp = Type.String({ format: 'date-time', description: 'UTC ISO-8601' })
export const LocalDateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Calendar date YYYY-MM-DD' })
export const Version = Type.Integer({ minimum: 1, description: 'Optimistic-concurrency version; send it back on update' })
export const ShortText = Type.String({ minLength: 1, maxLength: 255 })
export const LongText = Type.String({ maxLength: 20_000 })
export const TextList = Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 500 })
export const Key = Type.String({ minLength: 1, maxLength: 50, pattern: '^[^\\s/]+( [^\\s/]+)*$' })

export const RowMetaFields = {
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
}

export const SoftDeleteFields = {
  deletedAt: Type.Union([Timestamp, Type.Null()]),
}

export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()])
}

/** `limit`/`offset` of a paged list query (spread into its Type.Object). */
export const PagingFields = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
}

/** `{ items, total, limit, offset }` around an item schema: every paged list answers this. */
export function PageOf<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0 }),
    limit: Type.Integer({ minimum: 1 }),
    offset: Type.Integer({ minimum: 0 }),
  })
}
