import { describe, expect, it } from 'vitest'
import { cli } from './cli-support.js'

// Local calculators need no database: only the holiday country from the environment.
const env = { DURATION_HOLIDAY_COUNTRY: 'BR' }
const run = (...argv: string[]) => cli(argv, env, '/')

describe('duration calc (local)', () => {
  it('parses duration text in either language and decimal separator', async () => {
    expect(await run('calc', 'parse', '1,5 dias')).toEqual({ code: 0, out: '1.5 dias = 1.5 days = 1.5 calendar days\n', err: '' })
    expect((await run('calc', 'parse', '2 weeks')).out).toBe('2 semanas = 2 weeks = 14 calendar days\n')
    expect(JSON.parse((await run('calc', 'parse', 'P3D', '--json')).out)).toEqual({ value: 3, unit: 'days', days: 3, text: '3 dias' })
  })

  it('formats days, ranges and other locales', async () => {
    expect((await run('calc', 'format', '10.5')).out).toBe('1.5 semanas\n')
    expect((await run('calc', 'format', '10,5', '--locale', 'en')).out).toBe('1.5 weeks\n')
    expect((await run('calc', 'format', '2', '5')).out).toBe('2-5 dias\n')
    expect((await run('calc', 'format', '3.5', '--style', 'compact')).out).toBe('3.5d\n')
  })

  it('counts business days with the holidays between, for the configured or a given country', async () => {
    expect((await run('calc', 'business-days', '2025-09-01', '2025-09-12')).out)
      .toBe('10 business days from 2025-09-01 to 2025-09-12 (12 calendar days, BR)\n  2025-09-07  Dia da Independência\n')
    expect((await run('calc', 'business-days', '2025-12-22', '2025-12-26', '--country', 'US')).out)
      .toBe('4 business days from 2025-12-22 to 2025-12-26 (5 calendar days, US)\n  2025-12-25  Christmas Day\n')
  })

  it('adds and subtracts business days, skipping weekends and holidays', async () => {
    expect((await run('calc', 'add-business-days', '2025-09-05', '1')).out).toBe('2025-09-08\n')
    expect((await run('calc', 'add-business-days', '2025-09-08', '-1')).out).toBe('2025-09-05\n')
    expect((await run('calc', 'add-business-days', '2025-12-24', '1', '--country', 'US')).out).toBe('2025-12-26\n')
  })

  it('fails with one line and exit code 1 for bad input', async () => {
    expect(await run('calc', 'parse', 'abc')).toEqual({
      code: 1, out: '', err: 'duration: Invalid duration \'abc\': expected a number followed by one unit; e.g. "1 dia", "1.5 dias", "2 semanas", "1 mês", "3 days" or "P2W"\n',
    })
    expect(await run('calc', 'format', '-3')).toMatchObject({ code: 1, err: 'duration: Failed to format duration: Duration cannot be negative (-3)\n' })
    expect(await run('calc', 'format', 'x')).toEqual({ code: 1, out: '', err: 'duration: "x" is not a number\n' })
    expect(await run('calc', 'format', '1', '--unit', 'years')).toMatchObject({ code: 1, err: 'duration: --unit must be one of days, weeks, months\n' })
    expect(await run('calc', 'business-days', '2025-02-30', '2025-03-01')).toMatchObject({ code: 1, err: 'duration: /from: \'2025-02-30\' is not a calendar date YYYY-MM-DD\n' })
    expect(await run('calc', 'business-days', '2025-01-01', '2025-01-10', '--country', 'XX'))
      .toMatchObject({ code: 1, err: 'duration: Unknown holiday country \'XX\': use an ISO 3166-1 code such as BR, US or DE\n' })
    expect(await run('calc', 'add-business-days', '2025-01-01', '1.5')).toMatchObject({ code: 1, err: 'duration: "1.5" is not a whole number\n' })
  })

  it.each([
    ['import', 'epics'], ['export', 'epic'], ['calc', 'parse'], ['calc', 'format'], ['calc', 'business-days'], ['calc', 'add-business-days'],
  ])('prints help for %s %s and exits 0', async (...command) => {
    const help = await run(...command, '--help')
    expect(help.code).toBe(0)
    expect(help.out).toContain(`Usage: duration ${command.join(' ')} [options]`)
    expect(help.out).toContain('--server <url>')
  })
})
