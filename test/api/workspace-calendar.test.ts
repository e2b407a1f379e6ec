import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'

const dialects = await availableDialects()

interface BusinessDays {
  businessDays: number
  holidays: Array<{ date: string; name: string }>
}

describe.each(dialects)('workspace calendar settings (%s)', (dialect) => {
  let t: TestApp
  let owner: SignedIn
  // Versions of the two settings rows, so a test can replace a value set by an earlier one.
  const versions = new Map<string, number>()

  beforeAll(async () => {
    t = await startTestApp(dialect, { calendar: { country: 'BR' } })
    owner = await t.signIn('owner')
  })
  afterAll(async () => {
    await t.close()
  })

  async function putSetting(key: string, value: unknown, as: SignedIn = owner) {
    const version = versions.get(key)
    const response = await t.request('PUT', `/api/v1/settings/${key}`, {
      as, body: { scope: 'workspace', value, ...(version === undefined ? {} : { version }) },
    })
    if (response.status === 200) {
      versions.set(key, (response.body as { version: number }).version)
    }
    return response
  }

  async function businessDays(from: string, to: string, place = ''): Promise<BusinessDays> {
    const response = await t.request('GET', `/api/v1/calendar/business-days?from=${from}&to=${to}${place}`, { as: owner })
    expect(response.status).toBe(200)
    return response.body as BusinessDays
  }

  it('counts a workspace day off as a non-business day and lists it when the owner sets it', async () => {
    // 2026-03-01 is a Sunday: Monday 2nd to Friday 6th are five business days.
    expect((await businessDays('2026-03-01', '2026-03-06')).businessDays).toBe(5)
    expect((await putSetting('calendar.extra_non_working_days', ['2026-03-02'])).status).toBe(200)
    const after = await businessDays('2026-03-01', '2026-03-06')
    expect(after.businessDays).toBe(4)
    expect(after.holidays).toEqual([{ date: '2026-03-02', name: 'Workspace day off' }])
  })

  it('ignores the workspace days when the query names a country', async () => {
    expect(await businessDays('2026-03-01', '2026-03-06', '&country=BR')).toMatchObject({ businessDays: 5, holidays: [] })
  })

  it('counts a workspace working Saturday as a business day', async () => {
    expect((await businessDays('2026-03-07', '2026-03-07')).businessDays).toBe(0)
    expect((await putSetting('calendar.extra_working_days', ['2026-03-07'])).status).toBe(200)
    expect((await businessDays('2026-03-07', '2026-03-07')).businessDays).toBe(1)
    const added = await t.request('GET', '/api/v1/calendar/add-business-days?date=2026-03-06&days=1', { as: owner })
    expect(added.body).toMatchObject({ result: '2026-03-07' })
  })

  it('ends an epic after the workspace day off when planning in business days', async () => {
    // Friday 27 Feb + 1 business day = the first business day after it: Monday 2 March is off, so Tuesday.
    const response = await t.request('POST', '/api/v1/epics', {
      as: owner, body: { epicKey: 'CAL1', name: 'Calendar epic', plannedStart: '2026-02-27', durationText: '1 dia' },
    })
    expect(response).toMatchObject({ status: 201, body: { plannedStart: '2026-02-27', plannedEnd: '2026-03-03' } })
  })

  it('uses the calendar again once a day off is removed', async () => {
    expect((await putSetting('calendar.extra_non_working_days', [])).status).toBe(200)
    expect((await businessDays('2026-03-01', '2026-03-06')).businessDays).toBe(5)
  })

  it('answers 400 with pointer /value for values that are not unique calendar dates', async () => {
    for (const value of [['2026-02-30'], 'x', ['2026-03-02', '2026-03-02'], [20260302]]) {
      const response = await putSetting('calendar.extra_non_working_days', value)
      expect(response, JSON.stringify(value)).toMatchObject({
        status: 400, body: { type: 'urn:duration:problem:validation_failed', errors: [{ pointer: '/value' }] },
      })
    }
    expect((await putSetting('calendar.extra_working_days', 'x')).status).toBe(400)
  })

  it('answers 403 when a member sets a workspace calendar day', async () => {
    const member = await t.signIn('member')
    expect((await putSetting('calendar.extra_working_days', ['2026-03-14'], member)).status).toBe(403)
  })
})
