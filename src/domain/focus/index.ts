export {
  MAX_PLANNED_MINUTES, SESSION_KINDS, SESSION_MODES, SESSION_STATES, isOpenState,
} from './focus-session.types.js'
export type {
  BreakKind, FinishOutcome, OpenState, SessionKind, SessionMode, SessionState, TimerSnapshot,
} from './focus-session.types.js'
export {
  actualMinutesOf, elapsedSeconds, finishTimer, pauseTimer, remainingSeconds, resumeTimer, startTimer,
} from './focus-session.machine.js'
export type { StartInput } from './focus-session.machine.js'
export {
  DEFAULT_TIMER_PREFERENCES, TIMER_PREFERENCE_LIMITS, flowtimeBreakMinutes, nextBreakKind, plannedMinutesFor,
  resolveTimerPreferences, validateTimerPreferences,
} from './timer-preferences.js'
export type { TimerPreferences } from './timer-preferences.js'
export {
  FOCUS_STREAK_DAY_MINUTES, MINUTES_PER_FOCUS_POINT, currentStreak, focusSessionPoints,
} from './focus-rewards.js'
export type { StreakState } from './focus-rewards.js'
