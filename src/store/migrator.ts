import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely'
import * as initialSchema from './migrations/0001-initial-schema.js'
import * as projectMembers from './migrations/0002-project-members.js'
import * as apiTokens from './migrations/0003-api-tokens.js'
import * as identity from './migrations/0004-identity.js'
import * as sessionChanges from './migrations/0005-session-changes.js'
import type { Database } from './tables.js'

/**
 * Migrations are listed in code (not read from a folder) so the compiled build and the tests see
 * the same set. Names sort in the order they run; never rename or edit an applied one — add a new one.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-project-members': projectMembers,
  '0003-api-tokens': apiTokens,
  '0004-identity': identity,
  '0005-session-changes': sessionChanges,
}

export interface MigrationState {
  name: string
  executedAt: string | null
}

function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } })
}

/**
 * Brings the schema to the latest version. Safe to call from many processes at once: Kysely's
 * migrator takes a lock (an advisory lock table), and applied migrations are skipped.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const result: MigrationResultSet = await createMigrator(db).migrateToLatest()
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${result.error instanceof Error ? result.error.message : JSON.stringify(result.error)}`, {
      cause: result.error,
    })
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/** Every known migration with the time it ran, or null if pending. */
export async function migrationStatus(db: Kysely<Database>): Promise<MigrationState[]> {
  const migrations = await createMigrator(db).getMigrations()
  return migrations.map((m) => ({ name: m.name, executedAt: m.executedAt ? m.executedAt.toISOString() : null }))
}

export function latestMigrationName(): string {
  const names = Object.keys(MIGRATIONS).sort()
  return names[names.length - 1] ?? ''
}
