import { toIsoTimestamp, type Clock } from '../../domain/clock.js'
import { ConflictError } from '../../domain/errors.js'
import {
  actualMinutesOf, finishTimer, flowtimeBreakMinutes, nextBreakKind, pauseTimer, plannedMinutesFor, resolveTimerPreferences,
  resumeTimer, startTimer, validateTimerPreferences, type SessionKind, type SessionMode, type TimerPreferences, type TimerSnapshot,
} from '../../domain/focus/index.js'
import type { Actor } from '../../identity/actor.js'
import type { Store } from '../../store/store.js'
import type { Executor } from '../../store/transactions.js'
import type { AuditSink } from '../resource.service.js'
import { tasksRepository } from '../tasks/tasks.repository.js'
import { rewardFocusSession } from './session-rewards.js'
import type { WorkSession, WorkSessionPatch } from './sessions.schema.js'
import {
  countFocusSinceLongBreak, findLastFinishedSession, findOpenSession, sessionInterruptionsRepository, workSessionsRepository,
} from './sessions.repository.js'
import { resolveTaskRef } from './task-ref.js'
import { readTimerSettings, writeTimerSettings } from './timer-preferences.repository.js'
import { buildTimerView, snapshotPatch, toSnapshot } from './timer.mapping.js'
import type {
  TimerAbandon, TimerBreak, TimerInterrupt, TimerInterruptResult, TimerPreferencesPatch, TimerStart, TimerStop, TimerStopResult,
  TimerView,
} from './timer.schema.js'

export interface TimerServiceDeps {
  store: Store
  clock: Clock
  audit: AuditSink
  /** Workspace zone: decides which local day a session counts for (streaks). */
  timeZone: string
}

/** The focus timer; every action acts on the actor's own open session, kept in the database. */
export interface TimerService {
  /** The open session (or none) with elapsed/remaining seconds as of now. */
  current(actor: Actor): Promise<TimerView>
  /** Starts focus on a visible task. @throws ConflictError when a session is already open. */
  start(actor: Actor, input: TimerStart): Promise<TimerView>
  /** Starts a break (never task time); short or long by the user's rhythm unless given. */
  startBreak(actor: Actor, input: TimerBreak): Promise<TimerView>
  pause(actor: Actor): Promise<TimerView>
  resume(actor: Actor): Promise<TimerView>
  /** Logs an interruption of the open focus session. */
  interrupt(actor: Actor, input: TimerInterrupt): Promise<TimerInterruptResult>
  /** Completes the open session; a focus session's minutes go to its task in the same transaction. */
  stop(actor: Actor, input: TimerStop): Promise<TimerStopResult>
  /** Ends the open session without counting it as task time or earning points. */
  abandon(actor: Actor, input: TimerAbandon): Promise<TimerView>
  preferences(actor: Actor): Promise<TimerPreferences>
  updatePreferences(actor: Actor, patch: TimerPreferencesPatch): Promise<TimerPreferences>
}

const noTimer = () => new ConflictError('no timer is running; start one first')

/** The 409 for a second timer; a class of its own so the race fallback below can tell it apart. */
class TimerAlreadyOpenError extends ConflictError {
  constructor(session: WorkSession) {
    super(`a ${session.kind} session is already ${session.state} (since ${session.startedAt}); stop or abandon it first`)
  }
}

export function createTimerService({ store, clock, audit, timeZone }: TimerServiceDeps): TimerService {
  async function viewOf(db: Executor, session: WorkSession | undefined, now: number): Promise<TimerView> {
    const task = session?.taskId ? await tasksRepository.findById(db, session.taskId) : undefined
    return buildTimerView(session ?? null, task, now)
  }

  async function requireOpen(tx: Executor, actor: Actor): Promise<WorkSession> {
    const open = await findOpenSession(tx, actor.userId)
    if (open === undefined) {
      throw noTimer()
    }
    return open
  }

  async function save(tx: Executor, actor: Actor, session: WorkSession, patch: WorkSessionPatch, action: string): Promise<WorkSession> {
    const updated = await workSessionsRepository.update(tx, session.id, session.version, patch, clock)
    await audit.record(tx, actor, { action: `session.${action}`, entity: 'work session', entityId: session.id, before: session, after: updated })
    return updated
  }

  /** Inserts a new open session; the unique index turns a racing second start into the same 409. */
  async function open(actor: Actor, taskId: string | null, snapshot: TimerSnapshot): Promise<TimerView> {
    try {
      return await store.write(async (tx) => {
        const existing = await findOpenSession(tx, actor.userId)
        if (existing !== undefined) {
          throw new TimerAlreadyOpenError(existing)
        }
        const created = await workSessionsRepository.insert(tx, {
          userId: actor.userId, taskId, kind: snapshot.kind, mode: snapshot.mode, state: 'running',
          startedAt: toIsoTimestamp(snapshot.startedAtMs), plannedMinutes: snapshot.plannedMinutes,
        }, clock)
        await audit.record(tx, actor, { action: 'session.start', entity: 'work session', entityId: created.id, after: created })
        return viewOf(tx, created, snapshot.startedAtMs)
      })
    } catch (error) {
      // Two devices starting at once: the loser hits the one-open-session unique index.
      const winner = error instanceof ConflictError && !(error instanceof TimerAlreadyOpenError)
        ? await findOpenSession(store.db, actor.userId)
        : undefined
      throw winner === undefined ? error : new TimerAlreadyOpenError(winner)
    }
  }

  function transition(actor: Actor, action: string, step: (s: TimerSnapshot, now: number) => TimerSnapshot): Promise<TimerView> {
    return store.write(async (tx) => {
      const session = await requireOpen(tx, actor)
      const now = clock.now()
      const updated = await save(tx, actor, session, snapshotPatch(step(toSnapshot(session), now)), action)
      return viewOf(tx, updated, now)
    })
  }

  async function loadPreferences(db: Executor, actor: Actor): Promise<TimerPreferences> {
    return resolveTimerPreferences(await readTimerSettings(db, actor.userId))
  }

  return {
    async current(actor) {
      return viewOf(store.db, await findOpenSession(store.db, actor.userId), clock.now())
    },

    async start(actor, input) {
      const mode: SessionMode = input.mode ?? 'pomodoro'
      const [task, preferences] = await Promise.all([resolveTaskRef(store.db, actor, input), loadPreferences(store.db, actor)])
      const plannedMinutes = mode === 'flowtime' ? null : (input.plannedMinutes ?? preferences.focusMinutes)
      return open(actor, task.id, startTimer({ kind: 'focus', mode, plannedMinutes, at: clock.now() }))
    },

    async startBreak(actor, input) {
      const preferences = await loadPreferences(store.db, actor)
      const kind: SessionKind = input.kind ?? nextBreakKind(await countFocusSinceLongBreak(store.db, actor.userId), preferences.longBreakEvery)
      let plannedMinutes = input.plannedMinutes ?? plannedMinutesFor(kind, preferences)
      const last = await findLastFinishedSession(store.db, actor.userId)
      if (input.plannedMinutes === undefined && kind === 'short_break' && last?.kind === 'focus' && last.mode === 'flowtime') {
        plannedMinutes = flowtimeBreakMinutes(last.actualMinutes ?? 0, preferences)
      }
      return open(actor, null, startTimer({ kind, mode: 'pomodoro', plannedMinutes, at: clock.now() }))
    },

    pause: (actor) => transition(actor, 'pause', pauseTimer),
    resume: (actor) => transition(actor, 'resume', resumeTimer),

    interrupt: (actor, input) =>
      store.write(async (tx) => {
        const session = await requireOpen(tx, actor)
        if (session.kind !== 'focus') {
          throw new ConflictError('interruptions are logged on focus sessions, and a break is running')
        }
        const now = clock.now()
        const interruption = await sessionInterruptionsRepository.insert(tx, {
          sessionId: session.id, userId: actor.userId, occurredAt: toIsoTimestamp(now), source: input.source ?? 'internal', reason: input.reason ?? null,
        }, clock)
        const updated = await workSessionsRepository.increment(tx, session.id, 'interruptionsCount', 1, clock)
        return { ...(await viewOf(tx, updated, now)), interruption }
      }),

    stop: (actor, input) =>
      store.write(async (tx) => {
        const session = await requireOpen(tx, actor)
        const now = clock.now()
        const finished = finishTimer(toSnapshot(session), now, 'completed')
        const minutes = actualMinutesOf(finished, now)
        const updated = await save(tx, actor, session, {
          ...snapshotPatch(finished), actualMinutes: minutes,
          focusScore: input.focusScore ?? null, energyLevel: input.energyLevel ?? null, moodRating: input.moodRating ?? null, notes: input.notes ?? null,
        }, 'stop')
        let reward = { pointsAwarded: 0, focusStreak: null as number | null }
        if (session.kind === 'focus') {
          // A task deleted while its timer ran keeps the session; there is just no task to credit.
          if (session.taskId !== null && minutes > 0 && (await tasksRepository.findById(tx, session.taskId)) !== undefined) {
            await tasksRepository.increment(tx, session.taskId, 'actualMinutes', minutes, clock)
          }
          reward = await rewardFocusSession(tx, { userId: actor.userId, taskId: session.taskId, minutes, at: now, timeZone }, clock)
        }
        return { ...(await viewOf(tx, updated, now)), ...reward }
      }),

    abandon: (actor, input) =>
      store.write(async (tx) => {
        const session = await requireOpen(tx, actor)
        const now = clock.now()
        const finished = finishTimer(toSnapshot(session), now, 'abandoned')
        const patch: WorkSessionPatch = { ...snapshotPatch(finished), actualMinutes: actualMinutesOf(finished, now) }
        if (input.notes !== undefined) {
          patch.notes = input.notes
        }
        return viewOf(tx, await save(tx, actor, session, patch, 'abandon'), now)
      }),

    preferences: (actor) => loadPreferences(store.db, actor),

    updatePreferences: (actor, patch) => {
      validateTimerPreferences(patch)
      return store.write(async (tx) => {
        await writeTimerSettings(tx, actor.userId, patch, clock)
        return loadPreferences(tx, actor)
      })
    },
  }
}
