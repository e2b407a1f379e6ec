import { toIsoTimestamp, type Clock } from '../../domain/clock.js'
import type { TimerPreferences } from '../../domain/focus/index.js'
import { newId } from '../../store/ids.js'
import type { Executor } from '../../store/transactions.js'

/** Each preference is one per-user row of the settings table (scope = user id, key `timer.*`). */
export const TIMER_SETTING_KEYS: Readonly<Record<keyof TimerPreferences, string>> = {
  focusMinutes: 'timer.focus_minutes',
  shortBreakMinutes: 'timer.short_break_minutes',
  longBreakMinutes: 'timer.long_break_minutes',
  longBreakEvery: 'timer.long_break_every',
}

const FIELD_BY_KEY = new Map(Object.entries(TIMER_SETTING_KEYS).map(([field, key]) => [key, field as keyof TimerPreferences]))

/** The user's stored timer settings, parsed but not validated (the domain falls back on bad values). */
export async function readTimerSettings(db: Executor, userId: string): Promise<Partial<Record<keyof TimerPreferences, unknown>>> {
  const rows = await db.selectFrom('settings').select(['setting_key', 'value'])
    .where('scope', '=', userId).where('setting_key', 'in', Object.values(TIMER_SETTING_KEYS))
    .execute()
  const stored: Partial<Record<keyof TimerPreferences, unknown>> = {}
  for (const row of rows) {
    const field = FIELD_BY_KEY.get(row.setting_key)
    if (field !== undefined) {
      try {
        stored[field] = JSON.parse(row.value) as unknown
      } catch {
        // a hand-edited, unparsable value: the default applies
      }
    }
  }
  return stored
}

/** Writes the given preferences (insert or update, bumping the row version). */
export async function writeTimerSettings(db: Executor, userId: string, values: Partial<TimerPreferences>, clock: Clock): Promise<void> {
  const now = toIsoTimestamp(clock.now())
  for (const [field, value] of Object.entries(values) as [keyof TimerPreferences, number | undefined][]) {
    if (value === undefined) {
      continue
    }
    const key = TIMER_SETTING_KEYS[field]
    const updated = await db.updateTable('settings')
      .set((eb) => ({ value: JSON.stringify(value), updated_at: now, version: eb('version', '+', 1) }))
      .where('scope', '=', userId).where('setting_key', '=', key)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) {
      await db.insertInto('settings')
        .values({ id: newId(clock), created_at: now, updated_at: now, version: 1, scope: userId, user_id: userId, setting_key: key, value: JSON.stringify(value) })
        .execute()
    }
  }
}
