import type { SelectQueryBuilder } from 'kysely'
import type { Database } from './tables.js'

/**
 * One page of rows and the number of rows matching `base` in all, queried together. `rowsOf`
 * adds the selection, order, limit and offset; the count runs on `base` itself, so both always
 * apply the same filters.
 */
export async function pageWithTotal<TB extends keyof Database, Row>(
  base: SelectQueryBuilder<Database, TB, object>,
  rowsOf: (query: SelectQueryBuilder<Database, TB, object>) => { execute(): Promise<Row[]> },
): Promise<{ rows: Row[]; total: number }> {
  const [rows, count] = await Promise.all([
    rowsOf(base).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(count.n) }
}
