import { createWriteStream } from 'node:fs'
import { resolve } from 'node:path'
import { CommanderError, type Command } from 'commander'
import type { AuditExportQuery } from '../modules/audit/audit.schema.js'
import { withApp } from './admin.command.js'
import type { CliIo } from './program.js'

interface ExportOptions {
  actor?: string
  action?: string
  entity?: string
  entityId?: string
  from?: string
  to?: string
  output?: string
}

export function registerAuditCommands(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('the tamper-evident audit log')

  audit
    .command('verify')
    .description('walk the MAC chain; report every missing, altered or re-linked entry (exit 1 if any)')
    .option('--json', 'print the report as JSON')
    .action((options: { json?: boolean }) =>
      withApp(io, async (app) => {
        const report = await app.services.auditLog.verify()
        if (options.json) {
          io.out(`${JSON.stringify(report, null, 2)}\n`)
        } else {
          io.out(`checked ${report.checked} entries (chain head at ${report.headSeq})\n`)
          for (const problem of report.problems) {
            io.out(`${problem.kind.toUpperCase()} at position ${problem.seq}: ${problem.message}\n`)
          }
          const first = report.problems[0]
          io.out(first === undefined ? 'audit chain OK\n' : `audit chain BROKEN: first problem at position ${first.seq}\n`)
        }
        if (!report.ok) {
          throw new CommanderError(1, 'duration.audit.broken', 'audit chain broken')
        }
      }),
    )

  audit
    .command('export')
    .description('write matching entries as JSON Lines, oldest first, MACs included (the export is itself audited)')
    .option('--actor <userId>', 'only entries by this user id')
    .option('--action <action>', 'exact action or prefix, e.g. auth.login')
    .option('--entity <entity>', 'e.g. task, user, token')
    .option('--entity-id <id>', 'one entity')
    .option('--from <iso>', 'inclusive lower time bound (ISO-8601)')
    .option('--to <iso>', 'inclusive upper time bound (ISO-8601)')
    .option('--output <file>', 'write to a file instead of standard output')
    .action((options: ExportOptions) =>
      withApp(io, async (app) => {
        const { output, ...filters } = options
        const lines = await app.services.auditLog.exportLines(null, filters satisfies AuditExportQuery)
        const file = output === undefined ? undefined : createWriteStream(resolve(io.cwd, output), { flags: 'wx', mode: 0o600 })
        for await (const chunk of lines) {
          if (file === undefined) {
            io.out(chunk)
          } else if (!file.write(chunk)) {
            await new Promise<void>((done) => file.once('drain', () => done()))
          }
        }
        if (file !== undefined) {
          await new Promise<void>((done, fail) => file.end((error?: Error | null) => (error ? fail(error) : done())))
        }
      }),
    )
}
