import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DependencyCycleError } from '../errors.js'
import { DEPENDENCY_TYPES } from './planning.types.js'
import { createWeekendCalendar, thrownBy } from './planning.test-support.js'
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

/** Every broken CPM rule in the schedule of `tasks`, as readable lines; [] when all hold. */
function scheduleViolations(tasks: readonly ScheduleInputTask[]): string[] {
  const schedule = scheduleTasks(tasks, options)
  const byKey = new Map(schedule.tasks.map((task) => [task.key, task]))
  const position = new Map(schedule.order.map((key, index) => [key, index]))
  const violations: string[] = []
  const check = (holds: boolean, rule: string): void => {
    if (!holds) {
      violations.push(rule)
    }
  }
  let maxFinish = 0
  for (const input of tasks) {
    const task = byKey.get(input.key)
    if (task === undefined) {
      violations.push(`${input.key} missing`)
      continue
    }
    check(task.earliestFinishMinute === task.earliestStartMinute + input.estimateMinutes, `${task.key} EF = ES + estimate`)
    check(task.slackMinutes >= 0, `${task.key} slack ≥ 0`)
    check(task.latestFinishMinute <= schedule.totalMinutes, `${task.key} LF ≤ total`)
    check(task.earliestStart <= task.earliestFinish, `${task.key} start date ≤ finish date`)
    maxFinish = Math.max(maxFinish, task.earliestFinishMinute)
    for (const dep of input.dependsOn.filter((d) => d.type === 'blocking')) {
      const pred = byKey.get(dep.key)
      check(task.earliestStartMinute >= (pred?.earliestFinishMinute ?? Infinity), `${task.key} ES ≥ EF of ${dep.key}`)
      check((pred?.latestFinishMinute ?? Infinity) <= task.latestStartMinute, `${dep.key} LF ≤ LS of ${task.key}`)
      check((position.get(dep.key) ?? Infinity) < (position.get(input.key) ?? -1), `${dep.key} ordered before ${task.key}`)
    }
  }
  check(schedule.totalMinutes === maxFinish, 'total = max EF')
  check(schedule.unresolved.length === 0, 'nothing unresolved')
  const path = schedule.criticalPath.map((key) => byKey.get(key))
  check(path[0]?.earliestStartMinute === 0, 'critical path starts at 0')
  check(path.at(-1)?.earliestFinishMinute === schedule.totalMinutes, 'critical path ends at total')
  path.forEach((task, index) => {
    check(task?.critical === true, `${task?.key} on the path is critical`)
    const next = path[index + 1]
    check(next === undefined || next.earliestStartMinute === task?.earliestFinishMinute, `${next?.key} starts when ${task?.key} ends`)
  })
  return violations
}

describe('scheduleTasks properties', () => {
  it('respects every blocking dependency and CPM identities when given any DAG', () => {
    fc.assert(
      fc.property(dagArbitrary, (tasks) => {
        // One expect per run: tens of thousands of expect() calls cost more than the scheduling.
        expect(scheduleViolations(tasks)).toEqual([])
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
        const error = thrownBy(() => scheduleTasks(tasks, options), DependencyCycleError)
        expect(error.cycle).toHaveLength(length)
        expect(error.cycle[0]).toBe('c0')
        const dependsOn = new Map(tasks.map((task) => [task.key, task.dependsOn.map((dep) => dep.key)]))
        const broken = error.cycle.filter((key, index) => {
          const next = error.cycle[(index + 1) % error.cycle.length] ?? ''
          return dependsOn.get(next)?.includes(key) !== true
        })
        expect(broken).toEqual([])
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
    const { cycle } = thrownBy(() => scheduleTasks(tasks, options), DependencyCycleError)
    expect(cycle).toHaveLength(10_000)
    expect(cycle.slice(0, 3)).toEqual(['k0', 'k1', 'k2'])
  })
})
