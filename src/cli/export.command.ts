import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { addTargetOptions, withTarget, type TargetOptions } from './command-target.js'
import type { CliIo } from './program.js'

interface ExportCommandOptions extends TargetOptions {
  output?: string
}

export function registerExportCommands(program: Command, io: CliIo): void {
  const command = program.command('export').description('export data to files')
  addTargetOptions(
    command.command('epic')
      .description('export an epic (by key or id) as a duration-epic JSON file; importing it back changes nothing')
      .argument('<key>', 'epic key (e.g. CSV) or id')
      .option('-o, --output <file>', 'write to this file instead of standard output'),
  ).action(async (key: string, options: ExportCommandOptions) => {
    const text = await withTarget(io, { ...options, permission: 'epics:read' }, {
      local: async ({ app, actor }) => (await app.services.imports.exportEpic(actor, key)).text,
      remote: async (client) => (await client.text('GET', `/epics/${encodeURIComponent(key)}/export`)).text,
    })
    if (options.output === undefined) {
      io.out(text)
      return
    }
    const path = resolve(io.cwd, options.output)
    await writeFile(path, text, 'utf8')
    io.out(`exported epic ${key} to ${path}\n`)
  })
}
