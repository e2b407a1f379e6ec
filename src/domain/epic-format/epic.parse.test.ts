import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { parseEpicDocument, parseEpicJson } from './epic.parse.js'

function issuesOf(action: () => unknown): { pointer: string; message: string }[] {
  try {
    action()
  } catch (error) {
    if (error instanceof ValidationError) {
      return [...error.issues]
    }
    throw error
  }
  throw new Error('expected a ValidationError')
}

const legacyTask = { id: '9.1b.1', title: 'TEST: x', tdd_phase: 'red', estimate_minutes: 5 }

describe('parseEpicDocument (legacy dialect)', () => {
  it('reads tasks nested in epic and keeps unknown fields as extra', () => {
    const { epic, dialect, warnings } = parseEpicDocument({
      epic: { id: '9', name: 'Example', duration: '1.5 dias', tdd_enabled: true, tasks: [legacyTask] },
    })
    expect(dialect).toBe('legacy')
    expect(warnings).toEqual([])
    expect(epic).toMatchObject({ key: '9', name: 'Example', durationText: '1.5 dias', durationDays: 1.5, durationMode: 'calendar', status: 'pending', priority: null, extra: { tdd_enabled: true } })
    expect(epic.tasks[0]).toMatchObject({ key: '9.1b.1', tddPhase: 'red', estimateMinutes: 5, actualMinutes: 0, storyPoints: null, position: 1, status: 'pending' })
  })

  it('reads tasks beside the epic when they are at the top level', () => {
    const { epic } = parseEpicDocument({ epic: { id: '9', name: 'Example' }, tasks: [legacyTask] })
    expect(epic.tasks.map((task) => task.key)).toEqual(['9.1b.1'])
    expect(epic.documentExtra).toEqual({})
  })

  it('reads a flat epic when there is no epic key', () => {
    const { epic } = parseEpicDocument({ id: 4, name: 'Flat', tasks: [{ ...legacyTask, id: 4.1 }] })
    expect(epic.key).toBe('4')
    expect(epic.tasks[0]?.key).toBe('4.1')
  })

  it('keeps tdd_skip_reason and a null phase when the task is an analysis task', () => {
    const { epic } = parseEpicDocument({
      epic: { id: '9', name: 'E', tasks: [{ id: '9.1a', title: 'Analyse', tdd_skip_reason: 'analysis/documentation' }] },
    })
    expect(epic.tasks[0]).toMatchObject({ tddPhase: null, tddSkipReason: 'analysis/documentation', estimateMinutes: null })
  })

  it('maps todo and loose statuses and the analytics dialect fields', () => {
    const { epic } = parseEpicDocument({
      epic: {
        id: 'ANALYTICS',
        name: 'A',
        status: 'In Progress',
        priority: 3,
        tasks: [{ id: 'AN.1', title: 'T', tdd_phase: 'ANALYSIS', status: 'todo', actual_minutes: '12', github_branch: 'feat/x', github_pr_number: 7 }],
      },
    })
    expect(epic.status).toBe('in_progress')
    expect(epic.tasks[0]).toMatchObject({ tddPhase: 'analysis', status: 'pending', actualMinutes: 12, branch: 'feat/x', extra: { github_pr_number: 7 } })
  })

  it('imports a placeholder duration with null days and a warning', () => {
    const { epic, warnings } = parseEpicDocument({ epic: { id: 'X.Y', name: '[Nome]', duration: '[X dias]' } })
    expect(epic.durationDays).toBeNull()
    expect(epic.durationText).toBe('[X dias]')
    expect(warnings).toEqual([{ pointer: '/epic/duration', message: 'duration "[X dias]" is not understood; durationDays left empty' }])
  })

  it('flattens the red/green/refactor test_specs object with a warning', () => {
    const { epic, warnings } = parseEpicDocument({
      epic: { id: '9', name: 'E', tasks: [{ ...legacyTask, test_specs: { refactor_phase: ['c'], red_phase: ['a'], green_phase: 'b' } }] },
    })
    expect(epic.tasks[0]?.testSpecs).toEqual(['a', 'b', 'c'])
    expect(warnings[0]?.pointer).toBe('/epic/tasks/0/test_specs')
  })

  it('reads dependency strings as blocking and objects with their type, dropping repeats with a warning', () => {
    const { epic, warnings } = parseEpicDocument({
      epic: {
        id: '9',
        name: 'E',
        tasks: [{ ...legacyTask, dependencies: ['9.1a', { task_key: '5.3b.2', dependency_type: 'related' }, '9.1a'] }],
      },
    })
    expect(epic.tasks[0]?.dependencies).toEqual([
      { key: '9.1a', type: 'blocking' },
      { key: '5.3b.2', type: 'related' },
    ])
    expect(warnings).toEqual([{ pointer: '/epic/tasks/0/dependencies/2', message: 'duplicate dependency "9.1a" ignored' }])
  })

  it('reports every problem with its JSON pointer when a file is bad', () => {
    const issues = issuesOf(() =>
      parseEpicDocument({
        epic: {
          id: '',
          name: 'E',
          goals: 'not a list',
          labels: ['ok', 3],
          planned_start_date: '2025-02-30',
          tasks: [
            legacyTask,
            { id: '9.2', title: 'T', estimate_minutes: -5, tdd_phase: 'blue', status: 'exploded' },
            { id: '9.3', estimate_minutes: 7.5, story_points: 'many' },
            'not a task',
          ],
        },
      }),
    )
    expect(issues).toEqual([
      { pointer: '/epic/id', message: 'must not be empty' },
      { pointer: '/epic/goals', message: 'expected a list of strings, got string' },
      { pointer: '/epic/labels/1', message: 'expected a string, got number' },
      { pointer: '/epic/planned_start_date', message: 'expected a YYYY-MM-DD date, got "2025-02-30"' },
      { pointer: '/epic/tasks/1/tdd_phase', message: 'expected one of analysis, red, green, refactor, review, got "blue"' },
      { pointer: '/epic/tasks/1/status', message: 'expected one of pending, in_progress, blocked, completed, cancelled, got "exploded"' },
      { pointer: '/epic/tasks/1/estimate_minutes', message: 'expected a number ≥ 0, got -5' },
      { pointer: '/epic/tasks/2/title', message: 'is required' },
      { pointer: '/epic/tasks/2/estimate_minutes', message: 'expected a whole number, got 7.5' },
      { pointer: '/epic/tasks/2/story_points', message: 'expected a number ≥ 0, got "many"' },
      { pointer: '/epic/tasks/3', message: 'expected a task object, got string' },
    ])
  })

  it('names both pointers when two tasks share a key', () => {
    const issues = issuesOf(() =>
      parseEpicDocument({ epic: { id: '9', name: 'E', tasks: [legacyTask, { ...legacyTask, id: '9.2' }, { ...legacyTask }] } }),
    )
    expect(issues).toEqual([{ pointer: '/epic/tasks/2/id', message: 'duplicate task key "9.1b.1" (also at /epic/tasks/0/id)' }])
  })

  it('rejects an epic key containing a slash and tasks given twice', () => {
    const issues = issuesOf(() => parseEpicDocument({ epic: { id: 'a/b', name: 'E', tasks: [] }, tasks: [] }))
    expect(issues.map((issue) => issue.pointer)).toEqual(['/epic/id', '/tasks'])
  })

  it('rejects a planned end before the planned start', () => {
    const issues = issuesOf(() =>
      parseEpicDocument({ epic: { id: '9', name: 'E', planned_start_date: '2025-03-02', planned_end_date: '2025-03-01' } }),
    )
    expect(issues).toEqual([{ pointer: '/epic/planned_end_date', message: 'planned end is before planned start' }])
  })

  it('rejects a non-object document and an unknown format', () => {
    expect(issuesOf(() => parseEpicDocument([]))).toEqual([{ pointer: '', message: 'expected a JSON object, got a list' }])
    expect(issuesOf(() => parseEpicDocument({ format: 'other' }))[0]?.pointer).toBe('/format')
  })
})

describe('parseEpicDocument (duration-epic format)', () => {
  const minimal = { format: 'duration-epic', version: 1, epic: { key: 'E1', name: 'Epic' } }

  it('fills defaults when optional fields are absent', () => {
    const { epic, dialect } = parseEpicDocument(minimal)
    expect(dialect).toBe('duration-epic')
    expect(epic).toEqual({
      key: 'E1',
      name: 'Epic',
      summary: '',
      description: '',
      durationText: null,
      durationDays: null,
      durationMode: 'calendar',
      status: 'pending',
      priority: null,
      goals: [],
      definitionOfDone: [],
      labels: [],
      plannedStart: null,
      plannedEnd: null,
      extra: {},
      documentExtra: {},
      tasks: [],
    })
  })

  it('rejects unknown fields, synonyms and other versions where the legacy dialect would tolerate them', () => {
    const issues = issuesOf(() =>
      parseEpicDocument({
        format: 'duration-epic',
        version: 2,
        other: true,
        epic: {
          key: 'E1',
          name: 'Epic',
          status: 'todo',
          epic_key: 'x',
          tasks: [{ key: 'T1', title: 'T', status: 'done', dependencies: ['T0', { key: 'T0', type: 'hard', note: 1 }] }],
        },
      }),
    )
    expect(issues).toEqual([
      { pointer: '/version', message: 'unsupported version 2; expected 1' },
      { pointer: '/other', message: 'unknown field (custom data belongs under "documentExtra")' },
      { pointer: '/epic/status', message: 'unknown epic status "todo"' },
      { pointer: '/epic/tasks/0/status', message: 'expected one of pending, in_progress, blocked, completed, cancelled, got "done"' },
      { pointer: '/epic/tasks/0/dependencies/0', message: 'expected { key, type }, got string' },
      { pointer: '/epic/tasks/0/dependencies/1/type', message: 'expected blocking, related or optional' },
      { pointer: '/epic/tasks/0/dependencies/1/note', message: 'unknown field' },
      { pointer: '/epic/epic_key', message: 'unknown field (custom data belongs under "extra")' },
    ])
  })
})

describe('parseEpicJson', () => {
  it('ignores a byte-order mark when reading text', () => {
    expect(parseEpicJson(`\uFEFF${JSON.stringify({ epic: { id: '1', name: 'N' } })}`).epic.key).toBe('1')
  })

  it('throws a ValidationError at the root pointer when the text is not JSON', () => {
    const issues = issuesOf(() => parseEpicJson('{"epic": '))
    expect(issues).toHaveLength(1)
    expect(issues[0]?.pointer).toBe('')
  })
})
