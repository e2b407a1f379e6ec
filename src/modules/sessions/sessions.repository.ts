import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository } from '../../store/entity-repository.js'
import type {
  SessionInterruption, SessionInterruptionCreate, WorkSession, WorkSessionCreate, WorkSessionPatch,
} from './sessions.schema.js'

export const workSessionsRepository = createEntityRepository<WorkSession, WorkSessionCreate, WorkSessionPatch>({
  entity: 'work session',
  table: 'work_sessions',
  softDelete: false,
  kinds: {},
  filterable: ['userId', 'taskId', 'kind', 'mode', 'state'],
  sortable: ['startedAt', 'createdAt', 'endedAt'],
  defaultSort: 'startedAt',
  access: ACCESS_RULES.ownRows,
})

export const sessionInterruptionsRepository = createEntityRepository<SessionInterruption, SessionInterruptionCreate, Partial<SessionInterruptionCreate>>({
  entity: 'interruption',
  table: 'session_interruptions',
  softDelete: false,
  kinds: {},
  filterable: ['sessionId', 'userId', 'source'],
  sortable: ['occurredAt', 'createdAt'],
  defaultSort: 'occurredAt',
  access: ACCESS_RULES.ownRows,
})
