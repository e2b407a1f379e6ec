import type { Command } from 'commander'
import { loadConfig } from '../config/load-config.js'
import { serve } from '../serve.js'
import type { CliIo } from './program.js'

export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the API and web client (HOST/PORT, see docs/configuration.md)')
    .action(async () => {
      await serve(loadConfig(io.env, io.cwd))
    })
}
