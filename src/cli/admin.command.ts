import { createInterface } from 'node:readline/promises'
import type { Command } from 'commander'
import { createCore, type Core } from '../app.js'
import { loadConfig } from '../config/load-config.js'
import { ValidationError } from '../domain/errors.js'
import { WORKSPACE_ROLES, type WorkspaceRole } from '../modules/users/users.schema.js'
import { createLogger } from '../ops/logger.js'
import type { CliIo } from './program.js'

/** What the command reads from: a terminal (prompts, hidden password) or a pipe (password on the first line). */
export type CliInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown }

/** Builds the app (migrated, not listening) with warnings on stderr, runs `work`, closes it. */
export async function withApp<T>(io: CliIo, work: (app: Core) => Promise<T>): Promise<T> {
  const logger = createLogger({ level: 'warn', destination: { write: (line: string) => io.err(line) } })
  const app = await createCore(loadConfig(io.env, io.cwd), { logger })
  try {
    return await work(app)
  } finally {
    await app.close()
  }
}

async function readAll(input: CliInput): Promise<string> {
  let text = ''
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
  }
  return text
}

/** Reads one line from a terminal without echoing it (raw mode); Ctrl-C aborts. */
function readHidden(input: CliInput, io: CliIo, prompt: string): Promise<string> {
  io.err(prompt)
  input.setRawMode?.(true)
  input.resume()
  return new Promise((resolve, reject) => {
    let typed = ''
    const finish = (error: Error | null) => {
      input.removeListener('data', onData)
      input.setRawMode?.(false)
      input.pause()
      io.err('\n')
      if (error === null) {
        resolve(typed)
      } else {
        reject(error)
      }
    }
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n') {
          finish(null)
          return
        }
        if (char === '\u0003') {
          finish(new ValidationError('cancelled'))
          return
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char
      }
    }
    input.on('data', onData)
  })
}

async function askLine(input: CliInput, io: CliIo, question: string): Promise<string> {
  const rl = createInterface({ input, output: process.stderr, terminal: false })
  io.err(question)
  try {
    return (await rl.question('')).trim()
  } finally {
    rl.close()
  }
}

interface CreateOptions {
  email?: string
  name?: string
  role?: string
}

async function credentialsFrom(input: CliInput, io: CliIo, options: CreateOptions): Promise<{ email: string; password: string }> {
  if (input.isTTY === true) {
    const email = options.email ?? (await askLine(input, io, 'E-mail: '))
    const password = await readHidden(input, io, 'Password (12+ characters, not a common one): ')
    const repeated = await readHidden(input, io, 'Repeat the password: ')
    if (Buffer.compare(Buffer.from(repeated), Buffer.from(password)) !== 0) {
      throw new ValidationError('the two passwords differ', [{ pointer: '/password', message: 'mismatch' }])
    }
    return { email, password }
  }
  if (options.email === undefined) {
    throw new ValidationError('--email is required when the password comes from standard input', [{ pointer: '/email', message: 'required' }])
  }
  // Scripts pipe the password in: never as an argument, where `ps` and shell history would show it.
  const password = (await readAll(input)).split(/\r?\n/)[0] ?? ''
  return { email: options.email, password }
}

function parseRole(role: string | undefined): WorkspaceRole | undefined {
  if (role === undefined) {
    return undefined
  }
  if (!(WORKSPACE_ROLES as readonly string[]).includes(role)) {
    throw new ValidationError(`--role must be one of ${WORKSPACE_ROLES.join(', ')}`, [{ pointer: '/role', message: 'unknown role' }])
  }
  return role as WorkspaceRole
}

export function registerAdminCommands(program: Command, io: CliIo & { stdin?: CliInput }): void {
  const admin = program.command('admin').description('accounts, run on the server itself')

  admin
    .command('create')
    .description('create a user (the first one becomes owner): prompts on a terminal, or reads the password from stdin')
    .option('--email <email>', 'e-mail address (login name)')
    .option('--name <name>', 'display name (default: the part of the e-mail before @)')
    .option('--role <role>', `one of ${WORKSPACE_ROLES.join(', ')} (default: owner for the first user, else admin)`)
    .action(async (options: CreateOptions) => {
      const role = parseRole(options.role)
      const { email, password } = await credentialsFrom(io.stdin ?? process.stdin, io, options)
      const user = await withApp(io, async (app) => {
        const first = (await app.services.admin.listUsers({ limit: 1 })).total === 0
        return app.services.identity.accounts.createLocally({
          email, password, displayName: options.name ?? email.split('@')[0] ?? email, role: role ?? (first ? 'owner' : 'admin'),
        })
      })
      io.out(`created ${user.role} ${user.email} (${user.id})\n`)
    })
}
