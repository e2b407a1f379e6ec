import { createEntityRepository } from '../store/entity-repository.js'
import type { ApiToken } from './tokens.schema.js'

export interface ApiTokenInsert {
  userId: string
  name: string
  tokenHash: string
  scopes: readonly string[] | null
  expiresAt: string | null
}

export const apiTokensRepository = createEntityRepository<
  ApiToken & { tokenHash?: never },
  ApiTokenInsert,
  Partial<Pick<ApiToken, 'lastUsedAt' | 'revokedAt' | 'name'>>
>({
  entity: 'token',
  table: 'api_tokens',
  softDelete: false,
  kinds: { json: ['scopes'] },
  hidden: ['token_hash'],
  filterable: ['userId', 'tokenHash'],
  sortable: ['createdAt'],
  defaultSort: 'createdAt',
})
