import { writeEpicJson } from './epic-json.writer.js'
import {
  EPIC_FORMAT_ID,
  EPIC_FORMAT_VERSION,
  type JsonObject,
  type NormalizedEpic,
  type NormalizedTask,
} from './epic-format.types.js'

function taskDocument(task: NormalizedTask): JsonObject {
  const document: JsonObject = {
    key: task.key,
    title: task.title,
    description: task.description,
    tddPhase: task.tddPhase,
    tddSkipReason: task.tddSkipReason,
    status: task.status,
    estimateMinutes: task.estimateMinutes,
    actualMinutes: task.actualMinutes,
    storyPoints: task.storyPoints,
    position: task.position,
    acceptanceCriteria: [...task.acceptanceCriteria],
    testSpecs: [...task.testSpecs],
    deliverables: [...task.deliverables],
    filesTouched: [...task.filesTouched],
    labels: [...task.labels],
    testPlan: [...task.testPlan],
    branch: task.branch,
    risk: task.risk,
    mitigation: task.mitigation,
    dependencies: task.dependencies.map((dependency) => ({ key: dependency.key, type: dependency.type })),
  }
  if (Object.keys(task.extra).length > 0) {
    document.extra = task.extra
  }
  return document
}

/**
 * The epic as a document in our format. durationDays is not written: it is derived from
 * durationText on import, so the two can never disagree in a file.
 */
export function toEpicDocument(epic: NormalizedEpic): JsonObject {
  const body: JsonObject = {
    key: epic.key,
    name: epic.name,
    summary: epic.summary,
    description: epic.description,
    durationText: epic.durationText,
    durationMode: epic.durationMode,
    status: epic.status,
    priority: epic.priority,
    goals: [...epic.goals],
    definitionOfDone: [...epic.definitionOfDone],
    labels: [...epic.labels],
    plannedStart: epic.plannedStart,
    plannedEnd: epic.plannedEnd,
  }
  if (Object.keys(epic.extra).length > 0) {
    body.extra = epic.extra
  }
  body.tasks = epic.tasks.map(taskDocument)
  const document: JsonObject = { format: EPIC_FORMAT_ID, version: EPIC_FORMAT_VERSION, epic: body }
  if (Object.keys(epic.documentExtra).length > 0) {
    document.documentExtra = epic.documentExtra
  }
  return document
}

/**
 * Our format as text, deterministically: fixed field order, free-form `extra` keys sorted,
 * 2-space indent, trailing newline. export → import → export is byte-identical.
 */
export function serializeEpic(epic: NormalizedEpic): string {
  return `${writeEpicJson(toEpicDocument(epic))}\n`
}

/**
 * Checksum of the canonical serialization (the store's json_checksum is SHA-256 hex). The domain
 * has no crypto, so the caller passes the hash, e.g.
 * `(text) => createHash('sha256').update(text).digest('hex')` on Node or a WebCrypto wrapper
 * (its Promise is returned as is).
 */
export function epicChecksum<T>(epic: NormalizedEpic, hash: (canonicalText: string) => T): T {
  return hash(serializeEpic(epic))
}
