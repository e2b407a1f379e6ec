import type { Executor } from '../../store/transactions.js'

/** One workspace setting row as the calendar provider needs it. */
export interface WorkspaceCalendarRow {
  settingKey: string
  id: string
  version: number
  value: unknown
}

/**
 * The workspace rows for `keys` in one query, in key order so their fingerprint is stable.
 * The value column is JSON text in SQLite and may arrive parsed from PostgreSQL.
 */
export async function findWorkspaceCalendarRows(db: Executor, keys: readonly string[]): Promise<WorkspaceCalendarRow[]> {
  const rows = await db
    .selectFrom('settings')
    .select(['setting_key', 'id', 'version', 'value'])
    .where('scope', '=', 'workspace')
    .where('setting_key', 'in', [...keys])
    .orderBy('setting_key')
    .execute()
  return rows.map((row) => ({ settingKey: row.setting_key, id: row.id, version: Number(row.version), value: parseStored(row.value) }))
}

function parseStored(value: unknown): unknown {
  if (typeof value !== 'string') {
    return value
  }
  try {
    return JSON.parse(value) as unknown
  } catch {
    return null
  }
}
