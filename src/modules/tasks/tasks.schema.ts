import { Type, type Static } from '@sinclair/typebox'
import { Id, Key, LongText, Nullable, RowMetaFields, ShortText, SoftDeleteFields, Timestamp, TextList } from '../common.schema.js'

import { DEPENDENCY_TYPES, TASK_STATUSES, TDD_PHASES } from '../../domain/planning/index.js'

/** Input also accepts the original's `todo`, stored as `pending`. */
export const TaskStatusInput = Type.Union([...TASK_STATUSES, 'todo' as const].map((s) => Type.Literal(s)))

const editable = {
  title: ShortText,
  description: Nullable(LongText),
  tddPhase: Nullable(Type.Union(TDD_PHASES.map((s) => Type.Literal(s)))),
  tddSkipReason: Nullable(Type.String({ maxLength: 500 })),
  status: TaskStatusInput,
  estimateMinutes: Type.Integer({ minimum: 0, maximum: 100_000 }),
  storyPoints: Type.Integer({ minimum: 0, maximum: 1000 }),
  difficultyModifier: Nullable(Type.Number({ minimum: 0, maximum: 10 })),
  position: Type.Integer({ minimum: 0 }),
  priority: Nullable(Type.Integer({ minimum: 1, maximum: 5, description: '1 = highest' })),
  acceptanceCriteria: TextList,
  testSpecs: TextList,
  deliverables: TextList,
  filesTouched: TextList,
  labels: TextList,
  risk: Nullable(LongText),
  mitigation: Nullable(LongText),
  assignedTo: Nullable(Id),
}

export const Task = Type.Object({
  ...RowMetaFields,
  ...SoftDeleteFields,
  epicId: Id,
  taskKey: Key,
  ...editable,
  status: Type.Union(TASK_STATUSES.map((s) => Type.Literal(s))),
  actualMinutes: Type.Integer({ minimum: 0 }),
  pointsEarned: Type.Integer(),
  startedAt: Nullable(Timestamp),
  completedAt: Nullable(Timestamp),
})
export type Task = Static<typeof Task>

export const TaskCreate = Type.Intersect([
  Type.Object({ epicId: Id, taskKey: Key, title: ShortText }),
  Type.Partial(Type.Object({ ...editable, actualMinutes: Type.Integer({ minimum: 0 }) })),
])
export type TaskCreate = Static<typeof TaskCreate>

export const TaskPatch = Type.Partial(
  Type.Object({
    taskKey: Key,
    ...editable,
    pointsEarned: Type.Integer(),
    startedAt: Nullable(Timestamp),
    completedAt: Nullable(Timestamp),
  }),
)
export type TaskPatch = Static<typeof TaskPatch>

export const TaskDependency = Type.Object({
  ...RowMetaFields,
  taskId: Id,
  dependsOnKey: Type.String({ minLength: 1, maxLength: 120, description: 'Task key, or "<epicKey>/<taskKey>" across epics' }),
  dependsOnTaskId: Nullable(Id),
  dependencyType: Type.Union(DEPENDENCY_TYPES.map((s) => Type.Literal(s))),
})
export type TaskDependency = Static<typeof TaskDependency>

export const TaskDependencyCreate = Type.Object({
  taskId: Id,
  dependsOnKey: Type.String({ minLength: 1, maxLength: 120 }),
  dependsOnTaskId: Type.Optional(Nullable(Id)),
  dependencyType: Type.Optional(Type.Union(DEPENDENCY_TYPES.map((s) => Type.Literal(s)))),
})
export type TaskDependencyCreate = Static<typeof TaskDependencyCreate>
export const TaskDependencyPatch = Type.Partial(Type.Pick(TaskDependency, ['dependsOnTaskId', 'dependencyType']))
export type TaskDependencyPatch = Static<typeof TaskDependencyPatch>

/** Fields a task list may filter (equality) and sort on; the repository and the routes share them. */
export const TASK_LIST_FIELDS = {
  filterable: ['epicId', 'taskKey', 'status', 'tddPhase', 'assignedTo'],
  sortable: ['position', 'createdAt', 'updatedAt', 'taskKey', 'title', 'priority', 'estimateMinutes'],
  defaultSort: 'position',
} as const
