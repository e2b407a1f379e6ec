import type { Command } from 'commander'
import { createCore, type Core } from '../app.js'
import { loadConfig } from '../config/load-config.js'
import { NotFoundError, PermissionError, ValidationError } from '../domain/errors.js'
import type { Actor } from '../identity/actor.js'
import type { Permission } from '../identity/permissions.js'
import { hasPermission } from '../identity/roles.js'
import { usersRepository } from '../modules/users/users.repository.js'
import type { User } from '../modules/users/users.schema.js'
import { createLogger } from '../ops/logger.js'
import type { Store } from '../store/store.js'
import type { CliIo } from './program.js'

/** What a local command works with: the whole app (no listening server) and who is acting. */
export interface LocalContext {
  app: Core
  actor: Actor
}

export interface ActorOptions {
  as?: string
}

/** Adds `--as <email>` (the user a local command acts as) to a command. */
export function addActorOption(command: Command): Command {
  return command.option('--as <email>', 'local mode: act as this user (default: the only owner, else the only admin)')
}

const HOW_TO_CREATE = 'create one with `duration admin create --email <you@example.com>`, or pass --as <email>'

function actorOf(user: User): Actor {
  return { userId: user.id, role: user.role, via: 'local', scopes: null, credentialId: null }
}

/**
 * The user a local command acts as: `--as <email>`, else the only active owner, else the only
 * active admin. Anything ambiguous is refused — a CLI silently picking one of several admins
 * would write someone else's name into the audit trail.
 */
export async function resolveLocalActor(store: Store, email: string | undefined): Promise<Actor> {
  const db = store.db
  if (email !== undefined) {
    const user = (await usersRepository.list(db, { filters: { email: email.trim().toLowerCase() }, limit: 1 })).items[0]
      ?? (await usersRepository.list(db, { filters: { email: email.trim() }, limit: 1 })).items[0]
    if (user === undefined || !user.isActive) {
      throw new NotFoundError('active user', email)
    }
    return actorOf(user)
  }
  for (const role of ['owner', 'admin'] as const) {
    const { items } = await usersRepository.list(db, { filters: { role, isActive: true }, limit: 2 })
    if (items.length > 1) {
      throw new ValidationError(`several ${role}s exist: choose one with --as <email>`, [{ pointer: '/as', message: 'required' }])
    }
    if (items[0] !== undefined) {
      return actorOf(items[0])
    }
  }
  throw new ValidationError(`no owner or admin user exists yet: ${HOW_TO_CREATE}`, [{ pointer: '/as', message: 'no default user' }])
}

/**
 * Builds the app once for one command from the environment's configuration (migrating the
 * database like `serve` would, but never listening), resolves the acting user, checks it holds
 * `permission` like the HTTP route would, runs `work` and closes everything.
 */
export async function withLocalApp<T>(
  io: CliIo, options: ActorOptions & { permission: Permission }, work: (context: LocalContext) => Promise<T>,
): Promise<T> {
  const config = loadConfig(io.env, io.cwd)
  // Logs go to stderr and only when something is wrong: stdout belongs to the command's output.
  const logger = createLogger({ level: 'warn', destination: { write: (line: string) => io.err(line) } })
  const app = await createCore(config, { logger })
  try {
    const actor = await resolveLocalActor(app.store, options.as)
    if (!hasPermission(actor, options.permission)) {
      throw new PermissionError(`${options.as ?? 'this user'} lacks the ${options.permission} permission`)
    }
    return await work({ app, actor })
  } finally {
    await app.close()
  }
}
