import { clientsRepository } from '../clients/clients.repository.js'
import { createResourceService, visibilityOf, type ResourceService, type ResourceServiceDeps } from '../resource.service.js'
import { projectMembersRepository } from './project-members.repository.js'
import { projectsRepository } from './projects.repository.js'
import type { Project, ProjectCreate, ProjectPatch } from './projects.schema.js'

export type ProjectsService = ResourceService<Project, ProjectCreate, ProjectPatch>

/** Projects live under a client the actor can see; their creator becomes the project's manager. */
export function createProjectsService(deps: ResourceServiceDeps): ProjectsService {
  return createResourceService<Project, ProjectCreate, ProjectPatch>(deps, 'project', projectsRepository, {
    beforeCreate: async (tx, actor, input) => {
      await clientsRepository.require(tx, input.clientId, { visibleTo: visibilityOf(actor) })
      return { ...input, createdBy: actor.userId }
    },
    afterCreate: async (tx, actor, project) => {
      await projectMembersRepository.insert(tx, { projectId: project.id, userId: actor.userId, projectRole: 'manager' }, deps.clock)
    },
  })
}
