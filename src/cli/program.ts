import { Command } from 'commander'
import { registerDbCommands } from './db.command.js'
import { registerServeCommand } from './serve.command.js'

/** Where the CLI writes and what it reads; tests pass their own. */
export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  env: Record<string, string | undefined>
  cwd: string
}

/** The `duration` command tree. Each command file adds its subcommands. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('duration')
    .description('Duration — TDD work tracker and focus timer')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError()
  registerServeCommand(program, io)
  registerDbCommands(program, io)
  return program
}
