import { ValidationError } from '../../domain/errors.js'
import type { Actor } from '../../identity/actor.js'
import type { ResourceServiceDeps } from '../resource.service.js'
import { usersRepository } from './users.repository.js'
import type { User, UserPatch } from './users.schema.js'

export interface UsersService {
  me(actor: Actor): Promise<User>
  updateMe(actor: Actor, expectedVersion: number, patch: UserPatch): Promise<User>
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** A user's own profile. Roles, activation and other users are the identity module's admin routes. */
export function createUsersService({ store, clock, audit }: ResourceServiceDeps): UsersService {
  return {
    me: (actor) => usersRepository.require(store.db, actor.userId),
    updateMe: (actor, expectedVersion, patch) => {
      if (patch.timeZone !== undefined && !isTimeZone(patch.timeZone)) {
        throw new ValidationError('unknown time zone', [{ pointer: '/timeZone', message: 'not an IANA time zone' }])
      }
      return store.write(async (tx) => {
        const before = await usersRepository.require(tx, actor.userId)
        const after = await usersRepository.update(tx, actor.userId, expectedVersion, patch, clock)
        await audit.record(tx, actor, { action: 'user.update', entity: 'user', entityId: actor.userId, before, after })
        return after
      })
    },
  }
}
