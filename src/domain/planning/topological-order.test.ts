import { describe, expect, it } from 'vitest'
import { DependencyCycleError } from '../errors.js'
import { thrownBy } from './planning.test-support.js'
import { topologicalOrder } from './topological-order.js'

/** Node i waits for node i − 1, and node 0 waits for the last: one cycle through every node. */
function ring(length: number): { predecessors: number[][]; names: string[] } {
  return {
    predecessors: Array.from({ length }, (_, index) => [(index + length - 1) % length]),
    names: Array.from({ length }, (_, index) => `k${index}`),
  }
}

function cycleErrorOf(length: number): DependencyCycleError {
  const { predecessors, names } = ring(length)
  return thrownBy(() => topologicalOrder(predecessors, names), DependencyCycleError)
}

describe('topologicalOrder', () => {
  it('orders predecessors first and keeps input order between independent nodes', () => {
    expect(topologicalOrder([[2], [], []], ['a', 'b', 'c'])).toEqual([1, 2, 0])
  })
})

describe('DependencyCycleError', () => {
  it('names every key in its message when the cycle has at most 20 keys', () => {
    const error = cycleErrorOf(20)
    expect(error.cycle).toHaveLength(20)
    expect(error.message).toBe(`dependency cycle: ${error.cycle.join(' → ')}`)
    expect(error.message.endsWith('k18 → k19')).toBe(true)
  })

  it('names the first 20 keys and counts the rest when the cycle is longer', () => {
    const error = cycleErrorOf(25)
    const first20 = Array.from({ length: 20 }, (_, index) => `k${index}`).join(' → ')
    expect(error.message).toBe(`dependency cycle: ${first20} → … (5 more)`)
    expect(error.cycle).toEqual(Array.from({ length: 25 }, (_, index) => `k${index}`))
  })

  it('keeps a short message and the complete cycle when 10,000 tasks loop', () => {
    const error = cycleErrorOf(10_000)
    expect(error.message.endsWith('k19 → … (9980 more)')).toBe(true)
    expect(error.message.length).toBeLessThan(250)
    expect(error.cycle).toHaveLength(10_000)
    expect(error.cycle.at(-1)).toBe('k9999')
    expect(error.code).toBe('dependency_cycle')
  })
})
