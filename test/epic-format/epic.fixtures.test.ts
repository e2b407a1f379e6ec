import { describe, expect, it } from 'vitest'
import { summarizeDependencies } from '../../src/domain/epic-format/epic-dependencies.js'
import { parseEpicJson } from '../../src/domain/epic-format/epic.parse.js'
import { serializeEpic } from '../../src/domain/epic-format/epic.serialize.js'
import { buildScheduleTasks, scheduleTasks } from '../../src/domain/planning/index.js'
import { createWeekendCalendar } from '../../src/domain/planning/planning.test-support.js'
import { hasFixtures, readFixture } from '../helpers/epic-files.js'

/** Counts read off the files by hand (tasks, Σ estimate_minutes, dependencies, unresolved in-file). */
const EXPECTED = {
  'analytics_epic.json': { key: 'ANALYTICS', days: 15, tasks: 1, minutes: 150, dependencies: 0, external: [] },
  'epico_0.json': { key: '0', days: 2, tasks: 39, minutes: 386, dependencies: 0, external: [] },
  'epico_2.json': { key: '2', days: 5, tasks: 12, minutes: 99, dependencies: 6, external: [] },
  'epico_3.json': { key: '3', days: 7, tasks: 19, minutes: 155, dependencies: 16, external: [] },
  'epico_5.json': { key: '5', days: 1.5, tasks: 18, minutes: 145, dependencies: 19, external: [] },
  'epico_7.json': {
    key: '7',
    days: 1,
    tasks: 8,
    minutes: 66,
    dependencies: 7,
    external: [{ task: '7.1b.1', dependsOn: '5.3b.2', type: 'blocking' }],
  },
  'example_epic_0.json': { key: '0', days: 2, tasks: 39, minutes: 386, dependencies: 0, external: [] },
  'template_epic.json': { key: 'X.Y', days: null, tasks: 3, minutes: 23, dependencies: 2, external: [] },
} as const

const read = (name: string) => parseEpicJson(readFixture(name))

describe.skipIf(!hasFixtures)('epic fixtures from the reference project', () => {
  it.each(Object.entries(EXPECTED))('imports %s with the counts read off the file', (name, expected) => {
    const { epic, dialect } = read(name)
    const dependencies = summarizeDependencies(epic)
    expect(dialect).toBe('legacy')
    expect(epic.key).toBe(expected.key)
    expect(epic.durationDays).toBe(expected.days)
    expect(epic.tasks).toHaveLength(expected.tasks)
    expect(epic.tasks.reduce((sum, task) => sum + (task.estimateMinutes ?? 0), 0)).toBe(expected.minutes)
    expect(dependencies.total).toBe(expected.dependencies)
    expect(dependencies.external).toEqual(expected.external)
    expect(epic.tasks.map((task) => task.position)).toEqual(epic.tasks.map((_, index) => index + 1))
  })

  it.each(Object.keys(EXPECTED))('round-trips %s byte for byte through our format', (name) => {
    const first = serializeEpic(read(name).epic)
    const again = parseEpicJson(first)
    expect(again.dialect).toBe('duration-epic')
    expect(again.epic).toEqual(read(name).epic)
    expect(serializeEpic(again.epic)).toBe(first)
  })

  it('keeps analysis tasks as phase null with their skip reason in epico_0', () => {
    const { epic } = read('epico_0.json')
    const analysis = epic.tasks.filter((task) => task.tddPhase === null)
    expect(analysis.map((task) => task.key)).toEqual(['0.1', '0.2', '0.7', '0.8'])
    expect(new Set(analysis.map((task) => task.tddSkipReason))).toEqual(new Set(['Analysis/documentation task']))
    expect(analysis[0]?.testPlan.length).toBeGreaterThan(0)
    expect(epic.tasks.filter((task) => task.tddPhase === 'red')).toHaveLength(17)
    expect(epic.tasks[2]?.storyPoints).toBeNull()
  })

  it('keeps the analytics dialect phase, status and actual minutes', () => {
    const { epic } = read('analytics_epic.json')
    expect(epic).toMatchObject({ status: 'pending', priority: 3 })
    expect(epic.tasks[0]).toMatchObject({ key: 'AN.1', tddPhase: 'analysis', status: 'pending', actualMinutes: 0, storyPoints: 5 })
  })

  it('keeps task keys that do not match the epic key in epico_2', () => {
    expect(read('epico_2.json').epic.tasks.slice(0, 2).map((task) => task.key)).toEqual(['1.1a', '1.1b.1'])
  })

  it('keeps the template _metadata and warns about its placeholder duration', () => {
    const { epic, warnings } = read('template_epic.json')
    expect(Object.keys(epic.documentExtra)).toEqual(['_metadata'])
    expect(Object.keys(epic.extra).sort()).toEqual(['automation_hooks', 'checklist_epic_level', 'methodology', 'quality_gates', 'tdd_enabled', 'tdd_guidelines'])
    expect(warnings.map((warning) => warning.pointer)).toEqual(['/epic/duration'])
  })

  it("resolves epico_7's cross-epic dependency once epic 5 is loaded", () => {
    const calendar = createWeekendCalendar()
    const alone = scheduleTasks(buildScheduleTasks([read('epico_7.json').epic]), { projectStart: '2025-08-18', calendar })
    expect(alone.unresolved).toEqual([{ task: '7/7.1b.1', dependsOn: '5.3b.2', type: 'blocking' }])

    const names = ['analytics_epic.json', 'epico_0.json', 'epico_2.json', 'epico_3.json', 'epico_5.json', 'epico_7.json']
    const all = scheduleTasks(buildScheduleTasks(names.map((name) => read(name).epic)), { projectStart: '2025-08-18', calendar })
    expect(all.unresolved).toEqual([])
    expect(all.tasks).toHaveLength(97)
    const task = all.tasks.find((candidate) => candidate.key === '7/7.1b.1')
    const upstream = all.tasks.find((candidate) => candidate.key === '5/5.3b.2')
    expect(task?.earliestStartMinute).toBe(Math.max(10, upstream?.earliestFinishMinute ?? 0))
  })
})
