import { createEntityRepository } from '../../store/entity-repository.js'
import type { User, UserCreate, UserPatch } from './users.schema.js'

/** Users never expose their password hash through the entity; identity reads it separately. */
export const usersRepository = createEntityRepository<User, UserCreate & { passwordHash?: string | null }, UserPatch & { role?: string; isActive?: boolean; lastLoginAt?: string | null; passwordHash?: string | null }>({
  entity: 'user',
  table: 'users',
  softDelete: false,
  kinds: { boolean: ['is_active'] },
  hidden: ['password_hash'],
  filterable: ['email', 'role', 'isActive'],
  sortable: ['createdAt', 'email', 'displayName'],
  defaultSort: 'createdAt',
})
