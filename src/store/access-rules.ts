/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return --
   Expression builders for tables chosen at run time (see entity-repository.ts). */
import { sql } from 'kysely'

/**
 * Object-level access for members and viewers, as SQL conditions on the row being read.
 * A user reaches a project through a project_members row or by having created it; everything
 * below a project (epics, tasks, dependencies) follows the project, and epics without a project
 * belong to whoever created them. Owners and admins bypass these rules (see identity/actor.ts).
 */
export type AccessRule = (eb: any, userId: string) => any

const memberProjectIds = (eb: any, userId: string) =>
  eb
    .selectFrom('project_members')
    .select('project_id')
    .where('user_id', '=', userId)
    .union(eb.selectFrom('projects').select('id as project_id').where('created_by', '=', userId))

const visibleEpicIds = (eb: any, userId: string) =>
  eb
    .selectFrom('epics')
    .select('id')
    .where((inner: any) =>
      inner.or([
        inner('project_id', 'in', memberProjectIds(inner, userId)),
        inner.and([inner('project_id', 'is', null), inner('created_by', '=', userId)]),
      ]),
    )

export const ACCESS_RULES = {
  clients: (eb, userId) =>
    eb.or([
      eb('created_by', '=', userId),
      eb('id', 'in', eb.selectFrom('projects').select('client_id').where('id', 'in', memberProjectIds(eb, userId))),
    ]),
  projects: (eb, userId) => eb('id', 'in', memberProjectIds(eb, userId)),
  epics: (eb, userId) => eb('id', 'in', visibleEpicIds(eb, userId)),
  tasks: (eb, userId) => eb('epic_id', 'in', visibleEpicIds(eb, userId)),
  taskDependencies: (eb, userId) =>
    eb('task_id', 'in', eb.selectFrom('tasks').select('id').where('epic_id', 'in', visibleEpicIds(eb, userId))),
  ownRows: (eb, userId) => eb('user_id', '=', userId),
  ownOrWorkspace: (eb, userId) => eb.or([eb('user_id', '=', userId), eb('scope', '=', sql.lit('workspace'))]),
} satisfies Record<string, AccessRule>
