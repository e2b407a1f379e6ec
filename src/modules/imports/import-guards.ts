import type { ParsedEpic } from '../../domain/epic-format/index.js'
import { ValidationError, type ValidationIssue } from '../../domain/errors.js'
import { IMPORT_ENVELOPE_KEY } from './import-envelope.js'

/** Largest value of the store's INTEGER columns in both dialects (PostgreSQL int4). */
export const MAX_STORED_INTEGER = 2_147_483_647

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Where the file keeps its epic and its task list, per dialect and legacy shape. */
function pointersOf(document: unknown, parsed: ParsedEpic): { epic: string; tasks: string } {
  if (parsed.dialect === 'duration-epic') {
    return { epic: '/epic', tasks: '/epic/tasks' }
  }
  if (isObject(document) && Object.hasOwn(document, 'epic')) {
    return { epic: '/epic', tasks: isObject(document.epic) && Object.hasOwn(document.epic, 'tasks') ? '/epic/tasks' : '/tasks' }
  }
  return { epic: '', tasks: '/tasks' }
}

/**
 * What a well-formed file may still hold that the store cannot: numbers beyond its integer
 * columns, and our reserved envelope key among the epic's own fields. Checked before the
 * transaction so the error names the place in the file instead of a database constraint.
 * @throws ValidationError listing every such place.
 */
export function assertFitsStore(document: unknown, parsed: ParsedEpic): void {
  const issues: ValidationIssue[] = []
  const at = pointersOf(document, parsed)
  if (Object.hasOwn(parsed.epic.extra, IMPORT_ENVELOPE_KEY)) {
    const base = parsed.dialect === 'duration-epic' ? '/epic/extra' : at.epic
    issues.push({ pointer: `${base}/${IMPORT_ENVELOPE_KEY}`, message: 'this field name is reserved by Duration' })
  }
  const tooLarge = (pointer: string, name: string, value: number | null) => {
    if (value !== null && Math.round(value) > MAX_STORED_INTEGER) {
      issues.push({ pointer, message: `${name} ${value} is larger than the store allows (${MAX_STORED_INTEGER})` })
    }
  }
  tooLarge(at.epic, 'priority', parsed.epic.priority)
  parsed.epic.tasks.forEach((task, index) => {
    const pointer = `${at.tasks}/${index}`
    tooLarge(pointer, 'estimateMinutes', task.estimateMinutes)
    tooLarge(pointer, 'actualMinutes', task.actualMinutes)
    tooLarge(pointer, 'storyPoints', task.storyPoints)
    tooLarge(pointer, 'position', task.position)
  })
  if (issues.length > 0) {
    throw new ValidationError(`epic file has ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues)
  }
}
