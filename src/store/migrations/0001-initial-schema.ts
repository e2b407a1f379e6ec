import { sql } from 'kysely'
import { inList, withRowMeta, type MigrationDb } from './schema-helpers.js'

/**
 * The full data model (issue #2). Written once with Kysely's schema builder so the same migration
 * runs on SQLite and PostgreSQL; only types both dialects understand are used.
 */

type Db = MigrationDb

const TDD_PHASES = ['analysis', 'red', 'green', 'refactor', 'review']
const TASK_STATUSES = ['pending', 'in_progress', 'blocked', 'completed', 'cancelled']
const DEPENDENCY_TYPES = ['blocking', 'related', 'optional']
const SESSION_KINDS = ['focus', 'short_break', 'long_break']
const SESSION_MODES = ['pomodoro', 'flowtime']
const SESSION_STATES = ['running', 'paused', 'completed', 'abandoned']

function rating(column: string) {
  return sql`${sql.ref(column)} is null or ${sql.ref(column)} between 1 and 10`
}

export async function up(db: Db): Promise<void> {
  await withRowMeta(db.schema.createTable('users'))
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull().defaultTo('member'))
    .addColumn('password_hash', 'text')
    .addColumn('is_active', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('time_zone', 'text', (col) => col.notNull().defaultTo('America/Sao_Paulo'))
    .addColumn('locale', 'text', (col) => col.notNull().defaultTo('pt-BR'))
    .addColumn('total_points', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_login_at', 'text')
    .execute()

  await withRowMeta(db.schema.createTable('clients'))
    .addColumn('client_key', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('industry', 'text')
    .addColumn('company_size', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('billing_email', 'text')
    .addColumn('billing_address', 'text')
    .addColumn('tax_id', 'text')
    .addColumn('hourly_rate', 'double precision')
    .addColumn('currency', 'text', (col) => col.notNull().defaultTo('BRL'))
    .addColumn('time_zone', 'text', (col) => col.notNull().defaultTo('America/Sao_Paulo'))
    .addColumn('preferred_language', 'text', (col) => col.notNull().defaultTo('pt-BR'))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('active'))
    .addColumn('tier', 'text', (col) => col.notNull().defaultTo('standard'))
    .addColumn('priority', 'integer', (col) => col.notNull().defaultTo(5).check(sql`priority between 1 and 10`))
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('deleted_at', 'text')
    .execute()

  await withRowMeta(db.schema.createTable('projects'))
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('project_key', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('planning'))
    .addColumn('priority', 'integer', (col) => col.notNull().defaultTo(5).check(sql`priority between 1 and 10`))
    .addColumn('health_status', 'text', (col) => col.notNull().defaultTo('green'))
    .addColumn('planned_start', 'text')
    .addColumn('planned_end', 'text')
    .addColumn('actual_start', 'text')
    .addColumn('actual_end', 'text')
    .addColumn('estimated_hours', 'double precision')
    .addColumn('budget_amount', 'double precision')
    .addColumn('budget_currency', 'text', (col) => col.notNull().defaultTo('BRL'))
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('deleted_at', 'text')
    .addUniqueConstraint('projects_client_key_unique', ['client_id', 'project_key'])
    .execute()

  await withRowMeta(db.schema.createTable('epics'))
    .addColumn('project_id', 'text', (col) => col.references('projects.id').onDelete('cascade'))
    .addColumn('epic_key', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('summary', 'text')
    .addColumn('description', 'text')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('planning'))
    .addColumn('priority', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('difficulty', 'text', (col) => col.notNull().defaultTo('medium'))
    .addColumn('duration_text', 'text')
    .addColumn('duration_days', 'double precision')
    .addColumn('schedule_mode', 'text', (col) =>
      col.notNull().defaultTo('business').check(inList('schedule_mode', ['calendar', 'business'])),
    )
    .addColumn('planned_start', 'text')
    .addColumn('planned_end', 'text')
    .addColumn('actual_start', 'text')
    .addColumn('actual_end', 'text')
    .addColumn('goals', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('definition_of_done', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('labels', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('extra', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('points_value', 'integer', (col) => col.notNull().defaultTo(10))
    .addColumn('checksum', 'text')
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('assigned_to', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('deleted_at', 'text')
    .execute()

  await withRowMeta(db.schema.createTable('tasks'))
    .addColumn('epic_id', 'text', (col) => col.notNull().references('epics.id').onDelete('cascade'))
    .addColumn('task_key', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('tdd_phase', 'text', (col) => col.check(sql`tdd_phase is null or ${inList('tdd_phase', TDD_PHASES)}`))
    .addColumn('tdd_skip_reason', 'text')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('pending').check(inList('status', TASK_STATUSES)))
    .addColumn('estimate_minutes', 'integer', (col) => col.notNull().defaultTo(60).check(sql`estimate_minutes >= 0`))
    .addColumn('actual_minutes', 'integer', (col) => col.notNull().defaultTo(0).check(sql`actual_minutes >= 0`))
    .addColumn('story_points', 'integer', (col) => col.notNull().defaultTo(1).check(sql`story_points >= 0`))
    .addColumn('difficulty_modifier', 'double precision')
    .addColumn('points_earned', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('priority', 'integer')
    .addColumn('acceptance_criteria', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('test_specs', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('deliverables', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('files_touched', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('labels', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('risk', 'text')
    .addColumn('mitigation', 'text')
    .addColumn('assigned_to', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('started_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('deleted_at', 'text')
    .addUniqueConstraint('tasks_epic_key_unique', ['epic_id', 'task_key'])
    .execute()

  await withRowMeta(db.schema.createTable('task_dependencies'))
    .addColumn('task_id', 'text', (col) => col.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('depends_on_key', 'text', (col) => col.notNull())
    .addColumn('depends_on_task_id', 'text', (col) => col.references('tasks.id').onDelete('set null'))
    .addColumn('dependency_type', 'text', (col) =>
      col.notNull().defaultTo('blocking').check(inList('dependency_type', DEPENDENCY_TYPES)),
    )
    .addUniqueConstraint('task_dependencies_unique', ['task_id', 'depends_on_key'])
    .execute()

  await withRowMeta(db.schema.createTable('work_sessions'))
    .addColumn('task_id', 'text', (col) => col.references('tasks.id').onDelete('set null'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull().check(inList('kind', SESSION_KINDS)))
    .addColumn('mode', 'text', (col) => col.notNull().defaultTo('pomodoro').check(inList('mode', SESSION_MODES)))
    .addColumn('state', 'text', (col) => col.notNull().defaultTo('running').check(inList('state', SESSION_STATES)))
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('paused_at', 'text')
    .addColumn('paused_seconds', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('planned_minutes', 'integer')
    .addColumn('actual_minutes', 'integer', (col) => col.check(sql`actual_minutes is null or actual_minutes >= 0`))
    .addColumn('interruptions_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('focus_score', 'integer', (col) => col.check(rating('focus_score')))
    .addColumn('energy_level', 'integer', (col) => col.check(rating('energy_level')))
    .addColumn('mood_rating', 'integer', (col) => col.check(rating('mood_rating')))
    .addColumn('notes', 'text')
    .execute()

  await withRowMeta(db.schema.createTable('session_interruptions'))
    .addColumn('session_id', 'text', (col) => col.notNull().references('work_sessions.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('occurred_at', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull().check(inList('source', ['internal', 'external'])))
    .addColumn('reason', 'text')
    .execute()

  await withRowMeta(db.schema.createTable('point_events'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (col) => col.references('tasks.id').onDelete('set null'))
    .addColumn('points', 'integer', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('occurred_at', 'text', (col) => col.notNull())
    .execute()

  await withRowMeta(db.schema.createTable('user_achievements'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('achievement_code', 'text', (col) => col.notNull())
    .addColumn('unlocked_at', 'text', (col) => col.notNull())
    .addColumn('task_id', 'text', (col) => col.references('tasks.id').onDelete('set null'))
    .addColumn('points', 'integer', (col) => col.notNull().defaultTo(0))
    .addUniqueConstraint('user_achievements_unique', ['user_id', 'achievement_code'])
    .execute()

  await withRowMeta(db.schema.createTable('user_streaks'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('streak_type', 'text', (col) => col.notNull())
    .addColumn('current_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('best_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_activity_date', 'text')
    .addUniqueConstraint('user_streaks_unique', ['user_id', 'streak_type'])
    .execute()

  await withRowMeta(db.schema.createTable('settings'))
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.references('users.id').onDelete('cascade'))
    .addColumn('setting_key', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addUniqueConstraint('settings_unique', ['scope', 'setting_key'])
    .execute()

  await createIndexes(db)
  await createVisibilityViews(db)
}

async function createIndexes(db: Db): Promise<void> {
  const indexes: Array<[string, string, string[]]> = [
    ['projects_client_idx', 'projects', ['client_id']],
    ['epics_project_idx', 'epics', ['project_id']],
    ['tasks_epic_position_idx', 'tasks', ['epic_id', 'position']],
    ['tasks_assignee_status_idx', 'tasks', ['assigned_to', 'status']],
    ['task_dependencies_key_idx', 'task_dependencies', ['depends_on_key']],
    ['work_sessions_user_started_idx', 'work_sessions', ['user_id', 'started_at']],
    ['work_sessions_task_idx', 'work_sessions', ['task_id']],
    ['session_interruptions_session_idx', 'session_interruptions', ['session_id']],
    ['point_events_user_idx', 'point_events', ['user_id', 'occurred_at']],
  ]
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute()
  }
  // At most one open timer per user, enforced by the database rather than by a racy read-then-insert.
  await db.schema
    .createIndex('work_sessions_one_open_per_user')
    .on('work_sessions')
    .column('user_id')
    .unique()
    .where(sql.ref('state'), 'in', ['running', 'paused'])
    .execute()
}

/** Soft delete does not cascade; these views hide a row when it or any ancestor is deleted. */
async function createVisibilityViews(db: Db): Promise<void> {
  await sql`create view visible_clients as select * from clients where deleted_at is null`.execute(db)
  await sql`create view visible_projects as
    select p.* from projects p join clients c on c.id = p.client_id
    where p.deleted_at is null and c.deleted_at is null`.execute(db)
  await sql`create view visible_epics as
    select e.* from epics e
    left join projects p on p.id = e.project_id
    left join clients c on c.id = p.client_id
    where e.deleted_at is null
      and (e.project_id is null or (p.deleted_at is null and c.deleted_at is null))`.execute(db)
  await sql`create view visible_tasks as
    select t.* from tasks t join visible_epics e on e.id = t.epic_id
    where t.deleted_at is null`.execute(db)
}

export async function down(db: Db): Promise<void> {
  for (const view of ['visible_tasks', 'visible_epics', 'visible_projects', 'visible_clients']) {
    await db.schema.dropView(view).ifExists().execute()
  }
  const tables = [
    'settings', 'user_streaks', 'user_achievements', 'point_events', 'session_interruptions',
    'work_sessions', 'task_dependencies', 'tasks', 'epics', 'projects', 'clients', 'users',
  ]
  for (const table of tables) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
