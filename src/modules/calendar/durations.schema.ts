import { Type, type Static } from '@sinclair/typebox'
import { DURATION_LOCALES, DURATION_STYLES, DURATION_UNITS, MAX_DURATION_DAYS } from '../../domain/duration/index.js'

const Unit = Type.Union(DURATION_UNITS.map((unit) => Type.Literal(unit)))
const Days = Type.Number({ minimum: 0, maximum: MAX_DURATION_DAYS, description: 'Calendar days' })

export const DurationParseBody = Type.Object(
  { text: Type.String({ maxLength: 200, description: 'e.g. "1,5 dias", "2 weeks", "P3D"' }) },
  { additionalProperties: false },
)
export type DurationParseBody = Static<typeof DurationParseBody>

export const ParsedDuration = Type.Object({
  value: Type.Number({ description: 'The number as written, in `unit`' }),
  unit: Unit,
  days: Type.Number({ description: 'Calendar days (week = 7, month = 30)' }),
  text: Type.String({ description: 'Canonical pt-BR text in the written unit' }),
})
export type ParsedDuration = Static<typeof ParsedDuration>

/** Either `days` (one duration) or `minDays` + `maxDays` (a range), plus how to write it. */
export const DurationFormatBody = Type.Object(
  {
    days: Type.Optional(Days),
    minDays: Type.Optional(Days),
    maxDays: Type.Optional(Days),
    locale: Type.Optional(Type.Union(DURATION_LOCALES.map((locale) => Type.Literal(locale)))),
    style: Type.Optional(Type.Union(DURATION_STYLES.map((style) => Type.Literal(style)))),
    unit: Type.Optional(Unit),
  },
  { additionalProperties: false },
)
export type DurationFormatBody = Static<typeof DurationFormatBody>

export const FormattedDuration = Type.Object({
  text: Type.String(),
  days: Type.Optional(Type.Number({ description: 'Days the text denotes (rounded to the display grid); single durations only' })),
})
export type FormattedDuration = Static<typeof FormattedDuration>
