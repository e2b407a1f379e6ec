import type { Kysely } from 'kysely'

/**
 * Edit history of work sessions (issue #4): one row per changed field, with who changed it and
 * the old and new values as JSON text, so a corrected timer log can always be explained.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever schema exists at that point
type Db = Kysely<any>

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('session_changes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('session_id', 'text', (col) => col.notNull().references('work_sessions.id').onDelete('cascade'))
    // The session's owner (whose data this is); changed_by may be an admin correcting it.
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('changed_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .addColumn('field', 'text', (col) => col.notNull())
    // JSON text; SQL NULL stands for a JSON null (a field that was or became empty).
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .execute()
  await db.schema.createIndex('session_changes_session_idx').on('session_changes').columns(['session_id', 'changed_at']).execute()
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('session_changes').ifExists().execute()
}
