import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { Command } from 'commander'
import { DomainError } from '../domain/errors.js'
import type { ImportSummary } from '../modules/imports/imports.schema.js'
import { addTargetOptions, describeFailure, withTarget, type TargetOptions } from './command-target.js'
import type { CliIo } from './program.js'
import type { RemoteClient } from './remote-client.js'

interface ImportCommandOptions extends TargetOptions {
  project?: string
  json?: boolean
}

type FileOutcome = { file: string; summary: ImportSummary } | { file: string; error: string }

/** A file that could not be read is that file's failure, not the whole command's. */
class UnreadableFileError extends DomainError {
  constructor(reason: string) {
    super('validation_failed', `cannot read the file (${reason})`)
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new UnreadableFileError(error instanceof Error && 'code' in error ? String(error.code) : String(error))
  }
}

function counts(parts: Readonly<Record<string, number>>): string {
  const nonZero = Object.entries(parts).filter(([, value]) => value > 0).map(([name, value]) => `${value} ${name}`)
  return nonZero.length === 0 ? 'none' : nonZero.join(', ')
}

function total(parts: { created: number; updated: number; unchanged: number }): number {
  return parts.created + parts.updated + parts.unchanged
}

/** `epic CSV created, 6 tasks (6 created), 6 dependencies (6 created; unresolved RPT/RPT.2b.2)` */
export function describeSummary(summary: ImportSummary): string {
  const { tasks, dependencies } = summary
  const unresolved = dependencies.unresolved.length > 0 ? `; unresolved ${dependencies.unresolved.join(', ')}` : ''
  const warnings = summary.warnings.length > 0 ? `, ${summary.warnings.length} warning${summary.warnings.length === 1 ? '' : 's'}` : ''
  return `epic ${summary.epic.key} ${summary.epic.action}, `
    + `${total(tasks)} tasks (${counts({ created: tasks.created, updated: tasks.updated, unchanged: tasks.unchanged, removed: tasks.removed })}), `
    + `${total(dependencies)} dependencies (${counts({ created: dependencies.created, updated: dependencies.updated, unchanged: dependencies.unchanged, removed: dependencies.removed })}${unresolved})`
    + warnings
}

function describeTotals(outcomes: readonly FileOutcome[]): string {
  const summaries = outcomes.flatMap((outcome) => ('summary' in outcome ? [outcome.summary] : []))
  const sum = (pick: (summary: ImportSummary) => number) => summaries.reduce((acc, summary) => acc + pick(summary), 0)
  const failed = outcomes.length - summaries.length
  return `imported ${summaries.length} of ${outcomes.length} file${outcomes.length === 1 ? '' : 's'}: `
    + `epics (${counts({ created: sum((s) => s.epics.created), updated: sum((s) => s.epics.updated), unchanged: sum((s) => s.epics.unchanged) })}), `
    + `tasks (${counts({ created: sum((s) => s.tasks.created), updated: sum((s) => s.tasks.updated), unchanged: sum((s) => s.tasks.unchanged), removed: sum((s) => s.tasks.removed) })}), `
    + `unresolved dependencies ${sum((s) => s.dependencies.unresolved.length)}`
    + (failed > 0 ? `; ${failed} failed` : '')
}

/** Failures no later file can escape (bad token, server down): stop at once instead of repeating them. */
const STOPPING_CODES: ReadonlySet<string> = new Set(['unauthenticated', 'forbidden', 'unavailable', 'rate_limited'])

/**
 * Imports each file in its own transaction and goes on past a bad one: one progress line per
 * file, then the totals; the exit code is 1 when any file failed.
 */
async function importFiles(io: CliIo, files: readonly string[], options: ImportCommandOptions, run: (text: string) => Promise<ImportSummary>, stripPrefix: string): Promise<void> {
  const outcomes: FileOutcome[] = []
  for (const [index, file] of files.entries()) {
    const label = `[${index + 1}/${files.length}] ${basename(file)}`
    try {
      const summary = await run(await readText(resolve(io.cwd, file)))
      outcomes.push({ file, summary })
      if (!options.json) {
        io.out(`${label}: ${describeSummary(summary)}\n`)
      }
    } catch (error) {
      if (!(error instanceof DomainError) || STOPPING_CODES.has(error.code)) {
        throw error
      }
      const message = describeFailure(error, stripPrefix)
      outcomes.push({ file, error: message })
      if (!options.json) {
        io.out(`${label}: failed: ${message}\n`)
      }
    }
  }
  io.out(options.json ? `${JSON.stringify({ files: outcomes }, null, 2)}\n` : `${describeTotals(outcomes)}\n`)
  const failed = outcomes.filter((outcome) => 'error' in outcome).length
  if (failed > 0) {
    throw new DomainError('validation_failed', `${failed} of ${files.length} file${files.length === 1 ? '' : 's'} failed to import`)
  }
}

function remoteImport(client: RemoteClient, projectId: string | undefined) {
  return (text: string) => client.json<ImportSummary>('POST', '/import/epics', { jsonText: text, query: { projectId } })
}

export function registerImportCommands(program: Command, io: CliIo): void {
  const command = program.command('import').description('import data from files')
  addTargetOptions(
    command.command('epics')
      .description('import epic JSON files (ours or the original tool\'s); each file is all-or-nothing, re-importing changes nothing')
      .argument('<files...>', 'epic JSON files')
      .option('--project <id>', 'put new epics under this project')
      .option('--json', 'print the summaries as JSON'),
  ).action((files: string[], options: ImportCommandOptions) =>
    withTarget(io, { ...options, permission: 'imports:write' }, {
      local: ({ app, actor }) =>
        importFiles(io, files, options, (text) => app.services.imports.importEpic(actor, text, { projectId: options.project }), ''),
      remote: (client) => importFiles(io, files, options, remoteImport(client, options.project), '/body'),
    }),
  )
}
