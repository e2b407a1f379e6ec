import { sql, type CreateTableBuilder, type Kysely } from 'kysely'

/** Shared pieces of migrations. Changing one changes only migrations that have not run yet anywhere. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever schema exists at that point
export type MigrationDb = Kysely<any>

/** `id`, `created_at`, `updated_at`, `version`: the columns every row carries. */
export function withRowMeta<T extends string>(table: CreateTableBuilder<T, never>) {
  return table
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1).check(sql`version >= 1`))
}

/** CHECK (column IN (…)) for a closed set of values. */
export function inList(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`
}
