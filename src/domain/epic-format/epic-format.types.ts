import type { LocalDate } from '../calendar/index.js'
import type { ValidationIssue } from '../errors.js'
import type { DependencyType, DurationMode, EpicStatus, TaskStatus, TddPhase } from '../planning/index.js'

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject
export interface JsonObject {
  [key: string]: JsonValue
}

/** A dependency as written in the file: the key is unqualified ("5.3b.2") or qualified ("5/5.3b.2"). */
export interface NormalizedDependency {
  key: string
  type: DependencyType
}

export interface NormalizedTask {
  /** Unique within its epic only; across epics use planning's qualifyTaskKey. */
  key: string
  title: string
  description: string
  /** null = not a TDD task (analysis, docs); see tddSkipReason. */
  tddPhase: TddPhase | null
  tddSkipReason: string | null
  status: TaskStatus
  /** null = not stated (the store's default is 60). */
  estimateMinutes: number | null
  actualMinutes: number
  /** null = not stated (the store's default is 1). */
  storyPoints: number | null
  /** 1-based order in the epic (task_sequence). */
  position: number
  acceptanceCriteria: string[]
  testSpecs: string[]
  deliverables: string[]
  filesTouched: string[]
  labels: string[]
  testPlan: string[]
  /** Git branch (the store's github_branch). */
  branch: string | null
  risk: string | null
  mitigation: string | null
  dependencies: NormalizedDependency[]
  /** Fields this format does not model, kept verbatim so nothing is lost on a round trip. */
  extra: JsonObject
}

export interface NormalizedEpic {
  /** Unique across epics; never contains '/'. Real keys look like "0", "0.5", "ANALYTICS". */
  key: string
  name: string
  summary: string
  description: string
  /** Duration as written ("1.5 dias"); null when the file has none. */
  durationText: string | null
  /** Calendar days parsed from durationText; null when absent or unparseable ("[X dias]"). */
  durationDays: number | null
  durationMode: DurationMode
  status: EpicStatus
  /** null = not stated (the store's default is 1). */
  priority: number | null
  goals: string[]
  definitionOfDone: string[]
  labels: string[]
  plannedStart: LocalDate | null
  plannedEnd: LocalDate | null
  /** Epic fields this format does not model (automation_hooks, quality_gates, …), verbatim. */
  extra: JsonObject
  /** Top-level keys next to the epic (the template's `_metadata`), verbatim. */
  documentExtra: JsonObject
  tasks: NormalizedTask[]
}

export const EPIC_DIALECTS = ['duration-epic', 'legacy'] as const
export type EpicDialect = (typeof EPIC_DIALECTS)[number]

export interface ParsedEpic {
  epic: NormalizedEpic
  /** Which format the input was in. */
  dialect: EpicDialect
  /** Things tolerated on the way in (unparseable duration, flattened test_specs, …). */
  warnings: ValidationIssue[]
}

/** Identifies our own format in the `format` field of the file. */
export const EPIC_FORMAT_ID = 'duration-epic'
export const EPIC_FORMAT_VERSION = 1
