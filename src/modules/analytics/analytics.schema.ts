import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { Id, Key, LocalDateString, Nullable, Timestamp } from '../common.schema.js'

const Num = Type.Number()
const NullableNum = Nullable(Type.Number())
const Int = Type.Integer({ minimum: 0 })

export const AnalyticsQuery = Type.Object({
  from: Type.Optional(LocalDateString),
  to: Type.Optional(LocalDateString),
  userId: Type.Optional(Id),
}, { additionalProperties: false })
export type AnalyticsQuery = Static<typeof AnalyticsQuery>

export const EXPORT_FORMATS = ['csv', 'json'] as const
export const AnalyticsExportQuery = Type.Composite([
  AnalyticsQuery,
  Type.Object({ format: Type.Optional(Type.Union(EXPORT_FORMATS.map((f) => Type.Literal(f)), { default: 'csv' })) }),
], { additionalProperties: false })
export type AnalyticsExportQuery = Static<typeof AnalyticsExportQuery>

const Ratings = Type.Object({ focus: NullableNum, energy: NullableNum, mood: NullableNum })

const accuracy = <T extends Record<string, TSchema>>(fields: T) =>
  Type.Object({ ...fields, estimateMinutes: Int, actualMinutes: Int, ratio: NullableNum, tasks: Int })

/** Every analytics number of one person and period (the domain's AnalyticsReport, as a schema). */
export const AnalyticsReport = Type.Object({
  period: Type.Object({ from: LocalDateString, to: LocalDateString, timeZone: Type.String(), days: Int }),
  focus: Type.Object({
    totalMinutes: Int, completed: Int, abandoned: Int, breaksCompleted: Int, breaksAbandoned: Int,
    completionRate: NullableNum, interruptions: Int, interruptionsPerFocusHour: NullableNum,
  }),
  perDay: Type.Array(Type.Object({
    date: LocalDateString, focusMinutes: Int, focusSessions: Int, interruptions: Int, storyPointsCompleted: Num, tasksCompleted: Int,
    avgFocus: NullableNum, avgEnergy: NullableNum, avgMood: NullableNum,
  })),
  perHour: Type.Array(Type.Object({ hour: Type.Integer({ minimum: 0, maximum: 23 }), focusMinutes: Int, focusSessions: Int })),
  wellbeing: Type.Object({ ratedSessions: Int, averages: Ratings, correlationWithStoryPoints: Ratings }),
  accuracy: Type.Object({
    overall: accuracy({}),
    tasks: Type.Array(accuracy({ taskId: Id, taskKey: Key, title: Type.String(), epicId: Id, tddPhase: Nullable(Type.String()) })),
    epics: Type.Array(accuracy({ epicId: Id, epicKey: Key, name: Type.String() })),
    phases: Type.Array(accuracy({ phase: Type.String() })),
  }),
  tdd: Type.Object({
    phases: Type.Array(Type.Object({ phase: Type.String(), focusMinutes: Int, tasksCompleted: Int, meanLeadMinutes: NullableNum })),
    cycles: Type.Array(Type.Object({
      epicId: Id, redTaskId: Id, greenTaskId: Id, refactorTaskId: Id, startedAt: Timestamp, completedAt: Timestamp, cycleMinutes: Int, focusMinutes: Int,
    })),
    meanCycleMinutes: NullableNum,
    medianCycleMinutes: NullableNum,
  }),
  gamification: Type.Object({
    pointsInPeriod: Type.Integer(),
    totalPoints: Type.Integer(),
    focusStreak: Type.Object({ current: Int, best: Int, longestInPeriod: Int }),
    taskStreak: Type.Object({ current: Int, best: Int }),
  }),
})
export type AnalyticsReportView = Static<typeof AnalyticsReport>

/** The CSV export: RFC 4180 text with the header `section,key,metric,value`. */
export const AnalyticsCsv = Type.String({ description: 'text/csv; header section,key,metric,value; one number per row' })
