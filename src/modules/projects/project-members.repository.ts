import { createEntityRepository } from '../../store/entity-repository.js'
import type { ProjectMember, ProjectMemberCreate, ProjectMemberPatch } from './projects.schema.js'

export const projectMembersRepository = createEntityRepository<ProjectMember, ProjectMemberCreate, ProjectMemberPatch>({
  entity: 'project member',
  table: 'project_members',
  softDelete: false,
  kinds: {},
  filterable: ['projectId', 'userId', 'projectRole'],
  sortable: ['createdAt'],
  defaultSort: 'createdAt',
})
