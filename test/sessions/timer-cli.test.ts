import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/app.js'
import { availableDialects } from '../helpers/stores.js'
import { examplesDir } from '../imports/import-support.js'
import { cli, createCliDatabase, type CliDatabase } from '../cli/cli-support.js'
import { createEpic, createTask } from '../helpers/api-fixtures.js'
import { MINUTE } from './sessions-support.js'

const dialects = await availableDialects()

describe.each(dialects)('duration timer and report, local mode (%s)', (dialect) => {
  let db: CliDatabase
  const run = (...argv: string[]) => cli(argv, db.env, db.dir)
  beforeAll(async () => {
    db = await createCliDatabase(dialect)
    await db.addUser('owner', 'olga')
    expect((await run('import', 'epics', join(examplesDir, 'reporting-filters.epic.json'))).code).toBe(0)
  })
  afterAll(async () => {
    await db.cleanup()
  })

  it('starts, interrupts and stops a focus session on a task given by key', async () => {
    const started = await run('timer', 'start', 'RPT.2b.1')
    expect(started.err).toBe('')
    expect(started.out).toMatch(/^focus \(pomodoro\) running on RPT\.2b\.1 ".+": elapsed 00:00, remaining 25:00\n$/)
    const interrupted = await run('timer', 'interrupt', '--external', 'phone', 'call')
    expect(interrupted.out).toMatch(/^interruption #1 logged \(external\); focus \(pomodoro\) running/)
    const stopped = await run('timer', 'stop', '--focus', '8', '--energy', '6', '--mood', '7', '--note', 'done')
    expect(stopped.out).toMatch(/^completed focus: 0 min; RPT\.2b\.1 now has \d+ min\n$/)
    expect((await run('timer', 'status')).out).toBe('no timer is running\n')
  })

  it('fails with one line and exit code 1 when there is nothing to stop or a rating is out of range', async () => {
    expect(await run('timer', 'stop')).toEqual({ code: 1, out: '', err: 'duration: no timer is running; start one first\n' })
    const bad = await run('timer', 'stop', '--focus', '11')
    expect(bad.code).toBe(1)
    expect(bad.err).toBe('duration: --focus must be a whole number from 1 to 10, got "11"\n')
    const unknown = await run('timer', 'start', 'NOPE.1')
    expect(unknown).toMatchObject({ code: 1, err: 'duration: task NOPE.1 not found\n' })
  })

  it('prints the report as a table, JSON or CSV', async () => {
    const table = await run('report')
    expect(table.out).toMatch(/^Analytics \d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2} \(7 days, America\/Sao_Paulo\)\n/)
    expect(table.out).toMatch(/\nsessions completed +1\n/)
    expect(table.out).toMatch(/\navg focus \/ energy \/ mood +8 \/ 6 \/ 7\n/)
    const json = JSON.parse((await run('report', '--json', '--from', '2026-01-01', '--to', '2026-01-31')).out) as { period: { days: number } }
    expect(json.period.days).toBe(31)
    const csv = await run('report', '--csv', '--from', '2026-01-01', '--to', '2026-01-02')
    expect(csv.out.split('\r\n').slice(0, 2)).toEqual(['section,key,metric,value', 'period,,from,2026-01-01'])
    expect((await run('report', '--json', '--csv')).err).toBe('duration: choose one of --json and --csv\n')
  })
})

describe.each(dialects)('duration timer, remote mode (%s)', (dialect) => {
  let t: TestApp
  let owner: SignedIn
  beforeAll(async () => {
    t = await startTestApp(dialect)
    owner = await t.signIn('owner')
  })
  afterAll(async () => {
    await t.close()
  })

  it('drives the server timer with --server and --token', async () => {
    const task = await createTask(t, owner, await createEpic(t, owner), { title: 'Remote work' })
    const remote = (...argv: string[]) => cli([...argv, '--server', t.baseUrl, '--token', owner.token], {}, process.cwd())
    expect((await remote('timer', 'start', task.id, '--minutes', '30')).out).toBe(`focus (pomodoro) running on ${String(task.taskKey)} "Remote work": elapsed 00:00, remaining 30:00\n`)
    t.clock.advance(4 * MINUTE)
    expect((await remote('timer', 'pause')).out).toMatch(/^focus \(pomodoro\) paused .*: elapsed 04:00, remaining 26:00\n$/)
    t.clock.advance(60 * MINUTE)
    expect((await remote('timer', 'resume')).out).toMatch(/running .*: elapsed 04:00, remaining 26:00\n$/)
    t.clock.advance(8 * MINUTE)
    const status = JSON.parse((await remote('timer', 'status', '--json')).out) as { session: { pausedSeconds: number } }
    expect(status.session.pausedSeconds).toBe(3600)
    expect((await remote('timer', 'status')).out).toBe(`focus (pomodoro) running on ${String(task.taskKey)} "Remote work": elapsed 12:00, remaining 18:00\n`)
    expect((await remote('timer', 'stop', '--focus', '9')).out).toBe(`completed focus: 12 min; ${String(task.taskKey)} now has 12 min; +2 points\n`)
    expect((await remote('report', '--csv')).out).toContain('focus,,total_minutes,12\r\n')
    expect(await remote('timer', 'resume')).toMatchObject({ code: 1, err: 'duration: server answered 409: no timer is running; start one first\n' })
  })
})
