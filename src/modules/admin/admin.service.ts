import type { Clock } from '../../domain/clock.js'
import { ConflictError, NotFoundError } from '../../domain/errors.js'
import { assertCanAssignRole, type AccountsService, type IssuedReset, type NewAccount } from '../../identity/accounts.service.js'
import type { Actor } from '../../identity/actor.js'
import type { AuditTrail } from '../../identity/audit-trail.js'
import { countActiveOwners } from '../../identity/credentials.repository.js'
import type { SessionService } from '../../identity/sessions.service.js'
import type { TwoFactorService } from '../../identity/two-factor.service.js'
import type { Page } from '../../store/entity-repository.js'
import type { Store } from '../../store/store.js'
import type { Executor } from '../../store/transactions.js'
import { projectMembersRepository } from '../projects/project-members.repository.js'
import { projectsRepository } from '../projects/projects.repository.js'
import type { ProjectMember } from '../projects/projects.schema.js'
import { usersRepository } from '../users/users.repository.js'
import type { User, WorkspaceRole } from '../users/users.schema.js'
import type { SecurityPolicy, UserListQuery } from './admin.schema.js'

export interface AdminService {
  listUsers(query: UserListQuery): Promise<Page<User>>
  createUser(actor: Actor, input: NewAccount): Promise<{ user: User; reset: IssuedReset | null }>
  /** Changes a workspace role; the user's sessions end, so the new role applies from their next login. */
  changeRole(actor: Actor, userId: string, role: WorkspaceRole): Promise<User>
  /** Deactivates (sessions end, tokens stop working) or reactivates a user. */
  setActive(actor: Actor, userId: string, isActive: boolean): Promise<User>
  issuePasswordReset(actor: Actor, userId: string): Promise<IssuedReset>
  endSessions(actor: Actor, userId: string): Promise<number>
  listMembers(projectId: string): Promise<ProjectMember[]>
  setMember(actor: Actor, projectId: string, userId: string, projectRole: ProjectMember['projectRole']): Promise<ProjectMember>
  removeMember(actor: Actor, projectId: string, userId: string): Promise<void>
  policy(): Promise<SecurityPolicy>
  setPolicy(actor: Actor, policy: SecurityPolicy): Promise<SecurityPolicy>
}

export interface AdminDeps {
  store: Store
  clock: Clock
  audit: AuditTrail
  accounts: AccountsService
  sessions: SessionService
  twoFactor: TwoFactorService
}

/** Owners and admins managing people: roles, activation, resets, project membership, the 2FA policy. */
export function createAdminService({ store, clock, audit, accounts, sessions, twoFactor }: AdminDeps): AdminService {
  /** The user, after checking the actor may manage them at all (admins cannot touch owners). */
  const manageable = async (tx: Executor, actor: Actor, userId: string): Promise<User> => {
    const user = await usersRepository.require(tx, userId)
    assertCanAssignRole(actor, user.role)
    return user
  }
  const assertNotLastOwner = async (tx: Executor, user: User, what: string) => {
    if (user.role === 'owner' && user.isActive && (await countActiveOwners(tx)) <= 1) {
      throw new ConflictError(`the last active owner cannot be ${what}; make someone else owner first`)
    }
  }
  const findMember = async (tx: Executor, projectId: string, userId: string) =>
    (await projectMembersRepository.list(tx, { filters: { projectId, userId }, limit: 1 })).items[0]

  return {
    listUsers: (query) =>
      usersRepository.list(store.db, {
        filters: { role: query.role, isActive: query.isActive, email: query.email?.toLowerCase() },
        limit: query.limit, offset: query.offset,
      }),

    createUser: (actor, input) => accounts.create(actor, input),

    changeRole: (actor, userId, role) =>
      store.write(async (tx) => {
        const user = await manageable(tx, actor, userId)
        assertCanAssignRole(actor, role)
        if (user.role === role) {
          return user
        }
        if (role !== 'owner') {
          await assertNotLastOwner(tx, user, 'demoted')
        }
        const updated = await usersRepository.update(tx, userId, user.version, { role }, clock)
        await sessions.revokeAllForUser(tx, userId)
        await audit.record(tx, actor, { action: 'user.role_change', entity: 'user', entityId: userId, before: { role: user.role }, after: { role } })
        return updated
      }),

    setActive: (actor, userId, isActive) =>
      store.write(async (tx) => {
        const user = await manageable(tx, actor, userId)
        if (user.isActive === isActive) {
          return user
        }
        if (!isActive) {
          if (userId === actor.userId) {
            throw new ConflictError('you cannot deactivate yourself')
          }
          await assertNotLastOwner(tx, user, 'deactivated')
        }
        const updated = await usersRepository.update(tx, userId, user.version, { isActive }, clock)
        await sessions.revokeAllForUser(tx, userId)
        await audit.record(tx, actor, {
          action: isActive ? 'user.activate' : 'user.deactivate', entity: 'user', entityId: userId, before: { isActive: user.isActive }, after: { isActive },
        })
        return updated
      }),

    issuePasswordReset: (actor, userId) => accounts.issuePasswordReset(actor, userId),

    endSessions: (actor, userId) =>
      store.write(async (tx) => {
        await manageable(tx, actor, userId)
        const ended = await sessions.revokeAllForUser(tx, userId)
        await audit.record(tx, actor, { action: 'auth.logout_all', entity: 'user', entityId: userId, after: { sessionsEnded: ended } })
        return ended
      }),

    async listMembers(projectId) {
      await projectsRepository.require(store.db, projectId)
      return (await projectMembersRepository.list(store.db, { filters: { projectId }, limit: 200 })).items
    },

    setMember: (actor, projectId, userId, projectRole) =>
      store.write(async (tx) => {
        await projectsRepository.require(tx, projectId)
        await usersRepository.require(tx, userId)
        const existing = await findMember(tx, projectId, userId)
        if (existing === undefined) {
          const created = await projectMembersRepository.insert(tx, { projectId, userId, projectRole }, clock)
          await audit.record(tx, actor, { action: 'project_member.create', entity: 'project_member', entityId: created.id, after: created })
          return created
        }
        const updated = await projectMembersRepository.update(tx, existing.id, existing.version, { projectRole }, clock)
        await audit.record(tx, actor, { action: 'project_member.update', entity: 'project_member', entityId: existing.id, before: existing, after: updated })
        return updated
      }),

    removeMember: (actor, projectId, userId) =>
      store.write(async (tx) => {
        const existing = await findMember(tx, projectId, userId)
        if (existing === undefined) {
          throw new NotFoundError('project member', `${projectId}/${userId}`)
        }
        await projectMembersRepository.remove(tx, existing.id, existing.version)
        await audit.record(tx, actor, { action: 'project_member.delete', entity: 'project_member', entityId: existing.id, before: existing })
      }),

    policy: async () => ({ requireTwoFactor: await twoFactor.isRequiredByPolicy() }),

    async setPolicy(actor, policy) {
      await twoFactor.setRequiredByPolicy(actor, policy.requireTwoFactor)
      return policy
    },
  }
}
