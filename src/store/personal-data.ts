import type { TableName } from './tables.js'

/**
 * Every table, and for those holding personal data: whose it is and what kind. Privacy work
 * (export, erasure, retention) is driven from this map; a test fails when a table or column
 * appears in the schema without an entry here.
 */
export const PERSONAL_DATA_CATEGORIES = [
  'identity', // names, e-mail, login traces
  'contact', // phone, addresses, billing e-mail, tax ids
  'behavioural', // when someone worked, on what, for how long; points, streaks
  'health_adjacent', // focus, energy and mood ratings (the product serves people with ADHD)
  'free_text', // notes and reasons a person typed; may contain anything
  'credential', // password hashes and similar secrets
] as const
export type PersonalDataCategory = (typeof PERSONAL_DATA_CATEGORIES)[number]

export interface PersonalTableEntry {
  /** Column naming the user the data belongs to ('id' for the users table itself); null when the person is not a user (client contacts). */
  subjectColumn: string | null
  columns: Readonly<Record<string, PersonalDataCategory>>
}

export type PersonalDataEntry = PersonalTableEntry | { personal: false; reason: string }

export const PERSONAL_DATA_MAP: Readonly<Record<TableName, PersonalDataEntry>> = {
  users: {
    subjectColumn: 'id',
    columns: {
      email: 'identity',
      display_name: 'identity',
      password_hash: 'credential',
      last_login_at: 'behavioural',
      total_points: 'behavioural',
      time_zone: 'identity',
      locale: 'identity',
    },
  },
  clients: {
    subjectColumn: null,
    columns: {
      contact_name: 'identity',
      contact_email: 'contact',
      contact_phone: 'contact',
      billing_email: 'contact',
      billing_address: 'contact',
      tax_id: 'contact',
      description: 'free_text',
    },
  },
  projects: { subjectColumn: 'created_by', columns: { description: 'free_text' } },
  epics: { subjectColumn: 'assigned_to', columns: { description: 'free_text', assigned_to: 'behavioural' } },
  tasks: {
    subjectColumn: 'assigned_to',
    columns: {
      assigned_to: 'behavioural',
      actual_minutes: 'behavioural',
      started_at: 'behavioural',
      completed_at: 'behavioural',
      description: 'free_text',
    },
  },
  task_dependencies: { personal: false, reason: 'links between tasks only' },
  work_sessions: {
    subjectColumn: 'user_id',
    columns: {
      started_at: 'behavioural',
      ended_at: 'behavioural',
      paused_at: 'behavioural',
      paused_seconds: 'behavioural',
      actual_minutes: 'behavioural',
      interruptions_count: 'behavioural',
      focus_score: 'health_adjacent',
      energy_level: 'health_adjacent',
      mood_rating: 'health_adjacent',
      notes: 'free_text',
    },
  },
  session_interruptions: {
    subjectColumn: 'user_id',
    columns: { occurred_at: 'behavioural', source: 'behavioural', reason: 'free_text' },
  },
  session_changes: { subjectColumn: 'user_id', columns: { changed_at: 'behavioural', old_value: 'free_text', new_value: 'free_text' } },
  point_events: { subjectColumn: 'user_id', columns: { points: 'behavioural', occurred_at: 'behavioural' } },
  user_achievements: {
    subjectColumn: 'user_id',
    columns: { achievement_code: 'behavioural', unlocked_at: 'behavioural' },
  },
  user_streaks: {
    subjectColumn: 'user_id',
    columns: { current_count: 'behavioural', best_count: 'behavioural', last_activity_date: 'behavioural' },
  },
  settings: { subjectColumn: 'user_id', columns: { value: 'free_text' } },
  api_tokens: { subjectColumn: 'user_id', columns: { token_hash: 'credential', name: 'free_text', last_used_at: 'behavioural' } },
  project_members: { subjectColumn: 'user_id', columns: { project_role: 'behavioural' } },
  auth_sessions: {
    subjectColumn: 'user_id',
    columns: { secret_hash: 'credential', last_seen_at: 'behavioural', ip: 'identity', user_agent: 'identity' },
  },
  // Keys are `account:<sha256 of the e-mail>` or `ip:<address>`; rows live five minutes.
  login_attempts: { subjectColumn: null, columns: { throttle_key: 'identity' } },
  user_two_factor: { subjectColumn: 'user_id', columns: { secret_ciphertext: 'credential', last_used_step: 'behavioural' } },
  recovery_codes: { subjectColumn: 'user_id', columns: { code_hash: 'credential', used_at: 'behavioural' } },
  password_resets: { subjectColumn: 'user_id', columns: { token_hash: 'credential' } },
  // Kept for accountability; `data` holds old/new values of business rows, which may name people.
  audit_log: { subjectColumn: 'actor_user_id', columns: { ip: 'identity', request_id: 'behavioural', data: 'free_text' } },
  audit_chain_head: { personal: false, reason: 'sequence number and MAC of the last audit entry' },
}

export function isPersonalTable(entry: PersonalDataEntry): entry is PersonalTableEntry {
  return !('personal' in entry)
}
