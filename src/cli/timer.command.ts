import type { Command } from 'commander'
import { ValidationError } from '../domain/errors.js'
import type { Permission } from '../identity/permissions.js'
import type {
  TimerAbandon, TimerBreak, TimerInterrupt, TimerInterruptResult, TimerStart, TimerStop, TimerStopResult, TimerView,
} from '../modules/sessions/timer.schema.js'
import { addTargetOptions, withTarget, type TargetOptions } from './command-target.js'
import type { LocalContext } from './local-app.js'
import type { CliIo } from './program.js'
import type { RemoteClient } from './remote-client.js'

/** Every timer action, wherever it runs: the local services or a server's `/timer` routes. */
export interface TimerClient {
  status(): Promise<TimerView>
  start(input: TimerStart): Promise<TimerView>
  startBreak(input: TimerBreak): Promise<TimerView>
  pause(): Promise<TimerView>
  resume(): Promise<TimerView>
  interrupt(input: TimerInterrupt): Promise<TimerInterruptResult>
  stop(input: TimerStop): Promise<TimerStopResult>
  abandon(input: TimerAbandon): Promise<TimerView>
}

/** The timer service of a locally built app, acting as the local user. */
export function localTimerClient({ app, actor }: LocalContext): TimerClient {
  const timer = app.services.timer
  return {
    status: () => timer.current(actor),
    start: (input) => timer.start(actor, input),
    startBreak: (input) => timer.startBreak(actor, input),
    pause: () => timer.pause(actor),
    resume: () => timer.resume(actor),
    interrupt: (input) => timer.interrupt(actor, input),
    stop: (input) => timer.stop(actor, input),
    abandon: (input) => timer.abandon(actor, input),
  }
}

/** The same actions over HTTP (`--server URL --token T`). */
export function remoteTimerClient(client: RemoteClient): TimerClient {
  return {
    status: () => client.json('GET', '/timer'),
    start: (input) => client.json('POST', '/timer/start', { json: input }),
    startBreak: (input) => client.json('POST', '/timer/break', { json: input }),
    pause: () => client.json('POST', '/timer/pause'),
    resume: () => client.json('POST', '/timer/resume'),
    interrupt: (input) => client.json('POST', '/timer/interruptions', { json: input }),
    stop: (input) => client.json('POST', '/timer/stop', { json: input }),
    abandon: (input) => client.json('POST', '/timer/abandon', { json: input }),
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** `<taskId|taskKey>` → the start body (`EPIC-1/TASK-1` picks a key that repeats across epics). */
export function taskRefOf(ref: string): Pick<TimerStart, 'taskId' | 'taskKey'> {
  return UUID.test(ref) ? { taskId: ref.toLowerCase() } : { taskKey: ref }
}

function integerIn(min: number, max: number, name: string): (text: string) => number {
  return (text) => {
    const value = Number(text.trim())
    if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
      throw new ValidationError(`--${name} must be a whole number from ${min} to ${max}, got "${text.slice(0, 20)}"`, [{ pointer: `/${name}`, message: 'out of range' }])
    }
    return value
  }
}

const clockText = (seconds: number): string => {
  const h = Math.floor(seconds / 3600)
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')
  const ss = String(seconds % 60).padStart(2, '0')
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

/** One human line for a timer state. */
export function describeTimer(view: TimerView): string {
  const { session, task } = view
  if (session === null) {
    return 'no timer is running'
  }
  const kind = session.kind.replace('_', ' ')
  const on = task ? ` on ${task.taskKey} "${task.title}"` : ''
  const mode = session.kind === 'focus' ? ` (${session.mode})` : ''
  const remaining = view.remainingSeconds === null ? '' : `, remaining ${clockText(view.remainingSeconds)}${view.expired ? ' (time is up)' : ''}`
  return `${kind}${mode} ${session.state}${on}: elapsed ${clockText(view.elapsedSeconds)}${remaining}`
}

function describeStop(result: TimerStopResult): string {
  const minutes = result.session?.actualMinutes ?? 0
  const parts = [`completed ${result.session?.kind.replace('_', ' ') ?? 'session'}: ${minutes} min`]
  if (result.task) {
    parts.push(`${result.task.taskKey} now has ${result.task.actualMinutes} min`)
  }
  if (result.pointsAwarded > 0) {
    parts.push(`+${result.pointsAwarded} points`)
  }
  if (result.focusStreak !== null) {
    parts.push(`focus streak ${result.focusStreak} day${result.focusStreak === 1 ? '' : 's'}`)
  }
  return parts.join('; ')
}

interface OutputOptions extends TargetOptions {
  json?: boolean
}

function addTimerOptions(command: Command): Command {
  return addTargetOptions(command.option('--json', 'print the timer state as JSON'))
}

export function registerTimerCommands(program: Command, io: CliIo): void {
  const timer = program.command('timer').description('focus timer: pomodoro or flowtime sessions on a task, and breaks')

  function act<T extends TimerView>(options: OutputOptions, permission: Permission, action: (client: TimerClient) => Promise<T>, describe: (result: T) => string = describeTimer) {
    return withTarget(io, { ...options, permission }, {
      local: (context) => action(localTimerClient(context)),
      remote: (client) => action(remoteTimerClient(client)),
    }).then((result) => io.out(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${describe(result)}\n`))
  }

  addTimerOptions(timer.command('start').description('start a focus session on a task')
    .argument('<task>', 'task id, task key, or EPIC-KEY/TASK-KEY')
    .option('--flow', 'open-ended flowtime instead of a pomodoro')
    .option('--minutes <n>', 'planned minutes of this pomodoro (default: your preference, 25)', integerIn(1, 480, 'minutes')))
    .action((task: string, options: OutputOptions & { flow?: boolean; minutes?: number }) =>
      act(options, 'sessions:write', (client) => client.start({
        ...taskRefOf(task), mode: options.flow ? 'flowtime' : 'pomodoro', ...(options.minutes === undefined || options.flow ? {} : { plannedMinutes: options.minutes }),
      })))

  addTimerOptions(timer.command('break').description('start a break (short, or long after every 4 focus sessions)')
    .option('--long', 'a long break').option('--short', 'a short break')
    .option('--minutes <n>', 'planned minutes of this break', integerIn(1, 480, 'minutes')))
    .action((options: OutputOptions & { long?: boolean; short?: boolean; minutes?: number }) =>
      act(options, 'sessions:write', (client) => client.startBreak({
        ...(options.long ? { kind: 'long_break' } : options.short ? { kind: 'short_break' } : {}),
        ...(options.minutes === undefined ? {} : { plannedMinutes: options.minutes }),
      })))

  addTimerOptions(timer.command('pause').description('pause the running session'))
    .action((options: OutputOptions) => act(options, 'sessions:write', (client) => client.pause()))

  addTimerOptions(timer.command('resume').description('resume the paused session'))
    .action((options: OutputOptions) => act(options, 'sessions:write', (client) => client.resume()))

  addTimerOptions(timer.command('interrupt').description('log an interruption of the focus session')
    .argument('[reason...]', 'what interrupted you')
    .option('--external', 'caused by someone or something else (default: internal, your own distraction)'))
    .action((reason: string[], options: OutputOptions & { external?: boolean }) =>
      act(options, 'sessions:write', (client) => client.interrupt({
        source: options.external ? 'external' : 'internal', ...(reason.length > 0 ? { reason: reason.join(' ') } : {}),
      }), (result) => `interruption #${result.session?.interruptionsCount ?? 1} logged (${result.interruption.source}); ${describeTimer(result)}`))

  addTimerOptions(timer.command('stop').description('complete the session; focus minutes are added to the task')
    .option('--focus <n>', 'how focused you were, 1–10', integerIn(1, 10, 'focus'))
    .option('--energy <n>', 'your energy, 1–10', integerIn(1, 10, 'energy'))
    .option('--mood <n>', 'your mood, 1–10', integerIn(1, 10, 'mood'))
    .option('--note <text>', 'a note on the session'))
    .action((options: OutputOptions & { focus?: number; energy?: number; mood?: number; note?: string }) =>
      act(options, 'sessions:write', (client) => client.stop({
        ...(options.focus === undefined ? {} : { focusScore: options.focus }),
        ...(options.energy === undefined ? {} : { energyLevel: options.energy }),
        ...(options.mood === undefined ? {} : { moodRating: options.mood }),
        ...(options.note === undefined ? {} : { notes: options.note }),
      }), describeStop))

  addTimerOptions(timer.command('abandon').description('end the session without counting it').option('--note <text>', 'why'))
    .action((options: OutputOptions & { note?: string }) =>
      act(options, 'sessions:write', (client) => client.abandon(options.note === undefined ? {} : { notes: options.note })))

  addTimerOptions(timer.command('status').description('show the running or paused session'))
    .action((options: OutputOptions) => act(options, 'sessions:read', (client) => client.status()))
}
