import type { Generated } from 'kysely'
import type {
  ApiTokenTable, AuditChainHeadTable, AuditLogTable, AuthSessionTable, LoginAttemptTable, PasswordResetTable,
  RecoveryCodeTable, UserTwoFactorTable,
} from './tables.identity.js'

/**
 * Row types of every table, as stored. Both dialects store the same shapes:
 * ids are UUIDv7 text, timestamps UTC ISO-8601 text, booleans 0/1 integers and
 * JSON columns serialized text — so one schema and one set of repositories serve SQLite and PostgreSQL.
 * Repositories map these rows to domain types; nothing above store/ sees a row.
 */

/** Columns every row carries. `version` starts at 1 and increases by one on every update. */
export interface RowMeta {
  id: string
  created_at: string
  updated_at: string
  version: number
}

export interface SoftDeletable {
  deleted_at: string | null
}

export interface UserTable extends RowMeta {
  email: string
  display_name: string
  role: string
  password_hash: string | null
  is_active: number
  time_zone: string
  locale: string
  total_points: number
  last_login_at: string | null
}

export interface ClientTable extends RowMeta, SoftDeletable {
  client_key: string
  name: string
  description: string | null
  industry: string | null
  company_size: string | null
  contact_name: string | null
  contact_email: string | null
  contact_phone: string | null
  billing_email: string | null
  billing_address: string | null
  tax_id: string | null
  hourly_rate: number | null
  currency: string
  time_zone: string
  preferred_language: string
  status: string
  tier: string
  priority: number
  created_by: string | null
}

export interface ProjectTable extends RowMeta, SoftDeletable {
  client_id: string
  project_key: string
  name: string
  description: string | null
  status: string
  priority: number
  health_status: string
  planned_start: string | null
  planned_end: string | null
  actual_start: string | null
  actual_end: string | null
  estimated_hours: number | null
  budget_amount: number | null
  budget_currency: string
  created_by: string | null
}

export interface EpicTable extends RowMeta, SoftDeletable {
  project_id: string | null
  epic_key: string
  name: string
  summary: string | null
  description: string | null
  status: string
  priority: number
  difficulty: string
  duration_text: string | null
  duration_days: number | null
  schedule_mode: string
  planned_start: string | null
  planned_end: string | null
  actual_start: string | null
  actual_end: string | null
  goals: string
  definition_of_done: string
  labels: string
  extra: string
  points_value: number
  checksum: string | null
  created_by: string | null
  assigned_to: string | null
}

export interface TaskTable extends RowMeta, SoftDeletable {
  epic_id: string
  task_key: string
  title: string
  description: string | null
  tdd_phase: string | null
  tdd_skip_reason: string | null
  status: string
  estimate_minutes: number
  actual_minutes: number
  story_points: number
  difficulty_modifier: number | null
  points_earned: number
  position: number
  priority: number | null
  acceptance_criteria: string
  test_specs: string
  deliverables: string
  files_touched: string
  labels: string
  risk: string | null
  mitigation: string | null
  assigned_to: string | null
  started_at: string | null
  completed_at: string | null
}

export interface TaskDependencyTable extends RowMeta {
  task_id: string
  depends_on_key: string
  depends_on_task_id: string | null
  dependency_type: string
}

export interface WorkSessionTable extends RowMeta {
  task_id: string | null
  user_id: string
  kind: string
  mode: string
  state: string
  started_at: string
  ended_at: string | null
  paused_at: string | null
  paused_seconds: number
  planned_minutes: number | null
  actual_minutes: number | null
  interruptions_count: number
  focus_score: number | null
  energy_level: number | null
  mood_rating: number | null
  notes: string | null
}

export interface SessionInterruptionTable extends RowMeta {
  session_id: string
  user_id: string
  occurred_at: string
  source: string
  reason: string | null
}

/** One changed field of a work session (who, when, old → new as JSON text). */
export interface SessionChangeTable extends RowMeta {
  session_id: string
  user_id: string
  changed_by: string | null
  changed_at: string
  field: string
  old_value: string | null
  new_value: string | null
}

export interface PointEventTable extends RowMeta {
  user_id: string
  task_id: string | null
  points: number
  reason: string
  occurred_at: string
}

export interface UserAchievementTable extends RowMeta {
  user_id: string
  achievement_code: string
  unlocked_at: string
  task_id: string | null
  points: number
}

export interface UserStreakTable extends RowMeta {
  user_id: string
  streak_type: string
  current_count: number
  best_count: number
  last_activity_date: string | null
}

export interface SettingTable extends RowMeta {
  /** 'workspace' or a user id: NULL in a UNIQUE key would not be unique in either dialect. */
  scope: string
  user_id: string | null
  setting_key: string
  value: string
}

export interface ProjectMemberTable extends RowMeta {
  project_id: string
  user_id: string
  project_role: string
}

/** Visible-* views hide soft-deleted rows and rows whose parent chain has a deleted row. */
export interface Database {
  users: UserTable
  clients: ClientTable
  projects: ProjectTable
  epics: EpicTable
  tasks: TaskTable
  task_dependencies: TaskDependencyTable
  work_sessions: WorkSessionTable
  session_interruptions: SessionInterruptionTable
  session_changes: SessionChangeTable
  point_events: PointEventTable
  user_achievements: UserAchievementTable
  user_streaks: UserStreakTable
  settings: SettingTable
  project_members: ProjectMemberTable
  api_tokens: ApiTokenTable
  auth_sessions: AuthSessionTable
  login_attempts: LoginAttemptTable
  user_two_factor: UserTwoFactorTable
  recovery_codes: RecoveryCodeTable
  password_resets: PasswordResetTable
  audit_log: AuditLogTable
  audit_chain_head: AuditChainHeadTable
  visible_clients: ClientTable
  visible_projects: ProjectTable
  visible_epics: EpicTable
  visible_tasks: TaskTable
  kysely_migration: { name: string; timestamp: string }
  kysely_migration_lock: { id: string; is_locked: Generated<number> }
}

export type TableName = Exclude<keyof Database, `visible_${string}` | `kysely_${string}`>

export type {
  ApiTokenTable, AuditChainHeadTable, AuditLogTable, AuthSessionTable, LoginAttemptTable, PasswordResetTable,
  RecoveryCodeTable, UserTwoFactorTable,
} from './tables.identity.js'
