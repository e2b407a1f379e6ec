import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type SignedIn, type TestApp } from '../../../test/helpers/app.js'

// No database behind these routes, so one dialect is enough.
describe('calendar and duration routes', () => {
  let t: TestApp
  let viewer: SignedIn
  beforeAll(async () => {
    t = await startTestApp('sqlite', { calendar: { country: 'BR', region: 'SP' } })
    viewer = await t.signIn('viewer')
  })
  afterAll(async () => {
    await t.close()
  })

  it('counts business days in the workspace calendar by default', async () => {
    const response = await t.request('GET', '/api/v1/calendar/business-days?from=2024-07-08&to=2024-07-12', { as: viewer })
    expect(response).toMatchObject({ status: 200, body: {
      from: '2024-07-08', to: '2024-07-12', country: 'BR', region: 'SP', businessDays: 4, calendarDays: 5,
      holidays: [{ date: '2024-07-09', name: 'Revolução Constitucionalista' }],
    } })
  })

  it('counts in another country when asked', async () => {
    const response = await t.request('GET', '/api/v1/calendar/business-days?from=2024-07-08&to=2024-07-12&country=US', { as: viewer })
    expect(response.body).toMatchObject({ country: 'US', region: null, businessDays: 5, holidays: [] })
  })

  it('answers 400 with query pointers for bad dates, ranges and places', async () => {
    const impossible = await t.request('GET', '/api/v1/calendar/business-days?from=2025-02-30&to=2025-03-01', { as: viewer })
    expect(impossible).toMatchObject({ status: 400, body: { type: 'urn:duration:problem:validation_failed', errors: [{ pointer: '/query/from' }] } })
    const shape = await t.request('GET', '/api/v1/calendar/business-days?from=tomorrow&to=2025-03-01', { as: viewer })
    expect(shape).toMatchObject({ status: 400, body: { errors: [{ pointer: '/query/from' }] } })
    const reversed = await t.request('GET', '/api/v1/calendar/business-days?from=2025-03-02&to=2025-03-01', { as: viewer })
    expect(reversed).toMatchObject({ status: 400, body: { errors: [{ pointer: '/query/to', message: 'must not be before from (2025-03-02)' }] } })
    const country = await t.request('GET', '/api/v1/calendar/business-days?from=2025-03-01&to=2025-03-02&country=XX', { as: viewer })
    expect(country).toMatchObject({ status: 400, body: { errors: [{ pointer: '/query/country' }] } })
  })

  it('adds business days', async () => {
    const response = await t.request('GET', '/api/v1/calendar/add-business-days?date=2024-07-08&days=1', { as: viewer })
    expect(response).toMatchObject({ status: 200, body: { date: '2024-07-08', days: 1, result: '2024-07-10', country: 'BR', region: 'SP' } })
    const back = await t.request('GET', '/api/v1/calendar/add-business-days?date=2024-07-10&days=-1', { as: viewer })
    expect(back.body).toMatchObject({ result: '2024-07-08' })
  })

  it('parses and formats durations', async () => {
    expect(await t.request('POST', '/api/v1/durations/parse', { as: viewer, body: { text: '1,5 dias' } }))
      .toMatchObject({ status: 200, body: { value: 1.5, unit: 'days', days: 1.5, text: '1.5 dias' } })
    expect(await t.request('POST', '/api/v1/durations/format', { as: viewer, body: { days: 10.5, locale: 'en' } }))
      .toMatchObject({ status: 200, body: { text: '1.5 weeks', days: 10.5 } })
    expect(await t.request('POST', '/api/v1/durations/format', { as: viewer, body: { minDays: 2, maxDays: 5 } }))
      .toMatchObject({ status: 200, body: { text: '2-5 dias' } })
  })

  it('answers invalid_duration for bad text and validation_failed with pointers for bad shapes', async () => {
    for (const text of ['abc', '', '-1 dias', '1e309 dias']) {
      const response = await t.request('POST', '/api/v1/durations/parse', { as: viewer, body: { text } })
      expect(response, text).toMatchObject({ status: 400, body: { type: 'urn:duration:problem:invalid_duration' } })
    }
    expect(await t.request('POST', '/api/v1/durations/format', { as: viewer, body: { days: 1, maxDays: 2 } }))
      .toMatchObject({ status: 400, body: { type: 'urn:duration:problem:validation_failed', errors: [{ pointer: '/body/days' }] } })
    expect(await t.request('POST', '/api/v1/durations/format', { as: viewer, body: { days: -1 } }))
      .toMatchObject({ status: 400, body: { errors: [{ pointer: '/body/days' }] } })
    expect(await t.request('POST', '/api/v1/durations/format', { as: viewer, body: { minDays: 5, maxDays: 2 } }))
      .toMatchObject({ status: 400, body: { type: 'urn:duration:problem:invalid_duration' } })
  })

  it('needs a signed-in caller', async () => {
    expect((await t.request('POST', '/api/v1/durations/parse', { body: { text: '1 dia' } })).status).toBe(401)
    expect((await t.request('GET', '/api/v1/calendar/business-days?from=2024-07-08&to=2024-07-12')).status).toBe(401)
  })
})
