import { PostgresAdapter, sql, type ColumnDefinitionBuilder } from 'kysely'
import { inList, withRowMeta, type MigrationDb } from './schema-helpers.js'

/**
 * Identity and audit (issue #6): login sessions, login throttling, two-factor secrets and recovery
 * codes, admin-issued password resets, and the append-only, MAC-chained audit log with its head row.
 */

type Db = MigrationDb

const userRef = (col: ColumnDefinitionBuilder) => col.notNull().references('users.id').onDelete('cascade')

export async function up(db: Db): Promise<void> {
  await withRowMeta(db.schema.createTable('auth_sessions'))
    .addColumn('user_id', 'text', userRef)
    .addColumn('secret_hash', 'text', (col) => col.notNull().unique())
    .addColumn('state', 'text', (col) => col.notNull().check(inList('state', ['active', 'enrolment_required'])))
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute()
  await db.schema.createIndex('auth_sessions_user_idx').on('auth_sessions').column('user_id').execute()

  await withRowMeta(db.schema.createTable('login_attempts'))
    .addColumn('throttle_key', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('login_attempts_key_idx').on('login_attempts').columns(['throttle_key', 'created_at']).execute()
  await db.schema.createIndex('login_attempts_time_idx').on('login_attempts').column('created_at').execute()

  await withRowMeta(db.schema.createTable('user_two_factor'))
    .addColumn('user_id', 'text', (col) => userRef(col).unique())
    .addColumn('secret_ciphertext', 'text', (col) => col.notNull())
    .addColumn('enabled_at', 'text')
    .addColumn('last_used_step', 'bigint')
    .execute()

  await withRowMeta(db.schema.createTable('recovery_codes'))
    .addColumn('user_id', 'text', userRef)
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .execute()
  await db.schema.createIndex('recovery_codes_user_idx').on('recovery_codes').column('user_id').execute()

  await withRowMeta(db.schema.createTable('password_resets'))
    .addColumn('user_id', 'text', userRef)
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .execute()

  await createAuditTables(db)
}

/** No foreign keys from the audit log: entries must outlive the users and rows they mention. */
async function createAuditTables(db: Db): Promise<void> {
  await withRowMeta(db.schema.createTable('audit_log'))
    .addColumn('seq', 'bigint', (col) => col.notNull().unique())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_via', 'text')
    .addColumn('credential_id', 'text')
    .addColumn('request_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('prev_mac', 'text', (col) => col.notNull())
    .addColumn('mac', 'text', (col) => col.notNull())
    .execute()
  for (const [name, column] of [['audit_log_actor_idx', 'actor_user_id'], ['audit_log_action_idx', 'action'], ['audit_log_entity_idx', 'entity'], ['audit_log_time_idx', 'created_at']] as const) {
    await db.schema.createIndex(name).on('audit_log').column(column).execute()
  }

  // One row: the last sequence number and MAC. Appenders lock it, so the chain never forks.
  await withRowMeta(db.schema.createTable('audit_chain_head'))
    .addColumn('seq', 'bigint', (col) => col.notNull())
    .addColumn('mac', 'text', (col) => col.notNull())
    .execute()
  const epoch = '1970-01-01T00:00:00.000Z'
  await db
    .insertInto('audit_chain_head')
    .values({ id: 'main', created_at: epoch, updated_at: epoch, version: 1, seq: 0, mac: '0'.repeat(64) })
    .execute()

  // Defence in depth: the application cannot change or delete entries; an attacker with owner
  // rights can still drop the trigger, which is what the MAC chain is for.
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db)
    await sql`create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db)
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db)
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
  }
}

export async function down(db: Db): Promise<void> {
  for (const table of ['audit_chain_head', 'audit_log', 'password_resets', 'recovery_codes', 'user_two_factor', 'login_attempts', 'auth_sessions']) {
    await db.schema.dropTable(table).ifExists().execute()
  }
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop function if exists audit_log_append_only()`.execute(db)
  }
}
