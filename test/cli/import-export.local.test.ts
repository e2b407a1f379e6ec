import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableDialects } from '../helpers/stores.js'
import { examplesDir, readExample } from '../imports/import-support.js'
import { cli, createCliDatabase, type CliDatabase } from './cli-support.js'

const dialects = await availableDialects()
const examples = ['reporting-filters.epic.json', 'csv-export.epic.json', 'focus-sounds.epic.json'].map((name) => join(examplesDir, name))

// Every local command builds the whole app (createApp compiles every route schema), so each
// case here is one command line doing as much as it can.
describe.each(dialects)('duration import/export, local mode (%s)', (dialect) => {
  let db: CliDatabase
  beforeAll(async () => {
    db = await createCliDatabase(dialect)
    await db.addUser('owner', 'olga')
  })
  afterAll(async () => {
    await db.cleanup()
  })

  it('imports many files with a progress line each, goes on past bad ones and exits 1', async () => {
    const bad = join(db.dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ format: 'duration-epic', version: 1, epic: { key: 'BAD', name: 'x', status: 'sleeping', tasks: [] } }))
    const run = await cli(['import', 'epics', examples[0]!, bad, join(db.dir, 'missing.json'), ...examples.slice(1)], db.env, db.dir)
    expect(run.out.split('\n')).toEqual([
      '[1/5] reporting-filters.epic.json: epic RPT created, 4 tasks (4 created), 4 dependencies (4 created; unresolved SND.1b.2)',
      '[2/5] bad.json: failed: epic file has 1 problem: /epic/status unknown epic status "sleeping"',
      '[3/5] missing.json: failed: cannot read the file (ENOENT)',
      '[4/5] csv-export.epic.json: epic CSV created, 6 tasks (6 created), 6 dependencies (6 created)',
      '[5/5] focus-sounds.epic.json: epic SND created, 3 tasks (3 created), 2 dependencies (2 created)',
      'imported 3 of 5 files: epics (3 created), tasks (13 created), unresolved dependencies 1; 2 failed',
      '',
    ])
    expect(run.err).toBe('duration: 2 of 5 files failed to import\n')
    expect(run.code).toBe(1)
  })

  it('changes nothing on a second import and exits 0', async () => {
    const run = await cli(['import', 'epics', ...examples], db.env, db.dir)
    expect(run.code).toBe(0)
    expect(run.out).toContain('[2/3] csv-export.epic.json: epic CSV unchanged, 6 tasks (6 unchanged), 6 dependencies (6 unchanged)\n')
    expect(run.out).toContain('imported 3 of 3 files: epics (3 unchanged), tasks (13 unchanged), unresolved dependencies 0\n')
  })

  it('exports an epic to a file byte-identical to the imported one', async () => {
    const run = await cli(['export', 'epic', 'SND', '-o', 'snd.json', '--as', 'olga@example.test'], db.env, db.dir)
    expect(run).toEqual({ code: 0, out: `exported epic SND to ${join(db.dir, 'snd.json')}\n`, err: '' })
    expect(readFileSync(join(db.dir, 'snd.json'), 'utf8')).toBe(readExample('focus-sounds.epic.json'))
  })
})
