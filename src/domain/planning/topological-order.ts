import { DependencyCycleError } from '../errors.js'

/**
 * Kahn's algorithm over node indices, O(V + E). `predecessors[i]` lists the nodes that must come
 * before node i. Ties keep input order (a FIFO queue seeded in index order), so the result is
 * deterministic. On a cycle it throws DependencyCycleError whose `cycle` holds the nodes' names in
 * precedence order (each must finish before the next, and the last before the first), starting at
 * the cycle's earliest task in input order.
 */
export function topologicalOrder(
  predecessors: readonly (readonly number[])[],
  names: readonly string[],
): number[] {
  const count = predecessors.length
  const indegree = new Int32Array(count)
  const successorCount = new Int32Array(count + 1)
  for (let node = 0; node < count; node += 1) {
    const preds = predecessors[node] ?? []
    indegree[node] = preds.length
    for (const pred of preds) {
      successorCount[pred + 1] = (successorCount[pred + 1] ?? 0) + 1
    }
  }
  // Successors in compressed rows: successorsOf(p) = flat[offset[p] .. offset[p + 1]).
  const offset = successorCount
  for (let node = 0; node < count; node += 1) {
    offset[node + 1] = (offset[node + 1] ?? 0) + (offset[node] ?? 0)
  }
  const flat = new Int32Array(offset[count] ?? 0)
  const cursor = offset.slice(0, count)
  for (let node = 0; node < count; node += 1) {
    for (const pred of predecessors[node] ?? []) {
      const at = cursor[pred] ?? 0
      flat[at] = node
      cursor[pred] = at + 1
    }
  }

  const order: number[] = []
  for (let node = 0; node < count; node += 1) {
    if (indegree[node] === 0) {
      order.push(node)
    }
  }
  for (let head = 0; head < order.length; head += 1) {
    const node = order[head] ?? 0
    for (let at = offset[node] ?? 0; at < (offset[node + 1] ?? 0); at += 1) {
      const next = flat[at] ?? 0
      const left = (indegree[next] ?? 0) - 1
      indegree[next] = left
      if (left === 0) {
        order.push(next)
      }
    }
  }
  if (order.length < count) {
    throw new DependencyCycleError(findCycle(predecessors, indegree, names))
  }
  return order
}

/**
 * After Kahn's pass every unprocessed node still has an unprocessed predecessor, so walking
 * predecessors from any of them must revisit a node; the revisited stretch is a cycle.
 */
function findCycle(
  predecessors: readonly (readonly number[])[],
  indegree: Int32Array,
  names: readonly string[],
): string[] {
  const stuck = (node: number): boolean => (indegree[node] ?? 0) > 0
  const seenAt = new Map<number, number>()
  const walk: number[] = []
  let node = indegree.findIndex((value) => value > 0)
  while (node >= 0 && !seenAt.has(node)) {
    seenAt.set(node, walk.length)
    walk.push(node)
    node = (predecessors[node] ?? []).find(stuck) ?? -1
  }
  const cycle = walk.slice(seenAt.get(node) ?? 0).reverse()
  // Rotate so the cycle starts at its earliest input task: the same cycle always reads the same.
  const first = cycle.indexOf(cycle.reduce((low, index) => Math.min(low, index), Number.POSITIVE_INFINITY))
  return [...cycle.slice(first), ...cycle.slice(0, first)].map((index) => names[index] ?? String(index))
}
