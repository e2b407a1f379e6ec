import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ValidationError } from '../../domain/errors.js'
import { AddBusinessDaysQuery, AddBusinessDaysResult, BusinessDaysQuery, BusinessDaysResult } from './calendar.schema.js'
import type { CalendarService } from './calendar.service.js'
import { DurationFormatBody, DurationParseBody, FormattedDuration, ParsedDuration } from './durations.schema.js'
import type { DurationsService } from './durations.service.js'
import type { WorkspaceCalendarProvider } from './workspace-calendar.js'

/**
 * Services report pointers relative to their input (`/from`); over HTTP the input is a request
 * part, so the pointer gains its prefix (`/query/from`) like schema errors do.
 */
export function withPointerPrefix<T>(prefix: string, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError(error.message, error.issues.map((issue) => ({ ...issue, pointer: `${prefix}${issue.pointer}` })))
    }
    throw error
  }
}

/**
 * Calculators: any signed-in caller may use them (`authenticated`, rate class `read`) — they read
 * only the workspace's extra days off/on (shared by everyone), but are CPU work the limiter must
 * still meter per user. A query naming a country or region gets that place's plain calendar.
 */
export function calendarRoutes({ calendar, durations, workspaceCalendar }: {
  calendar: CalendarService
  durations: DurationsService
  workspaceCalendar?: WorkspaceCalendarProvider
}): FastifyPluginAsyncTypebox {
  const config = { permission: 'authenticated' as const, rateLimit: 'read' as const }
  const workspaceFor = async (query: { country?: string | undefined; region?: string | undefined }) =>
    query.country === undefined && query.region === undefined ? await workspaceCalendar?.current() : undefined
  return async (app) => {
    app.get('/calendar/business-days', {
      schema: { tags: ['calendar'], summary: 'Business days in [from, to] and the holidays between', querystring: BusinessDaysQuery, response: { 200: BusinessDaysResult } },
      config,
    }, async (request) => {
      const workspace = await workspaceFor(request.query)
      return withPointerPrefix('/query', () => calendar.businessDays(request.query, workspace))
    })

    app.get('/calendar/add-business-days', {
      schema: { tags: ['calendar'], summary: 'The n-th business day after (or before) a date', querystring: AddBusinessDaysQuery, response: { 200: AddBusinessDaysResult } },
      config,
    }, async (request) => {
      const workspace = await workspaceFor(request.query)
      return withPointerPrefix('/query', () => calendar.addBusinessDays(request.query, workspace))
    })

    app.post('/durations/parse', {
      schema: { tags: ['calendar'], summary: 'Parse duration text ("1,5 dias", "2 weeks", "P3D")', body: DurationParseBody, response: { 200: ParsedDuration } },
      config,
    }, async (request) => durations.parse(request.body.text))

    app.post('/durations/format', {
      schema: { tags: ['calendar'], summary: 'Format days (or a min–max range) as duration text', body: DurationFormatBody, response: { 200: FormattedDuration } },
      config,
    }, async (request) => withPointerPrefix('/body', () => durations.format(request.body)))
  }
}
