import { sql } from 'kysely'
import { withRowMeta, type MigrationDb } from './schema-helpers.js'

/** Per-project membership: members and viewers see only the projects they belong to (issue #6). */

type Db = MigrationDb

export async function up(db: Db): Promise<void> {
  await withRowMeta(db.schema.createTable('project_members'))
    .addColumn('project_id', 'text', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('project_role', 'text', (col) =>
      col.notNull().defaultTo('member').check(sql`project_role in ('manager', 'member', 'viewer')`),
    )
    .addUniqueConstraint('project_members_unique', ['project_id', 'user_id'])
    .execute()
  await db.schema.createIndex('project_members_user_idx').on('project_members').column('user_id').execute()
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('project_members').ifExists().execute()
}
