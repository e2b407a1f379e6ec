import { Type, type Static } from '@sinclair/typebox'
import { Id, Key, LocalDateString, LongText, Nullable, RowMetaFields, ShortText, SoftDeleteFields, TextList } from '../common.schema.js'

import { DIFFICULTY_LEVELS, DURATION_MODES as SCHEDULE_MODES, EPIC_STATUSES } from '../../domain/planning/index.js'

const editable = {
  projectId: Nullable(Id),
  name: ShortText,
  summary: Nullable(LongText),
  description: Nullable(LongText),
  status: Type.Union(EPIC_STATUSES.map((s) => Type.Literal(s))),
  priority: Type.Integer({ minimum: 1, maximum: 10 }),
  difficulty: Type.Union(DIFFICULTY_LEVELS.map((s) => Type.Literal(s))),
  durationText: Nullable(Type.String({ maxLength: 50, description: 'e.g. "1.5 dias", "2 weeks"' })),
  durationDays: Nullable(Type.Number({ minimum: 0 })),
  scheduleMode: Type.Union(SCHEDULE_MODES.map((s) => Type.Literal(s))),
  plannedStart: Nullable(LocalDateString),
  plannedEnd: Nullable(LocalDateString),
  actualStart: Nullable(LocalDateString),
  actualEnd: Nullable(LocalDateString),
  goals: TextList,
  definitionOfDone: TextList,
  labels: TextList,
  extra: Type.Record(Type.String(), Type.Unknown(), { description: 'Fields of imported files kept for round trip' }),
  pointsValue: Type.Integer({ minimum: 0 }),
  checksum: Nullable(Type.String()),
  assignedTo: Nullable(Id),
}

export const Epic = Type.Object({
  ...RowMetaFields,
  ...SoftDeleteFields,
  epicKey: Key,
  ...editable,
  createdBy: Nullable(Type.String()),
})
export type Epic = Static<typeof Epic>

export const EpicCreate = Type.Intersect([
  Type.Object({ epicKey: Key, name: ShortText }),
  Type.Partial(Type.Object({ ...editable, createdBy: Nullable(Type.String()) })),
])
export type EpicCreate = Static<typeof EpicCreate>

export const EpicPatch = Type.Partial(Type.Object({ epicKey: Key, ...editable }))
export type EpicPatch = Static<typeof EpicPatch>

/** Fields a epic list may filter (equality) and sort on; the repository and the routes share them. */
export const EPIC_LIST_FIELDS = {
  filterable: ['projectId', 'epicKey', 'status', 'assignedTo', 'createdBy'],
  sortable: ['createdAt', 'updatedAt', 'name', 'epicKey', 'priority', 'plannedStart', 'plannedEnd'],
  defaultSort: 'createdAt',
} as const
