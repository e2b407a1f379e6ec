import type { CompiledQuery } from 'kysely'

/**
 * Memoised SQL for the hottest statement shapes (point lookups, inserts). Building and compiling a
 * Kysely query costs as much as running it on SQLite, and the SQL of a shape depends only on the
 * dialect, so a template is compiled once per store and shared by its transaction handles (which
 * are new objects every transaction). Values go in as slots and are replaced on every call.
 * Keyed by WeakMaps, so templates die with the store.
 */
const rootOf = new WeakMap<object, object>()
const templates = new WeakMap<object, Map<string, CompiledQuery>>()

/** Called by the transaction runner: `tx` compiles exactly like `root`. */
export function registerTransactionHandle(tx: object, root: object): void {
  rootOf.set(tx, root)
}

export function compiledTemplate(db: object, key: string, compile: () => CompiledQuery): CompiledQuery {
  const root = rootOf.get(db) ?? db
  let perStore = templates.get(root)
  if (perStore === undefined) {
    perStore = new Map()
    templates.set(root, perStore)
  }
  let template = perStore.get(key)
  if (template === undefined) {
    template = compile()
    perStore.set(key, template)
  }
  return template
}
