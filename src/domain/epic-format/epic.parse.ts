import { ValidationError } from '../errors.js'
import { DURATION_EPIC_RULES, LEGACY_RULES } from './epic-dialects.js'
import { EPIC_FORMAT_ID, EPIC_FORMAT_VERSION, type NormalizedEpic, type ParsedEpic } from './epic-format.types.js'
import { describeType, isJsonObject, pointerOf, type IssueSink } from './json-reader.js'
import { readEpic } from './epic.reader.js'
import { createRecordCursor } from './record-cursor.js'

function fail(sink: IssueSink): never {
  const count = sink.errors.length
  throw new ValidationError(`epic file has ${count} problem${count === 1 ? '' : 's'}`, sink.errors)
}

function parseDurationEpic(document: Readonly<Record<string, unknown>>, sink: IssueSink): NormalizedEpic | null {
  const cursor = createRecordCursor(document, '')
  cursor.take(['format'])
  const version = cursor.take(['version'])
  if (version.value !== EPIC_FORMAT_VERSION) {
    sink.errors.push({ pointer: version.pointer, message: `unsupported version ${JSON.stringify(version.value)}; expected ${EPIC_FORMAT_VERSION}` })
  }
  const epicField = cursor.take(['epic'])
  const extraField = cursor.take(['documentExtra'])
  for (const name of cursor.restNames()) {
    sink.errors.push({ pointer: pointerOf('', name), message: 'unknown field (custom data belongs under "documentExtra")' })
  }
  const epic = readEpic(epicField.value, epicField.pointer, DURATION_EPIC_RULES, sink)
  if (extraField.value !== undefined && !isJsonObject(extraField.value)) {
    sink.errors.push({ pointer: extraField.pointer, message: `expected an object, got ${describeType(extraField.value)}` })
  } else if (epic !== null && extraField.value !== undefined) {
    epic.documentExtra = createRecordCursor(extraField.value, extraField.pointer).rest(sink)
  }
  return epic
}

/**
 * The reference's files: `{ epic: {…, tasks} }`, `{ epic: {…}, tasks }` (json_handler's shape),
 * or a flat epic object. Keys beside `epic` (the template's `_metadata`) are kept as documentExtra.
 */
function parseLegacyEpic(document: Readonly<Record<string, unknown>>, sink: IssueSink): NormalizedEpic | null {
  if (!Object.hasOwn(document, 'epic')) {
    return readEpic(document, '', LEGACY_RULES, sink)
  }
  const cursor = createRecordCursor(document, '')
  const epicField = cursor.take(['epic'])
  const outerTasks = cursor.take(['tasks'])
  const epic = readEpic(epicField.value, epicField.pointer, LEGACY_RULES, sink, outerTasks)
  const documentExtra = cursor.rest(sink)
  if (epic !== null) {
    epic.documentExtra = documentExtra
  }
  return epic
}

/**
 * Parses an already-decoded epic document in either dialect into one NormalizedEpic: our format
 * when `format` is "duration-epic", else the reference's tolerant dialects.
 * @throws ValidationError listing every problem with its JSON pointer (e.g.
 *   /epic/tasks/3/estimate_minutes), including duplicate task keys with both pointers.
 */
export function parseEpicDocument(document: unknown): ParsedEpic {
  const sink: IssueSink = { errors: [], warnings: [] }
  if (!isJsonObject(document)) {
    sink.errors.push({ pointer: '', message: `expected a JSON object, got ${describeType(document)}` })
    fail(sink)
  }
  const format = document.format
  if (format !== undefined && format !== EPIC_FORMAT_ID) {
    sink.errors.push({ pointer: '/format', message: `unknown format ${JSON.stringify(format)}; expected "${EPIC_FORMAT_ID}"` })
    fail(sink)
  }
  const dialect = format === EPIC_FORMAT_ID ? 'duration-epic' : 'legacy'
  const epic = dialect === 'duration-epic' ? parseDurationEpic(document, sink) : parseLegacyEpic(document, sink)
  if (epic === null || sink.errors.length > 0) {
    fail(sink)
  }
  return { epic, dialect, warnings: sink.warnings }
}

/**
 * Parses epic JSON text (a leading BOM is ignored).
 * @throws ValidationError with pointer "" when the text is not JSON, else as parseEpicDocument.
 */
export function parseEpicJson(text: string): ParsedEpic {
  let document: unknown
  try {
    document = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ValidationError('epic file is not valid JSON', [{ pointer: '', message: reason }])
  }
  return parseEpicDocument(document)
}
