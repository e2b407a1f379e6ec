import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository } from '../../store/entity-repository.js'
import type { TaskCreate, TaskDependency, TaskDependencyCreate, TaskDependencyPatch, TaskPatch} from './tasks.schema.js';
import {
  TASK_LIST_FIELDS, type Task
} from './tasks.schema.js'

const TASK_JSON_COLUMNS = ['acceptance_criteria', 'test_specs', 'deliverables', 'files_touched', 'labels']

export const tasksRepository = createEntityRepository<Task, TaskCreate, TaskPatch>({
  entity: 'task',
  table: 'tasks',
  view: 'visible_tasks',
  softDelete: true,
  kinds: { json: TASK_JSON_COLUMNS },
  ...TASK_LIST_FIELDS,
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
