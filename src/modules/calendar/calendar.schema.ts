import { Type, type Static } from '@sinclair/typebox'
import { LocalDateString, Nullable } from '../common.schema.js'

/** Country and region select the holiday table; absent = the workspace's (config.calendar). */
const CalendarChoice = {
  country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2, e.g. BR, US, DE' })),
  region: Type.Optional(Type.String({ minLength: 1, maxLength: 10, pattern: '^[A-Za-z0-9-]+$', description: 'ISO 3166-2 subdivision, e.g. SP' })),
}

export const BusinessDaysQuery = Type.Object(
  { from: LocalDateString, to: LocalDateString, ...CalendarChoice },
  { additionalProperties: false },
)
export type BusinessDaysQuery = Static<typeof BusinessDaysQuery>

export const Holiday = Type.Object({ date: LocalDateString, name: Type.String() })

export const BusinessDaysResult = Type.Object({
  from: LocalDateString,
  to: LocalDateString,
  country: Type.String(),
  region: Nullable(Type.String()),
  businessDays: Type.Integer({ minimum: 0, description: 'Business days in [from, to], both ends included' }),
  calendarDays: Type.Integer({ minimum: 1, description: 'Days in [from, to], both ends included' }),
  holidays: Type.Array(Holiday, { description: 'Holidays and workspace days off in [from, to], weekends included' }),
})
export type BusinessDaysResult = Static<typeof BusinessDaysResult>

/** ±100 years of business days: far beyond any plan, small enough to bound the work per request. */
export const MAX_BUSINESS_DAYS_OFFSET = 26_100

export const AddBusinessDaysQuery = Type.Object(
  {
    date: LocalDateString,
    days: Type.Integer({ minimum: -MAX_BUSINESS_DAYS_OFFSET, maximum: MAX_BUSINESS_DAYS_OFFSET, description: 'Negative counts back' }),
    ...CalendarChoice,
  },
  { additionalProperties: false },
)
export type AddBusinessDaysQuery = Static<typeof AddBusinessDaysQuery>

export const AddBusinessDaysResult = Type.Object({
  date: LocalDateString,
  days: Type.Integer(),
  result: LocalDateString,
  country: Type.String(),
  region: Nullable(Type.String()),
})
export type AddBusinessDaysResult = Static<typeof AddBusinessDaysResult>
