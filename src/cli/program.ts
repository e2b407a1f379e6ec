import { Command } from 'commander'
import { registerCalcCommands } from './calc.command.js'
import { registerAdminCommands, type CliInput } from './admin.command.js'
import { registerAuditCommands } from './audit.command.js'
import { registerDbCommands } from './db.command.js'
import { registerExportCommands } from './export.command.js'
import { registerImportCommands } from './import.command.js'
import { registerReportCommand } from './report.command.js'
import { registerServeCommand } from './serve.command.js'
import { registerTimerCommands } from './timer.command.js'

/** Where the CLI writes and what it reads; tests pass their own. */
export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  env: Record<string, string | undefined>
  cwd: string
  /** Where prompts read from; process.stdin when absent. */
  stdin?: CliInput
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
  registerAdminCommands(program, io)
  registerAuditCommands(program, io)
  registerImportCommands(program, io)
  registerExportCommands(program, io)
  registerCalcCommands(program, io)
  registerTimerCommands(program, io)
  registerReportCommand(program, io)
  return program
}
