import { CommanderError } from 'commander'
import { ConfigError } from '../config/load-config.js'
import { DomainError } from '../domain/errors.js'
import { StoreError } from '../store/errors.js'
import { buildProgram, type CliIo } from './program.js'

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
}

/**
 * Runs the `duration` command and returns the exit code. Expected failures (bad configuration,
 * wrong key, invalid input) print one line without a stack trace; anything else prints its stack.
 */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const program = buildProgram(io)
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return 0
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode
    }
    if (error instanceof ConfigError) {
      io.err(`duration: ${error.message}\n`)
      return 2
    }
    if (error instanceof StoreError || error instanceof DomainError) {
      io.err(`duration: ${error.message}\n`)
      return 1
    }
    io.err(`duration: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 1
  }
}
