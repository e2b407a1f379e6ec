import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseEpicJson } from '../../src/domain/epic-format/index.js'
import type { Store } from '../../src/store/store.js'
import { availableDialects } from '../helpers/stores.js'
import { fixtureNames, hasFixtures, openImportContext, readFixture, snapshotRows, type ImportContext } from './import-support.js'

const dialects = await availableDialects()

/** Every dependency as "epic/task → key ⇒ resolved epic/task (or -)". */
async function resolutionState(store: Store): Promise<string[]> {
  const rows = await store.db.selectFrom('task_dependencies as d')
    .innerJoin('tasks as t', 't.id', 'd.task_id')
    .innerJoin('epics as e', 'e.id', 't.epic_id')
    .leftJoin('tasks as target', 'target.id', 'd.depends_on_task_id')
    .leftJoin('epics as te', 'te.id', 'target.epic_id')
    .select(['e.epic_key as epic', 't.task_key as task', 'd.depends_on_key as key', 'te.epic_key as targetEpic', 'target.task_key as target'])
    .execute()
  return rows.map((row) => `${row.epic}/${row.task} → ${row.key} ⇒ ${row.target === null ? '-' : `${row.targetEpic}/${row.target}`}`).sort()
}

describe.skipIf(!hasFixtures).each(dialects)('imports of the reference fixtures (%s)', (dialect) => {
  let forward: ImportContext
  let backward: ImportContext
  beforeAll(async () => {
    ;[forward, backward] = await Promise.all([openImportContext(dialect), openImportContext(dialect)])
  })
  afterAll(async () => {
    await Promise.all([forward.cleanup(), backward.cleanup()])
  })

  it('imports every fixture with the counts of the file and its warnings', async () => {
    for (const name of fixtureNames) {
      const { epic, warnings } = parseEpicJson(readFixture(name))
      const summary = await forward.imports.importEpic(forward.owner, readFixture(name))
      const dependencies = epic.tasks.reduce((sum, task) => sum + task.dependencies.length, 0)
      expect(summary.dialect, name).toBe('legacy')
      expect(summary.warnings, name).toEqual(warnings)
      if (name === 'example_epic_0.json') {
        // Same content as epico_0.json (same key "0"): nothing to do.
        expect(summary.epic.action).toBe('unchanged')
        expect(summary.tasks.unchanged).toBe(39)
      } else {
        expect(summary.tasks, name).toEqual({ created: epic.tasks.length, updated: 0, unchanged: 0, removed: 0 })
        expect(summary.dependencies.created, name).toBe(dependencies)
      }
    }
  })

  it('resolves epic 7 → 5.3b.2 in either import order, to the same state', async () => {
    for (const name of [...fixtureNames].reverse()) {
      await backward.imports.importEpic(backward.owner, readFixture(name))
    }
    const state = await resolutionState(forward.store)
    expect(state).toContain('7/7.1b.1 → 5.3b.2 ⇒ 5/5.3b.2')
    expect(state.filter((line) => line.endsWith('⇒ -'))).toEqual([])
    expect(await resolutionState(backward.store)).toEqual(state)
  })

  it('exports each fixture so that export → import → export is byte-identical', async () => {
    for (const name of fixtureNames) {
      const key = parseEpicJson(readFixture(name)).epic.key
      const first = await forward.imports.exportEpic(forward.owner, key)
      const before = await snapshotRows(forward.store)
      const again = await forward.imports.importEpic(forward.owner, first.text)
      expect(again.tasks.updated + again.tasks.created + again.tasks.removed, name).toBe(0)
      expect((await forward.imports.exportEpic(forward.owner, key)).text, name).toBe(first.text)
      expect((await backward.imports.exportEpic(backward.owner, key)).text, name).toBe(first.text)
      // Only the epic's checksum may move (the file is now in our dialect); no task or dependency row.
      const changed = Object.entries(await snapshotRows(forward.store)).filter(([id, state]) => before[id] !== state)
      expect(changed.every(([id]) => id.startsWith('epics:')), name).toBe(true)
    }
  })

  it('changes nothing when every original file is imported once more', async () => {
    for (const name of fixtureNames) {
      const summary = await forward.imports.importEpic(forward.owner, readFixture(name))
      expect(summary.tasks.created + summary.tasks.updated + summary.tasks.removed, name).toBe(0)
      expect(summary.dependencies.created + summary.dependencies.updated + summary.dependencies.removed, name).toBe(0)
    }
  })
})
