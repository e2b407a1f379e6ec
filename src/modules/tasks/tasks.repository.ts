import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository } from '../../store/entity-repository.js'
import type {
  Task, TaskCreate, TaskDependency, TaskDependencyCreate, TaskDependencyPatch, TaskPatch,
} from './tasks.schema.js'

const TASK_JSON_COLUMNS = ['acceptance_criteria', 'test_specs', 'deliverables', 'files_touched', 'labels']

export const tasksRepository = createEntityRepository<Task, TaskCreate, TaskPatch>({
  entity: 'task',
  table: 'tasks',
  view: 'visible_tasks',
  softDelete: true,
  kinds: { json: TASK_JSON_COLUMNS },
  filterable: ['epicId', 'taskKey', 'status', 'tddPhase', 'assignedTo'],
  sortable: ['position', 'createdAt', 'updatedAt', 'taskKey', 'title', 'priority', 'estimateMinutes'],
  defaultSort: 'position',
  access: ACCESS_RULES.tasks,
})

/** Dependencies are kept by key and resolved to a task id when the target exists (also across epics). */
export const taskDependenciesRepository = createEntityRepository<TaskDependency, TaskDependencyCreate, TaskDependencyPatch>({
  entity: 'task dependency',
  table: 'task_dependencies',
  softDelete: false,
  kinds: {},
  filterable: ['taskId', 'dependsOnKey', 'dependsOnTaskId', 'dependencyType'],
  sortable: ['createdAt', 'dependsOnKey'],
  defaultSort: 'createdAt',
  access: ACCESS_RULES.taskDependencies,
})
