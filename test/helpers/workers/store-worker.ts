/**
 * A separate OS process that writes to the store, for multi-process tests.
 *   increment <taskId> <count>   — `count` transactions, each adding 1 to the task's actual minutes
 *   hang-mid-write <epicId> <n>  — inserts n tasks inside one transaction, prints "ready", then waits to be killed
 * Storage comes from the environment (DURATION_DATA_DIR + DURATION_DB_KEY, or DATABASE_URL).
 */
import { loadConfig } from '../../../src/config/load-config.js'
import { systemClock } from '../../../src/ops/clock.js'
import { tasksRepository } from '../../../src/modules/tasks/tasks.repository.js'
import { openStore } from '../../../src/store/store.js'

const [mode, id, countText] = process.argv.slice(2)
const count = Number(countText)
const config = loadConfig()
const store = await openStore(config.storage, { clock: systemClock })

if (mode === 'increment' && id) {
  for (let i = 0; i < count; i++) {
    await store.write((tx) => tasksRepository.increment(tx, id, 'actualMinutes', 1, systemClock))
  }
  await store.close()
  process.stdout.write('done\n')
} else if (mode === 'hang-mid-write' && id) {
  await store.write(async (tx) => {
    for (let i = 0; i < count; i++) {
      await tasksRepository.insert(tx, { epicId: id, taskKey: `partial-${i}`, title: 'x'.repeat(2000) }, systemClock)
    }
    process.stdout.write('ready\n')
    await new Promise(() => undefined) // never commits: the parent kills us here
  })
} else {
  process.stderr.write(`unknown mode ${mode}\n`)
  process.exit(2)
}
