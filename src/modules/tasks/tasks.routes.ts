import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requireActor } from '../../http/auth-guard.js'
import { expectedVersion, IdParams, resourceRoutes, VersionQuery } from '../../http/resource-routes.js'
import type { EpicsService } from '../epics/epics.service.js'
import type { TaskDependenciesService } from './task-dependencies.service.js'
import { Task, TASK_LIST_FIELDS, TaskCreate, TaskDependency, TaskDependencyCreate, TaskPatch } from './tasks.schema.js'
import type { TasksService } from './tasks.service.js'

const DependencyBody = Type.Pick(TaskDependencyCreate, ['dependsOnKey', 'dependencyType'], { additionalProperties: false })

export function tasksRoutes(tasks: TasksService, epics: EpicsService, dependencies: TaskDependenciesService): FastifyPluginAsyncTypebox {
  const crud = resourceRoutes(tasks, {
    path: 'tasks', entity: Task, create: TaskCreate, patch: TaskPatch, fields: TASK_LIST_FIELDS,
    read: 'tasks:read', write: 'tasks:write', softDelete: true,
    nestedUnder: { parentPath: 'epics', field: 'epicId', parent: epics },
  })
  return async (app) => {
    await app.register(crud)
    const tags = ['tasks']
    app.get('/tasks/:id/dependencies', {
      schema: { tags, params: IdParams, response: { 200: Type.Object({ items: Type.Array(TaskDependency) }) } },
      config: { permission: 'tasks:read', rateLimit: 'read' },
    }, async (request) => ({ items: await dependencies.list(requireActor(request), request.params.id) }))
    app.post('/tasks/:id/dependencies', {
      schema: { tags, params: IdParams, body: DependencyBody, response: { 201: TaskDependency } },
      config: { permission: 'tasks:write', rateLimit: 'write' },
    }, async (request, reply) => reply.code(201).send(await dependencies.add(requireActor(request), request.params.id, request.body)))
    app.delete('/task-dependencies/:id', {
      schema: { tags, params: IdParams, querystring: VersionQuery, response: { 204: Type.Null() } },
      config: { permission: 'tasks:write', rateLimit: 'write' },
    }, async (request, reply) => {
      await dependencies.remove(requireActor(request), request.params.id, expectedVersion(request, request.query.version))
      return reply.code(204).send(null)
    })
  }
}
