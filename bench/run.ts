/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) in one process.
 * Each bench module exports `run(): Promise<void>` and prints ratios against its own baseline.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2)
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort()

console.log(`node ${process.version} · ${process.platform}/${process.arch}`)
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`)
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> }
  await module.run()
}
