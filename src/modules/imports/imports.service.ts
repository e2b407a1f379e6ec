import { createHash } from 'node:crypto'
import type { Clock } from '../../domain/clock.js'
import {
  epicChecksum, parseEpicDocument, serializeEpic,
} from '../../domain/epic-format/index.js'
import { NotFoundError, ValidationError } from '../../domain/errors.js'
import type { Actor } from '../../identity/actor.js'
import type { Store } from '../../store/store.js'
import { projectsRepository } from '../projects/projects.repository.js'
import { visibilityOf, type AuditSink } from '../resource.service.js'
import { refreshOtherEpics, syncDependencies } from './dependency-sync.js'
import { syncEpic, syncTasks } from './epic-sync.js'
import { assertFitsStore } from './import-guards.js'
import { toNormalizedEpic } from './imports.mapping.js'
import { findVisibleEpic, listEpicDependencies, listEpicTasks, serializeImports } from './imports.repository.js'
import type { ImportSummary } from './imports.schema.js'

export interface ImportOptions {
  /** Project a newly created epic goes under; for an existing epic, moves it there. */
  projectId?: string | undefined
}

/** An exported epic file. */
export interface EpicExport {
  epicId: string
  key: string
  /** Safe for a Content-Disposition header and any file system: `<key>.epic.json`. */
  fileName: string
  /** Canonical text (serializeEpic), ending in a newline. */
  text: string
}

export interface ImportsService {
  /**
   * Imports one epic file (text, or an already decoded JSON document) in one transaction: all of
   * it or, on any error, nothing. Idempotent; rows are matched by epic key, then task key.
   * @throws ValidationError with JSON pointers into the file; ConflictError when the epic key is
   *   taken by an epic the actor may not see; NotFoundError for an invisible `projectId`.
   */
  importEpic(actor: Actor, input: unknown, options?: ImportOptions): Promise<ImportSummary>
  /**
   * The epic as a `duration-epic` file; `idOrKey` is its id or its key.
   * @throws NotFoundError when missing or not visible to the actor.
   */
  exportEpic(actor: Actor, idOrKey: string): Promise<EpicExport>
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Text is decoded here (a leading BOM ignored) so pointers can be computed on the raw document. */
function decode(input: unknown): unknown {
  if (typeof input !== 'string') {
    return input
  }
  try {
    return JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input) as unknown
  } catch (error) {
    throw new ValidationError('epic file is not valid JSON', [{ pointer: '', message: error instanceof Error ? error.message : String(error) }])
  }
}

function fileNameOf(key: string): string {
  return `${key.replace(/[^A-Za-z0-9._-]/g, '_')}.epic.json`
}

export function createImportsService({ store, clock, audit }: { store: Store; clock: Clock; audit: AuditSink }): ImportsService {
  return {
    async importEpic(actor, input, options = {}) {
      const document = decode(input)
      const parsed = parseEpicDocument(document)
      assertFitsStore(document, parsed)
      const { epic } = parsed
      const checksum = epicChecksum(epic, sha256)
      return store.write(async (tx) => {
        await serializeImports(tx, store.dialect)
        if (options.projectId !== undefined) {
          await projectsRepository.require(tx, options.projectId, { visibleTo: visibilityOf(actor) })
        }
        const synced = await syncEpic(tx, clock, actor, { epic, checksum, projectId: options.projectId })
        const tasks = await syncTasks(tx, clock, synced.epic.id, epic.tasks)
        const dependencies = await syncDependencies(tx, clock, { epic, epicId: synced.epic.id, taskIdsByKey: tasks.idsByKey })
        await refreshOtherEpics(tx, clock, {
          epicKey: epic.key, epicId: synced.epic.id, taskKeys: [...tasks.idsByKey.keys()], removedTaskIds: tasks.removedIds,
        })
        const summary: ImportSummary = {
          epic: { id: synced.epic.id, key: epic.key, name: synced.epic.name, version: synced.epic.version, action: synced.action },
          dialect: parsed.dialect,
          checksum,
          warnings: parsed.warnings.map((warning) => ({ pointer: warning.pointer, message: warning.message })),
          epics: { created: 0, updated: 0, unchanged: 0, [synced.action]: 1 },
          tasks: { ...tasks.counts },
          dependencies: { ...dependencies.counts, unresolved: dependencies.unresolved },
        }
        await audit.record(tx, actor, {
          action: 'epic.import', entity: 'epic', entityId: synced.epic.id,
          after: { key: epic.key, checksum, epics: summary.epics, tasks: summary.tasks, dependencies: summary.dependencies },
        })
        return summary
      })
    },

    async exportEpic(actor, idOrKey) {
      const visibleTo = visibilityOf(actor)
      const byId = UUID_RE.test(idOrKey) ? await findVisibleEpic(store.db, { id: idOrKey }, visibleTo) : undefined
      const epic = byId ?? (await findVisibleEpic(store.db, { key: idOrKey }, visibleTo))
      if (epic === undefined) {
        throw new NotFoundError('epic', idOrKey)
      }
      const tasks = await listEpicTasks(store.db, epic.id, { includeDeleted: false })
      const liveTaskIds = new Set(tasks.map((task) => task.id))
      const dependencies = (await listEpicDependencies(store.db, epic.id)).filter((row) => liveTaskIds.has(row.taskId))
      const text = serializeEpic(toNormalizedEpic(epic, tasks, dependencies))
      return { epicId: epic.id, key: epic.epicKey, fileName: fileNameOf(epic.epicKey), text }
    },
  }
}
