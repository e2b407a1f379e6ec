import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ValidationError } from '../../domain/errors.js'
import { AddBusinessDaysQuery, AddBusinessDaysResult, BusinessDaysQuery, BusinessDaysResult } from './calendar.schema.js'
import type { CalendarService } from './calendar.service.js'
import { DurationFormatBody, DurationParseBody, FormattedDuration, ParsedDuration } from './durations.schema.js'
import type { DurationsService } from './durations.service.js'

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
 * no workspace data, but are CPU work the limiter must still meter per user.
 */
export function calendarRoutes({ calendar, durations }: { calendar: CalendarService; durations: DurationsService }): FastifyPluginAsyncTypebox {
  const config = { permission: 'authenticated' as const, rateLimit: 'read' as const }
  return async (app) => {
    app.get('/calendar/business-days', {
      schema: { tags: ['calendar'], summary: 'Business days in [from, to] and the holidays between', querystring: BusinessDaysQuery, response: { 200: BusinessDaysResult } },
      config,
    }, async (request) => withPointerPrefix('/query', () => calendar.businessDays(request.query)))

    app.get('/calendar/add-business-days', {
      schema: { tags: ['calendar'], summary: 'The n-th business day after (or before) a date', querystring: AddBusinessDaysQuery, response: { 200: AddBusinessDaysResult } },
      config,
    }, async (request) => withPointerPrefix('/query', () => calendar.addBusinessDays(request.query)))

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
