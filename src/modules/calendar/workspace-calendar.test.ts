import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestStore, type TestStore } from '../../../test/helpers/stores.js'
import { ValidationError } from '../../domain/errors.js'
import { settingsRepository } from '../settings/settings.repository.js'
import { createWorkspaceCalendarProvider } from './workspace-calendar.js'
import { validateWorkspaceCalendarSetting } from './workspace-calendar.schema.js'

// The provider's query is plain equality filters; the HTTP suite covers PostgreSQL.
describe('workspace calendar provider', () => {
  let t: TestStore
  beforeAll(async () => {
    t = await openTestStore('sqlite')
  })
  afterAll(async () => {
    await t.cleanup()
  })

  const put = (settingKey: string, value: unknown) =>
    t.store.write((tx) => settingsRepository.insert(tx, { scope: 'workspace', userId: null, settingKey, value }, t.clock))

  it('keeps the calendar until a calendar setting row changes, then rebuilds it', async () => {
    const provider = createWorkspaceCalendarProvider({ store: t.store, defaults: { country: 'BR' } })
    const first = await provider.current()
    expect(await provider.current()).toBe(first)
    await put('ui.theme', 'dark')
    expect(await provider.current()).toBe(first)
    const row = await put('calendar.extra_non_working_days', ['2026-03-02'])
    const second = await provider.current()
    expect(second).not.toBe(first)
    expect(second.isBusinessDay('2026-03-02')).toBe(false)
    await t.store.write((tx) => settingsRepository.update(tx, row.id, row.version, { value: ['2026-03-03'] }, t.clock))
    const third = await provider.current()
    expect([third.isBusinessDay('2026-03-02'), third.isBusinessDay('2026-03-03')]).toEqual([true, false])
  })

  it('lets a worked day win when a date is in both lists', async () => {
    await put('calendar.extra_working_days', ['2026-03-03'])
    const provider = createWorkspaceCalendarProvider({ store: t.store, defaults: { country: 'BR' } })
    expect((await provider.current()).isBusinessDay('2026-03-03')).toBe(true)
  })
})

describe('validateWorkspaceCalendarSetting', () => {
  it('accepts unique calendar dates and any value of other keys', () => {
    expect(() => validateWorkspaceCalendarSetting('calendar.extra_working_days', ['2026-03-07', '2026-03-14'])).not.toThrow()
    expect(() => validateWorkspaceCalendarSetting('ui.theme', 'x')).not.toThrow()
  })

  it('throws ValidationError at /value when the value is not a list of unique calendar dates', () => {
    for (const value of ['x', ['2026-02-30'], ['2026-3-2'], ['2026-03-02', '2026-03-02'], [null], {}]) {
      expect(() => validateWorkspaceCalendarSetting('calendar.extra_non_working_days', value), JSON.stringify(value))
        .toThrow(ValidationError)
      try {
        validateWorkspaceCalendarSetting('calendar.extra_non_working_days', value)
      } catch (error) {
        expect((error as ValidationError).issues.map((issue) => issue.pointer)).toEqual(['/value'])
      }
    }
  })
})
