import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseEpicJson, serializeEpic } from '../../src/domain/epic-format/index.js'
import { ConflictError, ValidationError } from '../../src/domain/errors.js'
import { tasksRepository } from '../../src/modules/tasks/tasks.repository.js'
import { availableDialects } from '../helpers/stores.js'
import {
  dependencyTarget, exampleNames, openImportContext, readExample, snapshotRows, taskOf, type ImportContext,
} from './import-support.js'

const dialects = await availableDialects()

/** The CSV example with one task retitled and re-estimated, one dropped and one added. */
function changedCsv(): string {
  const { epic } = parseEpicJson(readExample('csv-export.epic.json'))
  const [first, second, ...rest] = epic.tasks
  const retitled = { ...second!, title: 'TEST: should_quote_every_special_field', estimateMinutes: 15 }
  const added = { ...first!, key: 'CSV.3', title: 'Document the CSV columns', position: 7, dependencies: [] }
  const kept = rest.filter((task) => task.key !== 'CSV.2b.2')
  return serializeEpic({ ...epic, tasks: [first!, retitled, ...kept, added] })
}

describe.each(dialects)('imports service (%s)', (dialect) => {
  let ctx: ImportContext
  beforeAll(async () => {
    ctx = await openImportContext(dialect)
  })
  afterAll(async () => {
    await ctx.cleanup()
  })

  it('creates every row of the examples and resolves cross-epic keys whatever the import order', async () => {
    const csv = await ctx.imports.importEpic(ctx.owner, readExample('csv-export.epic.json'))
    expect(csv.epics).toEqual({ created: 1, updated: 0, unchanged: 0 })
    expect(csv.tasks).toEqual({ created: 6, updated: 0, unchanged: 0, removed: 0 })
    expect(csv.dependencies).toEqual({ created: 6, updated: 0, unchanged: 0, removed: 0, unresolved: ['RPT/RPT.2b.2'] })
    expect(await dependencyTarget(ctx.store, 'CSV', 'CSV.2b.1', 'RPT/RPT.2b.2')).toBeNull()

    const rpt = await ctx.imports.importEpic(ctx.owner, readExample('reporting-filters.epic.json'))
    expect(rpt.dependencies.unresolved).toEqual(['SND.1b.2'])
    expect(await dependencyTarget(ctx.store, 'CSV', 'CSV.2b.1', 'RPT/RPT.2b.2')).toBe('RPT/RPT.2b.2')

    const snd = await ctx.imports.importEpic(ctx.owner, readExample('focus-sounds.epic.json'))
    expect(snd.dependencies.unresolved).toEqual([])
    expect(await dependencyTarget(ctx.store, 'RPT', 'RPT.2b.3', 'SND.1b.2')).toBe('SND/SND.1b.2')
  })

  it('resolves cross-epic keys when two files are imported at the same moment', async () => {
    const csv = parseEpicJson(readExample('csv-export.epic.json')).epic
    const rpt = parseEpicJson(readExample('reporting-filters.epic.json')).epic
    const renamedCsv = {
      ...csv, key: 'CSV2',
      tasks: csv.tasks.map((task) => ({ ...task, dependencies: task.dependencies.map((d) => ({ ...d, key: d.key.replace('RPT/', 'RPT2/') })) })),
    }
    await Promise.all([
      ctx.imports.importEpic(ctx.owner, serializeEpic(renamedCsv)),
      ctx.imports.importEpic(ctx.owner, serializeEpic({ ...rpt, key: 'RPT2' })),
    ])
    expect(await dependencyTarget(ctx.store, 'CSV2', 'CSV.2b.1', 'RPT2/RPT.2b.2')).toBe('RPT2/RPT.2b.2')
  })

  it.each(exampleNames)('exports %s byte-identical to the imported file', async (name) => {
    const text = readExample(name)
    const key = parseEpicJson(text).epic.key
    expect((await ctx.imports.exportEpic(ctx.owner, key)).text).toBe(text)
  })

  it('changes nothing when the same files are imported again', async () => {
    const before = await snapshotRows(ctx.store)
    for (const name of exampleNames) {
      const again = await ctx.imports.importEpic(ctx.owner, readExample(name))
      const { epic } = parseEpicJson(readExample(name))
      const dependencyCount = epic.tasks.reduce((sum, task) => sum + task.dependencies.length, 0)
      expect(again.epic.action).toBe('unchanged')
      expect(again.epics).toEqual({ created: 0, updated: 0, unchanged: 1 })
      expect(again.tasks).toEqual({ created: 0, updated: 0, unchanged: epic.tasks.length, removed: 0 })
      expect(again.dependencies).toMatchObject({ created: 0, updated: 0, unchanged: dependencyCount, removed: 0, unresolved: [] })
    }
    expect(await snapshotRows(ctx.store)).toEqual(before)
  })

  it('updates a changed file in place, soft-deleting dropped tasks and keeping tracked progress', async () => {
    const quoting = await taskOf(ctx.store, 'CSV', 'CSV.1b.1')
    await ctx.store.write((tx) => tasksRepository.update(tx, quoting.id, quoting.version, { status: 'in_progress' }, ctx.clock))
    const before = await snapshotRows(ctx.store)

    const summary = await ctx.imports.importEpic(ctx.owner, changedCsv())

    expect(summary.epics).toEqual({ created: 0, updated: 1, unchanged: 0 })
    expect(summary.tasks).toEqual({ created: 1, updated: 1, unchanged: 4, removed: 1 })
    expect(summary.dependencies).toMatchObject({ created: 0, updated: 0, unchanged: 5, removed: 0 })
    const after = await snapshotRows(ctx.store)
    const retitled = await taskOf(ctx.store, 'CSV', 'CSV.1b.1')
    expect(retitled).toMatchObject({ id: quoting.id, title: 'TEST: should_quote_every_special_field', estimateMinutes: 15, status: 'in_progress' })
    expect(retitled.version).toBe(quoting.version + 2)
    expect(after[`tasks:${quoting.id}`]).not.toBe(before[`tasks:${quoting.id}`])
    const dropped = Object.entries(after).filter(([id, state]) => id.startsWith('tasks:') && !state.endsWith('|'))
    expect(dropped).toHaveLength(1)
    expect((await ctx.imports.exportEpic(ctx.owner, 'CSV')).text).not.toContain('"CSV.2b.2"')
  })

  it('restores a dropped task when its key comes back', async () => {
    const summary = await ctx.imports.importEpic(ctx.owner, readExample('csv-export.epic.json'))
    expect(summary.tasks).toEqual({ created: 0, updated: 2, unchanged: 4, removed: 1 })
    const restored = await ctx.imports.exportEpic(ctx.owner, 'CSV')
    expect(restored.text).toContain('"CSV.2b.2"')
  })

  it('changes nothing and names the JSON pointer when a file is invalid', async () => {
    const before = await snapshotRows(ctx.store)
    const bad = JSON.parse(readExample('csv-export.epic.json')) as { epic: { tasks: Array<Record<string, unknown>> } }
    bad.epic.tasks[2]!.estimateMinutes = 'ten'
    const error = await ctx.imports.importEpic(ctx.owner, JSON.stringify(bad)).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues.map((issue) => issue.pointer)).toEqual(['/epic/tasks/2/estimateMinutes'])
    await expect(ctx.imports.importEpic(ctx.owner, '{"epic": ')).rejects.toMatchObject({ issues: [{ pointer: '' }] })
    expect(await snapshotRows(ctx.store)).toEqual(before)
  })

  it('rolls the whole file back when a write fails half way', async () => {
    const failing = await openImportContext(dialect, { record: () => Promise.reject(new Error('audit store down')) })
    try {
      await expect(failing.imports.importEpic(failing.owner, readExample('csv-export.epic.json'))).rejects.toThrow('audit store down')
      expect(await snapshotRows(failing.store)).toEqual({})
    } finally {
      await failing.cleanup()
    }
  })

  it('reports dependency keys that nothing answers to', async () => {
    const { epic } = parseEpicJson(readExample('focus-sounds.epic.json'))
    const lonely = { ...epic, key: 'LONELY', tasks: [{ ...epic.tasks[0]!, dependencies: [{ key: 'NOPE.1', type: 'blocking' as const }] }] }
    const summary = await ctx.imports.importEpic(ctx.owner, serializeEpic(lonely))
    expect(summary.dependencies.unresolved).toEqual(['NOPE.1'])
  })

  it('keeps numbers the columns cannot hold as written, and exports them back', async () => {
    const text = serializeEpic(parseEpicJson(JSON.stringify({
      format: 'duration-epic', version: 1,
      epic: { key: 'HALF', name: 'Half points', priority: null, tasks: [{ key: 'H.1', title: 'half', estimateMinutes: null, storyPoints: 0.5, branch: 'feat/h', testPlan: ['p'], extra: { x: 1 } }] },
    })).epic)
    await ctx.imports.importEpic(ctx.owner, text)
    expect(await taskOf(ctx.store, 'HALF', 'H.1')).toMatchObject({ estimateMinutes: 60, storyPoints: 1 })
    expect((await ctx.imports.exportEpic(ctx.owner, 'HALF')).text).toBe(text)
    expect((await ctx.imports.importEpic(ctx.owner, text)).epic.action).toBe('unchanged')
  })

  it('refuses an epic key held by an epic the actor cannot see, without naming it', async () => {
    const error = await ctx.imports.importEpic(ctx.member, readExample('csv-export.epic.json')).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConflictError)
    expect((error as Error).message).toBe('epic key "CSV" is already in use')
    await expect(ctx.imports.exportEpic(ctx.member, 'CSV')).rejects.toMatchObject({ code: 'not_found' })
  })

  it('lets a member import a new epic they then own', async () => {
    const { epic } = parseEpicJson(readExample('focus-sounds.epic.json'))
    const summary = await ctx.imports.importEpic(ctx.member, serializeEpic({ ...epic, key: 'MINE', tasks: [] }))
    expect(summary.epics.created).toBe(1)
    expect((await ctx.imports.exportEpic(ctx.member, summary.epic.id)).key).toBe('MINE')
  })
})
