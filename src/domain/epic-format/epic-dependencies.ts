import type { DependencyType } from '../planning/index.js'
import type { NormalizedEpic } from './epic-format.types.js'

export interface ExternalDependency {
  task: string
  dependsOn: string
  type: DependencyType
}

export interface EpicDependencySummary {
  /** Every dependency in the epic. */
  total: number
  /** Dependencies on a task of the same epic. */
  internal: number
  /**
   * Dependencies this file cannot resolve on its own: cross-epic ("5.3b.2" in epic 7) or
   * dangling ("0.14"). The importer resolves them once every epic is loaded (planning's
   * createDependencyResolver) and keeps the rest as unresolved keys.
   */
  external: ExternalDependency[]
}

export function summarizeDependencies(epic: NormalizedEpic): EpicDependencySummary {
  const own = new Set(epic.tasks.map((task) => task.key))
  const summary: EpicDependencySummary = { total: 0, internal: 0, external: [] }
  for (const task of epic.tasks) {
    for (const dependency of task.dependencies) {
      summary.total += 1
      if (own.has(dependency.key)) {
        summary.internal += 1
      } else {
        summary.external.push({ task: task.key, dependsOn: dependency.key, type: dependency.type })
      }
    }
  }
  return summary
}
