import { Type, type Static } from '@sinclair/typebox'
import { MAX_PLANNED_MINUTES, TIMER_PREFERENCE_LIMITS } from '../../domain/focus/index.js'
import { Id, Key, LongText, Nullable, Timestamp } from '../common.schema.js'
import { INTERRUPTION_SOURCES, SessionInterruption, WorkSession } from './sessions.schema.js'

const Planned = Type.Integer({ minimum: 1, maximum: MAX_PLANNED_MINUTES, description: 'Overrides the preference for this session' })
const Rating = Type.Integer({ minimum: 1, maximum: 10 })

export const TimerStart = Type.Object({
  taskId: Type.Optional(Id),
  taskKey: Type.Optional(Type.String({ minLength: 1, maxLength: 101, description: 'TASK-KEY, or EPIC-KEY/TASK-KEY when keys repeat across epics' })),
  mode: Type.Optional(Type.Union([Type.Literal('pomodoro'), Type.Literal('flowtime')], { default: 'pomodoro' })),
  plannedMinutes: Type.Optional(Planned),
}, { additionalProperties: false })
export type TimerStart = Static<typeof TimerStart>

export const TimerBreak = Type.Object({
  kind: Type.Optional(Type.Union([Type.Literal('short_break'), Type.Literal('long_break')], { description: 'Default: long after every N focus sessions' })),
  plannedMinutes: Type.Optional(Planned),
}, { additionalProperties: false })
export type TimerBreak = Static<typeof TimerBreak>

export const TimerInterrupt = Type.Object({
  source: Type.Optional(Type.Union(INTERRUPTION_SOURCES.map((s) => Type.Literal(s)), { default: 'internal' })),
  reason: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false })
export type TimerInterrupt = Static<typeof TimerInterrupt>

export const TimerStop = Type.Object({
  focusScore: Type.Optional(Rating),
  energyLevel: Type.Optional(Rating),
  moodRating: Type.Optional(Rating),
  notes: Type.Optional(LongText),
}, { additionalProperties: false })
export type TimerStop = Static<typeof TimerStop>

export const TimerAbandon = Type.Object({ notes: Type.Optional(LongText) }, { additionalProperties: false })
export type TimerAbandon = Static<typeof TimerAbandon>

export const TimerTask = Type.Object({ id: Id, taskKey: Key, title: Type.String(), actualMinutes: Type.Integer({ minimum: 0 }) })

/** The current timer as every device sees it; seconds are computed from the server clock at `now`. */
export const TimerView = Type.Object({
  now: Timestamp,
  session: Nullable(WorkSession),
  task: Nullable(TimerTask),
  elapsedSeconds: Type.Integer({ minimum: 0 }),
  remainingSeconds: Nullable(Type.Integer({ minimum: 0 })),
  /** A pomodoro whose planned time is up but which nobody stopped yet. */
  expired: Type.Boolean(),
})
export type TimerView = Static<typeof TimerView>

export const TimerStopResult = Type.Composite([
  TimerView,
  Type.Object({ pointsAwarded: Type.Integer({ minimum: 0 }), focusStreak: Nullable(Type.Integer({ minimum: 0 })) }),
])
export type TimerStopResult = Static<typeof TimerStopResult>

export const TimerInterruptResult = Type.Composite([TimerView, Type.Object({ interruption: SessionInterruption })])
export type TimerInterruptResult = Static<typeof TimerInterruptResult>

const limit = (key: keyof typeof TIMER_PREFERENCE_LIMITS) =>
  Type.Integer({ minimum: TIMER_PREFERENCE_LIMITS[key][0], maximum: TIMER_PREFERENCE_LIMITS[key][1] })

export const TimerPreferences = Type.Object({
  focusMinutes: limit('focusMinutes'),
  shortBreakMinutes: limit('shortBreakMinutes'),
  longBreakMinutes: limit('longBreakMinutes'),
  longBreakEvery: limit('longBreakEvery'),
})
export type TimerPreferencesView = Static<typeof TimerPreferences>
export const TimerPreferencesPatch = Type.Partial(TimerPreferences, { additionalProperties: false })
export type TimerPreferencesPatch = Static<typeof TimerPreferencesPatch>
