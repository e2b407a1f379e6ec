/**
 * Field names per dialect. The legacy names come from the reference's files and DB columns
 * (several aliases each: the first present wins); our format uses exactly the camelCase names.
 */

export const TASK_FIELDS = [
  'key',
  'title',
  'description',
  'tddPhase',
  'tddSkipReason',
  'status',
  'estimateMinutes',
  'actualMinutes',
  'storyPoints',
  'position',
  'acceptanceCriteria',
  'testSpecs',
  'deliverables',
  'filesTouched',
  'labels',
  'testPlan',
  'branch',
  'risk',
  'mitigation',
  'dependencies',
] as const
export type TaskField = (typeof TASK_FIELDS)[number]

export const EPIC_FIELDS = [
  'key',
  'name',
  'summary',
  'description',
  'durationText',
  'durationMode',
  'status',
  'priority',
  'goals',
  'definitionOfDone',
  'labels',
  'plannedStart',
  'plannedEnd',
  'tasks',
] as const
export type EpicField = (typeof EPIC_FIELDS)[number]

export interface DialectRules {
  /** Legacy: convert loose values and keep unknown fields as extra. Ours: reject both. */
  tolerant: boolean
  taskFields: Readonly<Record<TaskField, readonly string[]>>
  epicFields: Readonly<Record<EpicField, readonly string[]>>
}

export const LEGACY_RULES: DialectRules = {
  tolerant: true,
  taskFields: {
    key: ['id', 'task_key', 'key'],
    title: ['title', 'name'],
    description: ['description'],
    tddPhase: ['tdd_phase'],
    tddSkipReason: ['tdd_skip_reason'],
    status: ['status'],
    estimateMinutes: ['estimate_minutes'],
    actualMinutes: ['actual_minutes'],
    storyPoints: ['story_points'],
    position: ['task_sequence', 'position'],
    acceptanceCriteria: ['acceptance_criteria'],
    testSpecs: ['test_specs'],
    deliverables: ['deliverables'],
    filesTouched: ['files_touched'],
    labels: ['task_labels', 'labels'],
    testPlan: ['test_plan'],
    branch: ['branch', 'github_branch'],
    risk: ['risk'],
    mitigation: ['mitigation'],
    dependencies: ['dependencies'],
  },
  epicFields: {
    key: ['id', 'epic_key', 'key'],
    name: ['name'],
    summary: ['summary'],
    description: ['description'],
    durationText: ['duration', 'duration_description'],
    durationMode: ['duration_mode'],
    status: ['status'],
    priority: ['priority'],
    goals: ['goals'],
    definitionOfDone: ['definition_of_done'],
    labels: ['labels'],
    plannedStart: ['planned_start_date', 'planned_start'],
    plannedEnd: ['planned_end_date', 'planned_end'],
    tasks: ['tasks'],
  },
}

const identity = <T extends string>(fields: readonly T[]): Record<T, readonly string[]> =>
  Object.fromEntries(fields.map((field) => [field, [field]])) as unknown as Record<T, readonly string[]>

export const DURATION_EPIC_RULES: DialectRules = {
  tolerant: false,
  taskFields: identity(TASK_FIELDS),
  epicFields: identity(EPIC_FIELDS),
}
