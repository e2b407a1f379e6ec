import { createBusinessCalendar, type BusinessCalendar } from '../../domain/calendar/index.js'
import type { Store } from '../../store/store.js'
import type { Executor } from '../../store/transactions.js'
import type { CalendarDefaults } from './calendar.service.js'
import { findWorkspaceCalendarRows, type WorkspaceCalendarRow } from './workspace-calendar.repository.js'
import { readWorkspaceDateList, WORKSPACE_CALENDAR_KEYS, WORKSPACE_CALENDAR_SETTING_KEYS } from './workspace-calendar.schema.js'

/** The workspace's business calendar: config's holidays plus the workspace's extra days off and on. */
export interface WorkspaceCalendarProvider {
  /**
   * The calendar as the workspace settings say now. Pass the transaction when inside one: SQLite
   * has a single connection, so reading through `store.db` there would wait on the open transaction forever.
   */
  current(db?: Executor): Promise<BusinessCalendar>
}

function fingerprintOf(rows: readonly WorkspaceCalendarRow[]): string {
  return rows.map((row) => `${row.settingKey}:${row.id}:${row.version}`).join('|')
}

function buildCalendar(defaults: CalendarDefaults, rows: readonly WorkspaceCalendarRow[]): BusinessCalendar {
  const listOf = (key: string) => readWorkspaceDateList(rows.find((row) => row.settingKey === key)?.value)
  const extraWorkingDays = listOf(WORKSPACE_CALENDAR_KEYS.extraWorkingDays)
  const working = new Set(extraWorkingDays)
  // The two lists are separate settings, so a date may land in both; a worked day wins, as the domain documents.
  const extraNonWorkingDays = listOf(WORKSPACE_CALENDAR_KEYS.extraNonWorkingDays).filter((date) => !working.has(date))
  return createBusinessCalendar({
    country: defaults.country,
    ...(defaults.region === undefined ? {} : { region: defaults.region }),
    extraNonWorkingDays,
    extraWorkingDays,
  })
}

/**
 * Creates the provider. Building a calendar is costly next to reading two small rows, so the last
 * calendar is kept inside this instance and rebuilt only when a row's id or version changes
 * (a row written, replaced or deleted) — every app instance sees another's writes on its next call.
 */
export function createWorkspaceCalendarProvider({ store, defaults }: { store: Pick<Store, 'db'>; defaults: CalendarDefaults }): WorkspaceCalendarProvider {
  let cached: { fingerprint: string; calendar: BusinessCalendar } | undefined
  return {
    async current(db = store.db) {
      const rows = await findWorkspaceCalendarRows(db, WORKSPACE_CALENDAR_SETTING_KEYS)
      const fingerprint = fingerprintOf(rows)
      if (cached?.fingerprint !== fingerprint) {
        cached = { fingerprint, calendar: buildCalendar(defaults, rows) }
      }
      return cached.calendar
    },
  }
}
