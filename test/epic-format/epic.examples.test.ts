import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parseEpicJson } from '../../src/domain/epic-format/epic.parse.js'
import { serializeEpic, toEpicDocument } from '../../src/domain/epic-format/epic.serialize.js'
import { buildScheduleTasks, scheduleTasks } from '../../src/domain/planning/index.js'
import { createWeekendCalendar } from '../../src/domain/planning/planning.test-support.js'
import { epicSchemaPath, exampleNames, fixtureNames, hasFixtures, readExample, readFixture } from '../helpers/epic-files.js'

const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats.default(ajv)
const validate = ajv.compile(JSON.parse(readFileSync(epicSchemaPath, 'utf8')) as object)


describe('examples/epics', () => {
  it('holds the three documented examples', () => {
    expect(exampleNames).toEqual(['csv-export.epic.json', 'focus-sounds.epic.json', 'reporting-filters.epic.json'])
  })

  it.each(exampleNames)('parses %s without warnings and is already in canonical form', (name) => {
    const text = readExample(name)
    const parsed = parseEpicJson(text)
    expect(parsed.dialect).toBe('duration-epic')
    expect(parsed.warnings).toEqual([])
    expect(serializeEpic(parsed.epic)).toBe(text)
  })

  it.each(exampleNames)('validates %s against docs/formats/epic.schema.json', (name) => {
    expect(validate(JSON.parse(readExample(name)))).toBe(true)
    expect(validate.errors ?? null).toBeNull()
  })

  it('resolves the cross-epic dependency of the CSV epic and schedules all examples', () => {
    const epics = exampleNames.map((name) => parseEpicJson(readExample(name)).epic)
    const schedule = scheduleTasks(buildScheduleTasks(epics), { projectStart: '2025-09-01', calendar: createWeekendCalendar() })
    expect(schedule.unresolved).toEqual([])
    expect(schedule.tasks).toHaveLength(13)
    expect(schedule.criticalPath).toEqual(['RPT/RPT.1a', 'RPT/RPT.2b.1', 'RPT/RPT.2b.2', 'CSV/CSV.2b.1', 'CSV/CSV.2b.2'])
    expect(schedule.totalMinutes).toBe(80)
  })
})

describe('docs/formats/epic.schema.json', () => {
  it('rejects unknown fields, bad enums, bad dates and blank keys', () => {
    const bad = {
      format: 'duration-epic',
      version: 1,
      epic: {
        key: 'a/b',
        name: ' ',
        status: 'todo',
        plannedStart: '2025-13-01',
        typo: 1,
        tasks: [{ key: 'T', title: 'x', dependencies: [{ key: 'U', type: 'hard' }] }],
      },
    }
    expect(validate(bad)).toBe(false)
    expect(new Set(validate.errors?.map((error) => error.instancePath))).toEqual(
      new Set(['/epic', '/epic/key', '/epic/name', '/epic/status', '/epic/plannedStart', '/epic/tasks/0/dependencies/0/type']),
    )
  })

  it.skipIf(!hasFixtures)('accepts every fixture once converted to our format', () => {
    const names = fixtureNames
    expect(names).toHaveLength(8)
    for (const name of names) {
      const epic = parseEpicJson(readFixture(name)).epic
      expect(validate(toEpicDocument(epic)), name).toBe(true)
    }
  })
})
