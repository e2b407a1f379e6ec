import type { CompiledQuery } from 'kysely'

/**
 * Memoised SQL for the hottest statement shapes (point lookups, inserts). Building and compiling a
 * Kysely query costs as much as running it on SQLite, and the SQL of a shape depends only on the
 * dialect, so a template is compiled once per store and shared by its transaction handles (which
 * are new objects every transaction). Values go in as slots and are replaced on every call.
 * Keyed by WeakMaps, so templates die with the store.
 */
const rootOf = new WeakMap<object, object>()
const memos = new WeakMap<object, Map<string, unknown>>()

/** Called by the transaction runner: `tx` compiles exactly like `root`. */
export function registerTransactionHandle(tx: object, root: object): void {
  rootOf.set(tx, root)
}

/**
 * Facts kept per store (its root handle), shared with its transactions: compiled templates, and
 * schema facts learned at run time such as a source's column list. Per store, not per process,
 * because two stores in one process may be on different dialects or schema versions.
 */
export function storeMemo(db: object): Map<string, unknown> {
  const root = rootOf.get(db) ?? db
  let memo = memos.get(root)
  if (memo === undefined) {
    memo = new Map()
    memos.set(root, memo)
  }
  return memo
}

export function compiledTemplate(db: object, key: string, compile: () => CompiledQuery): CompiledQuery {
  const memo = storeMemo(db)
  let template = memo.get(`sql|${key}`) as CompiledQuery | undefined
  if (template === undefined) {
    template = compile()
    memo.set(`sql|${key}`, template)
  }
  return template
}
