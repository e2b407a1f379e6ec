import type { Command } from 'commander'
import { loadConfig } from '../config/load-config.js'
import { systemClock } from '../ops/clock.js'
import { openStore, type Store } from '../store/store.js'
import type { CliIo } from './program.js'

async function withStore<T>(io: CliIo, work: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env, io.cwd)
  const store = await openStore(config.storage, { clock: systemClock, onWarning: (m) => io.err(`warning: ${m}\n`) })
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

export function registerDbCommands(program: Command, io: CliIo): void {
  const db = program.command('db').description('database maintenance')

  db.command('migrate')
    .description('apply pending migrations (the server also does this on start)')
    .action(() =>
      withStore(io, async (store) => {
        const applied = await store.migrate()
        io.out(applied.length === 0 ? 'database is up to date\n' : applied.map((name) => `applied ${name}\n`).join(''))
      }),
    )

  db.command('status')
    .description('list migrations and whether each has been applied')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withStore(io, async (store) => {
        const states = await store.migrationStatus()
        if (options.json) {
          io.out(`${JSON.stringify({ dialect: store.dialect, migrations: states }, null, 2)}\n`)
          return
        }
        io.out(`dialect: ${store.dialect}\n`)
        for (const state of states) {
          io.out(`${state.executedAt === null ? 'pending ' : 'applied '} ${state.name}${state.executedAt ? `  (${state.executedAt})` : ''}\n`)
        }
      }),
    )
}
