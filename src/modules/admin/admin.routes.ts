import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requireActor } from '../../http/auth-guard.js'
import { IdParams } from '../../http/resource-routes.js'
import { ProjectMember } from '../projects/projects.schema.js'
import { User } from '../users/users.schema.js'
import {
  ActiveBody, AdminUserCreate, AdminUserCreated, MemberBody, MemberList, MemberParams, ResetTokenView, RoleBody,
  SecurityPolicy, SessionsEnded, UserListQuery, UserPage,
} from './admin.schema.js'
import type { AdminService } from './admin.service.js'

const tags = ['admin']
const users = { permission: 'admin:users', rateLimit: 'write' } as const

/** User management, project membership and the security policy, for owners and admins: `/admin/*`. */
export function adminRoutes({ admin }: { admin: AdminService }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/admin/users', {
      schema: { tags, summary: 'List users', querystring: UserListQuery, response: { 200: UserPage } },
      config: { permission: 'admin:users', rateLimit: 'read' },
    }, (request) => admin.listUsers(request.query))

    app.post('/admin/users', {
      schema: { tags, summary: 'Create a user (with a password, or get a one-time reset token to hand over)', body: AdminUserCreate, response: { 201: AdminUserCreated } },
      config: users,
    }, async (request, reply) => reply.code(201).send(await admin.createUser(requireActor(request), request.body)))

    app.put('/admin/users/:id/role', {
      schema: { tags, summary: "Change a user's workspace role (ends their sessions)", params: IdParams, body: RoleBody, response: { 200: User } },
      config: users,
    }, (request) => admin.changeRole(requireActor(request), request.params.id, request.body.role))

    app.put('/admin/users/:id/active', {
      schema: { tags, summary: 'Deactivate or reactivate a user (ends their sessions)', params: IdParams, body: ActiveBody, response: { 200: User } },
      config: users,
    }, (request) => admin.setActive(requireActor(request), request.params.id, request.body.isActive))

    app.post('/admin/users/:id/password-reset', {
      schema: { tags, summary: 'Issue a one-time password reset token (24 h)', params: IdParams, response: { 201: ResetTokenView } },
      config: users,
    }, async (request, reply) => reply.code(201).send(await admin.issuePasswordReset(requireActor(request), request.params.id)))

    app.post('/admin/users/:id/sessions/revoke', {
      schema: { tags, summary: "End all of a user's sessions", params: IdParams, response: { 200: SessionsEnded } },
      config: users,
    }, async (request) => ({ sessionsEnded: await admin.endSessions(requireActor(request), request.params.id) }))

    app.get('/admin/projects/:id/members', {
      schema: { tags, summary: 'Members of a project', params: IdParams, response: { 200: MemberList } },
      config: { permission: 'admin:users', rateLimit: 'read' },
    }, async (request) => ({ items: await admin.listMembers(request.params.id) }))

    app.put('/admin/projects/:id/members/:userId', {
      schema: { tags, summary: 'Add a member to a project or change their project role', params: MemberParams, body: MemberBody, response: { 200: ProjectMember } },
      config: users,
    }, (request) => admin.setMember(requireActor(request), request.params.id, request.params.userId, request.body.projectRole))

    app.delete('/admin/projects/:id/members/:userId', {
      schema: { tags, summary: 'Remove a member from a project', params: MemberParams, response: { 204: Type.Null() } },
      config: users,
    }, async (request, reply) => {
      await admin.removeMember(requireActor(request), request.params.id, request.params.userId)
      return reply.code(204).send(null)
    })

    app.get('/admin/security-policy', {
      schema: { tags, summary: 'Workspace security policy', response: { 200: SecurityPolicy } },
      config: { permission: 'admin:system', rateLimit: 'read' },
    }, () => admin.policy())

    app.put('/admin/security-policy', {
      schema: { tags, summary: 'Change the workspace security policy (e.g. require two-factor for everyone)', body: SecurityPolicy, response: { 200: SecurityPolicy } },
      config: { permission: 'admin:system', rateLimit: 'write' },
    }, (request) => admin.setPolicy(requireActor(request), request.body))
  }
}
