/**
 * Closed vocabularies of the planning model. Each set is an `as const` array so the union type,
 * runtime checks and schema enums all come from one list.
 */

/** TDD phases the store accepts; `null` on a task means "not a TDD task" (analysis, docs). */
export const TDD_PHASES = ['analysis', 'red', 'green', 'refactor', 'review'] as const
export type TddPhase = (typeof TDD_PHASES)[number]

/** Canonical task statuses. The reference also wrote 'todo'; it is read as 'pending'. */
export const TASK_STATUSES = ['pending', 'in_progress', 'blocked', 'completed', 'cancelled'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

/**
 * Epic statuses: the union of the reference's SQL default, validator and constants, because real
 * rows carry all of them. 'active' and 'in_progress' are kept apart so a round trip is lossless;
 * dashboards treat both (and 'pending') as active.
 */
export const EPIC_STATUSES = [
  'pending',
  'planning',
  'active',
  'in_progress',
  'on_hold',
  'completed',
  'cancelled',
  'archived',
] as const
export type EpicStatus = (typeof EPIC_STATUSES)[number]

/** Only 'blocking' constrains a schedule; 'related' and 'optional' are informational links. */
export const DEPENDENCY_TYPES = ['blocking', 'related', 'optional'] as const
export type DependencyType = (typeof DEPENDENCY_TYPES)[number]

export const DIFFICULTY_LEVELS = ['trivial', 'easy', 'medium', 'hard', 'epic'] as const
export type DifficultyLevel = (typeof DIFFICULTY_LEVELS)[number]

/** How durations turn into dates: every day counts, or only the business calendar's days. */
export const DURATION_MODES = ['calendar', 'business'] as const
export type DurationMode = (typeof DURATION_MODES)[number]

/** epic_timeline's status, derived only from the actual dates. */
export const TIMELINE_STATUSES = ['not_started', 'in_progress', 'completed'] as const
export type TimelineStatus = (typeof TIMELINE_STATUSES)[number]

function isMember<T extends string>(set: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (set as readonly string[]).includes(value)
}

export const isTddPhase = (value: unknown): value is TddPhase => isMember(TDD_PHASES, value)
export const isTaskStatus = (value: unknown): value is TaskStatus => isMember(TASK_STATUSES, value)
export const isEpicStatus = (value: unknown): value is EpicStatus => isMember(EPIC_STATUSES, value)
export const isDependencyType = (value: unknown): value is DependencyType =>
  isMember(DEPENDENCY_TYPES, value)
export const isDifficultyLevel = (value: unknown): value is DifficultyLevel =>
  isMember(DIFFICULTY_LEVELS, value)
export const isDurationMode = (value: unknown): value is DurationMode => isMember(DURATION_MODES, value)

/** Lower-case, trim, and fold spaces and hyphens to '_' so "In Progress" and "in-progress" meet. */
function foldToken(input: string): string {
  return input.trim().toLowerCase().replace(/[\s-]+/g, '_')
}

/**
 * A reader for one vocabulary: fold the text, accept a canonical member, else look the token up
 * in `synonyms`. A Map, not an object lookup, so 'constructor' or '__proto__' is never a status.
 */
function vocabularyReader<T extends string>(
  isCanonical: (token: string) => token is T,
  synonyms: Readonly<Record<string, T>> = {},
): (input: string) => T | null {
  const bySynonym = new Map<string, T>(Object.entries(synonyms))
  return (input) => {
    const token = foldToken(input)
    return isCanonical(token) ? token : (bySynonym.get(token) ?? null)
  }
}

const readTaskStatus = vocabularyReader(isTaskStatus, {
  todo: 'pending',
  to_do: 'pending',
  open: 'pending',
  new: 'pending',
  backlog: 'pending',
  not_started: 'pending',
  inprogress: 'in_progress',
  doing: 'in_progress',
  started: 'in_progress',
  wip: 'in_progress',
  active: 'in_progress',
  on_hold: 'blocked',
  waiting: 'blocked',
  done: 'completed',
  complete: 'completed',
  finished: 'completed',
  closed: 'completed',
  canceled: 'cancelled',
  dropped: 'cancelled',
})

const readEpicStatus = vocabularyReader(isEpicStatus, {
  todo: 'pending',
  inprogress: 'in_progress',
  done: 'completed',
  canceled: 'cancelled',
  paused: 'on_hold',
})

const readTddPhase = vocabularyReader(isTddPhase)

const readDependencyType = vocabularyReader(isDependencyType, {
  blocks: 'blocking',
  hard: 'blocking',
  relates: 'related',
  soft: 'optional',
})

/**
 * Maps the task statuses found in the reference's code and data to the canonical set
 * ('todo' → 'pending', 'done' → 'completed', "In Progress" → 'in_progress', …).
 * Returns null for anything it does not recognise, so callers decide whether that is an error.
 */
export function normalizeTaskStatus(input: string): TaskStatus | null {
  return readTaskStatus(input)
}

/** Canonical epic status, or null when the text is not a known status or synonym. */
export function normalizeEpicStatus(input: string): EpicStatus | null {
  return readEpicStatus(input)
}

/** Canonical TDD phase; case-insensitive. Empty text is not a phase (the store rejects ''). */
export function normalizeTddPhase(input: string): TddPhase | null {
  return readTddPhase(input)
}

/** Canonical dependency type; 'blocks'/'hard' read as blocking, 'soft' as optional. */
export function normalizeDependencyType(input: string): DependencyType | null {
  return readDependencyType(input)
}
