import { Type, type Static } from '@sinclair/typebox'
import { EPIC_DIALECTS } from '../../domain/epic-format/index.js'
import { Id } from '../common.schema.js'

export const ImportQuery = Type.Object(
  { projectId: Type.Optional(Type.String({ format: 'uuid', description: 'Project a new epic goes under (must be visible to you)' })) },
  { additionalProperties: false },
)
export type ImportQuery = Static<typeof ImportQuery>

/** One epic file, as JSON: the reference project's dialect or our `duration-epic` format. */
export const EpicFileBody = Type.Object({}, {
  additionalProperties: true,
  description: 'One epic file (docs/formats/epic.schema.json, or the original tool\'s epic JSON)',
})

const Counts = {
  created: Type.Integer({ minimum: 0 }),
  updated: Type.Integer({ minimum: 0 }),
  unchanged: Type.Integer({ minimum: 0 }),
}

export const ImportSummary = Type.Object({
  epic: Type.Object({
    id: Id,
    key: Type.String(),
    name: Type.String(),
    version: Type.Integer({ minimum: 1 }),
    action: Type.Union([Type.Literal('created'), Type.Literal('updated'), Type.Literal('unchanged')]),
  }),
  dialect: Type.Union(EPIC_DIALECTS.map((dialect) => Type.Literal(dialect))),
  checksum: Type.String({ description: 'SHA-256 of the canonical form of the file' }),
  warnings: Type.Array(Type.Object({ pointer: Type.String(), message: Type.String() }), {
    description: 'Things tolerated on the way in (e.g. a duration placeholder left empty)',
  }),
  epics: Type.Object(Counts),
  tasks: Type.Object({ ...Counts, removed: Type.Integer({ minimum: 0, description: 'Tasks no longer in the file, soft-deleted' }) }),
  dependencies: Type.Object({
    ...Counts,
    removed: Type.Integer({ minimum: 0 }),
    unresolved: Type.Array(Type.String(), { description: 'Dependency keys no task in the workspace answers to (yet)' }),
  }),
})
export type ImportSummary = Static<typeof ImportSummary>

export const ExportParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64, description: 'Epic id (UUID) or epic key' }),
})

/** Shape of an exported file (documentation only: the text is sent as is, byte for byte). */
export const EpicDocument = Type.Object(
  { format: Type.Literal('duration-epic'), version: Type.Integer(), epic: Type.Object({}, { additionalProperties: true }) },
  { additionalProperties: true },
)
