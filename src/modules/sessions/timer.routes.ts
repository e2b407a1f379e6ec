import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requireActor } from '../../http/auth-guard.js'
import type { TimerService } from './timer.service.js'
import {
  TimerAbandon, TimerBreak, TimerInterrupt, TimerInterruptResult, TimerPreferences, TimerPreferencesPatch, TimerStart, TimerStop,
  TimerStopResult, TimerView,
} from './timer.schema.js'

const tags = ['timer']
const read = { permission: 'sessions:read', rateLimit: 'read' } as const
const write = { permission: 'sessions:write', rateLimit: 'write' } as const

/** Lets `curl -X POST …/timer/stop` work without a body: a missing optional body is `{}`. */
async function emptyBodyIsObject(request: FastifyRequest): Promise<void> {
  request.body ??= {}
}

/**
 * The focus timer of the signed-in user. State lives in the database, so every device (and a
 * restarted server) sees the same session; seconds are computed from the server clock.
 */
export function timerRoutes({ timer }: { timer: TimerService }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/timer', { schema: { tags, summary: 'The running or paused session, if any', response: { 200: TimerView } }, config: read }, (request) =>
      timer.current(requireActor(request)),
    )
    app.post('/timer/start', { schema: { tags, summary: 'Start a focus session on a task', body: TimerStart, response: { 201: TimerView } }, config: write },
      async (request, reply) => reply.code(201).send(await timer.start(requireActor(request), request.body)),
    )
    app.post('/timer/break', { schema: { tags, summary: 'Start a short or long break', body: TimerBreak, response: { 201: TimerView } }, config: write, preValidation: emptyBodyIsObject },
      async (request, reply) => reply.code(201).send(await timer.startBreak(requireActor(request), request.body)),
    )
    app.post('/timer/pause', { schema: { tags, summary: 'Pause the running session', response: { 200: TimerView } }, config: write }, (request) =>
      timer.pause(requireActor(request)),
    )
    app.post('/timer/resume', { schema: { tags, summary: 'Resume the paused session', response: { 200: TimerView } }, config: write }, (request) =>
      timer.resume(requireActor(request)),
    )
    app.post('/timer/interruptions', { schema: { tags, summary: 'Log an interruption of the focus session', body: TimerInterrupt, response: { 201: TimerInterruptResult } }, config: write, preValidation: emptyBodyIsObject },
      async (request, reply) => reply.code(201).send(await timer.interrupt(requireActor(request), request.body)),
    )
    app.post('/timer/stop', { schema: { tags, summary: 'Complete the session (focus minutes go to the task)', body: TimerStop, response: { 200: TimerStopResult } }, config: write, preValidation: emptyBodyIsObject },
      (request) => timer.stop(requireActor(request), request.body),
    )
    app.post('/timer/abandon', { schema: { tags, summary: 'End the session without counting it', body: TimerAbandon, response: { 200: TimerView } }, config: write, preValidation: emptyBodyIsObject },
      (request) => timer.abandon(requireActor(request), request.body),
    )
    app.get('/timer/preferences', { schema: { tags, summary: 'Pomodoro lengths of the signed-in user', response: { 200: TimerPreferences } }, config: read }, (request) =>
      timer.preferences(requireActor(request)),
    )
    app.patch('/timer/preferences', { schema: { tags, summary: 'Change pomodoro lengths', body: TimerPreferencesPatch, response: { 200: TimerPreferences } }, config: write },
      (request) => timer.updatePreferences(requireActor(request), request.body),
    )
  }
}
