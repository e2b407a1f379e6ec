import type { Command } from 'commander'
import { ValidationError, type ValidationIssue } from '../domain/errors.js'
import type { Permission } from '../identity/permissions.js'
import { addActorOption, withLocalApp, type ActorOptions, type LocalContext } from './local-app.js'
import type { CliIo } from './program.js'
import { addRemoteOptions, createRemoteClient, RemoteProblemError, remoteTargetFrom, type RemoteClient, type RemoteOptions } from './remote-client.js'

/** Options of a command that runs locally or against a server. */
export type TargetOptions = RemoteOptions & ActorOptions

/** Adds `--server`, `--token` and `--as` to a command. */
export function addTargetOptions(command: Command): Command {
  return addActorOption(addRemoteOptions(command))
}

/** The two ways to run one command; both must give the same result. */
export interface TargetHandlers<T> {
  local: (context: LocalContext) => Promise<T>
  remote: (client: RemoteClient) => Promise<T>
}

/**
 * Runs a command remotely when `--server`/DURATION_SERVER is given, else against the local
 * database as a local user holding `permission` (what the HTTP route would require).
 */
export function withTarget<T>(io: CliIo, options: TargetOptions & { permission: Permission }, handlers: TargetHandlers<T>): Promise<T> {
  const target = remoteTargetFrom(options, io.env)
  if (target !== null) {
    return handlers.remote(createRemoteClient(target))
  }
  return withLocalApp(io, options, handlers.local)
}

const SHOWN_ISSUES = 3

function issuesText(issues: readonly ValidationIssue[], stripPrefix: string): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((issue) => {
    const pointer = issue.pointer.startsWith(stripPrefix) ? issue.pointer.slice(stripPrefix.length) : issue.pointer
    return `${pointer === '' ? '(file)' : pointer} ${issue.message}`
  })
  const more = issues.length - SHOWN_ISSUES
  return `${shown.join('; ')}${more > 0 ? `; … ${more} more` : ''}`
}

/**
 * One line for an expected failure, with the first JSON pointers of a validation error.
 * `stripPrefix` removes a request-part prefix (`/body`) so remote and local runs read the same.
 */
export function describeFailure(error: unknown, stripPrefix = ''): string {
  const issues = error instanceof ValidationError || error instanceof RemoteProblemError ? error.issues : []
  const message = error instanceof Error ? error.message : String(error)
  const line = issues.length > 0 ? `${message}: ${issuesText(issues, stripPrefix)}` : message
  return line.replace(/\s*\n\s*/g, ' ')
}
