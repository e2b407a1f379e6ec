import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, createCliDatabase, type CliDatabase } from './cli-support.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const page = readFileSync(`${root}examples/cli/README.md`, 'utf8')

interface Step {
  argv: string[]
  /** Output lines shown in the page: `# …` lines after the command, or a trailing `# → …` comment. */
  expected: string[]
}

/** `duration …` lines of the sh blocks, with shell globs over examples/ expanded like a shell would. */
function stepsOf(markdown: string): Step[] {
  const steps: Step[] = []
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')
  for (const line of blocks.flatMap((block) => block.split('\n'))) {
    if (line.startsWith('duration ')) {
      const commentAt = line.indexOf(' # ')
      const comment = commentAt < 0 ? undefined : line.slice(commentAt + 3)
      const words = line.slice('duration '.length, commentAt < 0 ? undefined : commentAt).match(/"[^"]*"|\S+/g) ?? []
      const argv = words.flatMap((word) => {
        if (word.startsWith('"')) {
          return [word.slice(1, -1)]
        }
        if (word === 'examples/epics/*.epic.json') {
          return readdirSync(`${root}examples/epics`).filter((name) => name.endsWith('.epic.json')).sort().map((name) => `${root}examples/epics/${name}`)
        }
        return [word]
      })
      const shown = comment?.startsWith('→ ') === true ? [comment.slice(2)] : []
      steps.push({ argv, expected: shown })
    } else if (line.startsWith('# ') && steps.length > 0 && !line.startsWith('# Local mode')) {
      steps.at(-1)?.expected.push(line.slice(2))
    }
  }
  return steps
}

describe('examples/cli/README.md', () => {
  let db: CliDatabase
  beforeAll(async () => {
    db = await createCliDatabase('sqlite')
    await db.addUser('owner', 'walker')
  })
  afterAll(async () => {
    await db.cleanup()
  })

  it('runs every duration line of the walkthrough with the output it shows', async () => {
    const steps = stepsOf(page)
    expect(steps.length).toBeGreaterThanOrEqual(11)
    for (const step of steps) {
      const run = await cli(step.argv, db.env, db.dir)
      expect(run.code, step.argv.join(' ')).toBe(0)
      const lines = run.out.split('\n')
      for (const [index, expected] of step.expected.entries()) {
        expect(lines[index], step.argv.join(' ')).toBe(expected)
      }
    }
  })
})
