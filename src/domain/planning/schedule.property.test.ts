import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DependencyCycleError } from '../errors.js'
import { DEPENDENCY_TYPES } from './planning.types.js'
import { createWeekendCalendar } from './planning.test-support.js'
import { scheduleTasks, type ScheduleInputTask } from './schedule.js'

const calendar = createWeekendCalendar()
const options = { projectStart: '2025-03-03', calendar }

/** Random DAGs: task i may depend only on tasks < i, then the list is shuffled by a permutation. */
const dagArbitrary = fc
  .array(
    fc.record({
      estimate: fc.integer({ min: 0, max: 900 }),
      deps: fc.array(fc.record({ back: fc.nat(), type: fc.constantFrom(...DEPENDENCY_TYPES) }), { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .chain((rows) =>
    fc.shuffledSubarray(
      rows.map((row, index): ScheduleInputTask => ({
        key: `t${index}`,
        estimateMinutes: row.estimate,
        dependsOn: index === 0 ? [] : row.deps.map((dep) => ({ key: `t${dep.back % index}`, type: dep.type })),
      })),
      { minLength: rows.length, maxLength: rows.length },
    ),
  )

describe('scheduleTasks properties', () => {
  it('respects every blocking dependency and CPM identities when given any DAG', () => {
    fc.assert(
      fc.property(dagArbitrary, (tasks) => {
        const schedule = scheduleTasks(tasks, options)
        const byKey = new Map(schedule.tasks.map((task) => [task.key, task]))
        const position = new Map(schedule.order.map((key, index) => [key, index]))
        let maxFinish = 0
        for (const input of tasks) {
          const task = byKey.get(input.key)
          if (task === undefined) {
            throw new Error(`missing ${input.key}`)
          }
          expect(task.earliestFinishMinute).toBe(task.earliestStartMinute + input.estimateMinutes)
          expect(task.slackMinutes).toBeGreaterThanOrEqual(0)
          expect(task.latestFinishMinute).toBeLessThanOrEqual(schedule.totalMinutes)
          expect(task.earliestStart <= task.earliestFinish).toBe(true)
          maxFinish = Math.max(maxFinish, task.earliestFinishMinute)
          for (const dep of input.dependsOn.filter((d) => d.type === 'blocking')) {
            const pred = byKey.get(dep.key)
            expect(task.earliestStartMinute).toBeGreaterThanOrEqual(pred?.earliestFinishMinute ?? Infinity)
            expect(pred?.latestFinishMinute ?? Infinity).toBeLessThanOrEqual(task.latestStartMinute)
            expect(position.get(dep.key) ?? Infinity).toBeLessThan(position.get(input.key) ?? -1)
          }
        }
        expect(schedule.totalMinutes).toBe(maxFinish)
        expect(schedule.unresolved).toEqual([])
        const path = schedule.criticalPath.map((key) => byKey.get(key))
        expect(path[0]?.earliestStartMinute).toBe(0)
        expect(path.at(-1)?.earliestFinishMinute).toBe(schedule.totalMinutes)
        path.forEach((task, index) => {
          expect(task?.critical).toBe(true)
          const next = path[index + 1]
          if (next !== undefined) {
            expect(next.earliestStartMinute).toBe(task?.earliestFinishMinute)
          }
        })
      }),
      { numRuns: 150 },
    )
  })

  it('throws a cycle whose links are real blocking dependencies when a back edge closes a chain', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (length) => {
        const tasks: ScheduleInputTask[] = Array.from({ length }, (_, index) => ({
          key: `c${index}`,
          estimateMinutes: 10,
          dependsOn: index === 0 ? [] : [{ key: `c${index - 1}`, type: 'blocking' as const }],
        }))
        tasks[0] = { key: 'c0', estimateMinutes: 10, dependsOn: [{ key: `c${length - 1}`, type: 'blocking' }] }
        expect(() => scheduleTasks(tasks, options)).toThrow(DependencyCycleError)
        try {
          scheduleTasks(tasks, options)
        } catch (error) {
          expect(error).toBeInstanceOf(DependencyCycleError)
          const cycle = (error as DependencyCycleError).cycle
          expect(cycle).toHaveLength(length)
          expect(cycle[0]).toBe('c0')
          cycle.forEach((key, index) => {
            const next = cycle[(index + 1) % cycle.length] ?? ''
            const nextTask = tasks.find((task) => task.key === next)
            expect(nextTask?.dependsOn.some((dep) => dep.key === key)).toBe(true)
          })
        }
      }),
      { numRuns: 60 },
    )
  })

  it('schedules 10,000 tasks with 30,000 dependencies in under 1.5 s', () => {
    let seed = 42
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed / 2_147_483_648
    }
    const keyOf = (index: number): string => `epic${index % 50}/task${index}`
    const tasks: ScheduleInputTask[] = Array.from({ length: 10_000 }, (_, index) => ({
      key: keyOf(index),
      estimateMinutes: 5 + Math.floor(random() * 45),
      dependsOn:
        index === 0
          ? []
          : Array.from({ length: 3 }, () => ({ key: keyOf(Math.floor(random() * index)), type: 'blocking' as const })),
    }))
    const started = performance.now()
    const schedule = scheduleTasks(tasks.reverse(), options)
    const elapsed = performance.now() - started
    expect(schedule.tasks).toHaveLength(10_000)
    expect(schedule.unresolved).toEqual([])
    expect(schedule.criticalPath[0]).toBe('epic0/task0')
    expect(elapsed).toBeLessThan(1500)
  })

  it('reports a 10,000-task cycle without deep recursion when a long chain loops back', () => {
    const tasks: ScheduleInputTask[] = Array.from({ length: 10_000 }, (_, index) => ({
      key: `k${index}`,
      estimateMinutes: 480,
      dependsOn: [{ key: `k${(index + 9_999) % 10_000}`, type: 'blocking' as const }],
    }))
    try {
      scheduleTasks(tasks, options)
      expect.unreachable()
    } catch (error) {
      const cycle = (error as DependencyCycleError).cycle
      expect(cycle).toHaveLength(10_000)
      expect(cycle.slice(0, 3)).toEqual(['k0', 'k1', 'k2'])
    }
  })
})
