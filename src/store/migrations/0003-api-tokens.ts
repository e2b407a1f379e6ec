import { withRowMeta, type MigrationDb } from './schema-helpers.js'

/** Bearer tokens for the CLI and scripts: stored as SHA-256 of the secret, shown once (issue #6). */

type Db = MigrationDb

export async function up(db: Db): Promise<void> {
  await withRowMeta(db.schema.createTable('api_tokens'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('scopes', 'text') // JSON array of permissions; NULL = everything the role allows
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute()
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute()
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('api_tokens').ifExists().execute()
}
