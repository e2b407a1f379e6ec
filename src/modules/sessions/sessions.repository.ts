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
})

export const sessionInterruptionsRepository = createEntityRepository<SessionInterruption, SessionInterruptionCreate, Partial<SessionInterruptionCreate>>({
  entity: 'interruption',
  table: 'session_interruptions',
  softDelete: false,
  kinds: {},
  filterable: ['sessionId', 'userId', 'source'],
  sortable: ['occurredAt', 'createdAt'],
  defaultSort: 'occurredAt',
})
