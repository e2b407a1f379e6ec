import type { Command } from 'commander'
import { loadConfig } from '../config/load-config.js'
import { ValidationError } from '../domain/errors.js'
import { DURATION_LOCALES, DURATION_STYLES, DURATION_UNITS } from '../domain/duration/index.js'
import type { AddBusinessDaysQuery, AddBusinessDaysResult, BusinessDaysQuery, BusinessDaysResult } from '../modules/calendar/calendar.schema.js'
import { createCalendarService } from '../modules/calendar/calendar.service.js'
import type { DurationFormatBody, FormattedDuration, ParsedDuration } from '../modules/calendar/durations.schema.js'
import { createDurationsService } from '../modules/calendar/durations.service.js'
import type { CliIo } from './program.js'
import { addRemoteOptions, createRemoteClient, remoteTargetFrom, type RemoteOptions } from './remote-client.js'

/** The calculators, wherever they run. */
interface CalcApi {
  parse(text: string): Promise<ParsedDuration>
  format(input: DurationFormatBody): Promise<FormattedDuration>
  businessDays(query: BusinessDaysQuery): Promise<BusinessDaysResult>
  addBusinessDays(query: AddBusinessDaysQuery): Promise<AddBusinessDaysResult>
}

/**
 * Local calculators need no database and no user: only the configured holiday country and
 * region. Remotely they are the `/durations` and `/calendar` routes.
 */
function calcApi(io: CliIo, options: RemoteOptions): CalcApi {
  const target = remoteTargetFrom(options, io.env)
  if (target !== null) {
    const client = createRemoteClient(target)
    return {
      parse: (text) => client.json('POST', '/durations/parse', { json: { text } }),
      format: (input) => client.json('POST', '/durations/format', { json: input }),
      businessDays: (query) => client.json('GET', '/calendar/business-days', { query: { ...query } }),
      addBusinessDays: (query) => client.json('GET', '/calendar/add-business-days', { query: { ...query } }),
    }
  }
  const calendar = createCalendarService({ defaults: loadConfig(io.env, io.cwd).calendar })
  const durations = createDurationsService()
  return {
    parse: async (text) => durations.parse(text),
    format: async (input) => durations.format(input),
    businessDays: async (query) => calendar.businessDays(query),
    addBusinessDays: async (query) => calendar.addBusinessDays(query),
  }
}

/** "10,5" and "10.5" both mean ten and a half, as in duration text. */
function parseNumber(text: string, pointer: string, integer = false): number {
  const value = Number(text.trim().replace(',', '.'))
  if (text.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new ValidationError(`"${text.slice(0, 40)}" is not ${integer ? 'a whole number' : 'a number'}`, [{ pointer, message: 'not a number' }])
  }
  return value
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined, name: string): T | undefined {
  if (value === undefined) {
    return undefined
  }
  if (!(values as readonly string[]).includes(value)) {
    throw new ValidationError(`--${name} must be one of ${values.join(', ')}`, [{ pointer: `/${name}`, message: 'unknown value' }])
  }
  return value as T
}

interface OutputOptions extends RemoteOptions {
  json?: boolean
}
interface FormatOptions extends OutputOptions {
  locale?: string
  style?: string
  unit?: string
}
interface CalendarOptions extends OutputOptions {
  country?: string
  region?: string
}

function print(io: CliIo, options: OutputOptions, value: unknown, human: string): void {
  io.out(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${human}\n`)
}

function withCommonOptions(command: Command): Command {
  return addRemoteOptions(command.option('--json', 'print JSON'))
}

function withCalendarOptions(command: Command): Command {
  return withCommonOptions(command)
    .option('--country <code>', 'holiday country (default: DURATION_HOLIDAY_COUNTRY, BR)')
    .option('--region <code>', 'holiday region, e.g. SP')
}

function calendarChoice(options: CalendarOptions): { country?: string; region?: string } {
  return { ...(options.country === undefined ? {} : { country: options.country }), ...(options.region === undefined ? {} : { region: options.region }) }
}

export function registerCalcCommands(program: Command, io: CliIo): void {
  const calc = program.command('calc').description('duration and business-day calculators')

  withCommonOptions(calc.command('parse').description('read duration text: "1,5 dias", "2 weeks", "P3D"').argument('<text>', 'duration text'))
    .action(async (text: string, options: OutputOptions) => {
      const parsed = await calcApi(io, options).parse(text)
      print(io, options, parsed, `${parsed.text} = ${parsed.value} ${parsed.unit} = ${parsed.days} calendar days`)
    })

  withCommonOptions(
    calc.command('format')
      .description('write days as duration text; two numbers give a range')
      .argument('<days>', 'calendar days, e.g. 10.5')
      .argument('[maxDays]', 'upper end of a range')
      .option('--locale <locale>', `${DURATION_LOCALES.join(' | ')} (default pt-BR)`)
      .option('--style <style>', `${DURATION_STYLES.join(' | ')} (default standard)`)
      .option('--unit <unit>', `force the unit: ${DURATION_UNITS.join(' | ')}`),
  ).action(async (days: string, maxDays: string | undefined, options: FormatOptions) => {
    const locale = oneOf(DURATION_LOCALES, options.locale, 'locale')
    const style = oneOf(DURATION_STYLES, options.style, 'style')
    const unit = oneOf(DURATION_UNITS, options.unit, 'unit')
    const amounts = maxDays === undefined
      ? { days: parseNumber(days, '/days') }
      : { minDays: parseNumber(days, '/minDays'), maxDays: parseNumber(maxDays, '/maxDays') }
    const formatted = await calcApi(io, options).format({
      ...amounts, ...(locale === undefined ? {} : { locale }), ...(style === undefined ? {} : { style }), ...(unit === undefined ? {} : { unit }),
    })
    print(io, options, formatted, formatted.text)
  })

  withCalendarOptions(
    calc.command('business-days')
      .description('count business days from <from> to <to>, both included, and list the holidays between')
      .argument('<from>', 'first day, YYYY-MM-DD')
      .argument('<to>', 'last day, YYYY-MM-DD'),
  ).action(async (from: string, to: string, options: CalendarOptions) => {
    const result = await calcApi(io, options).businessDays({ from, to, ...calendarChoice(options) })
    const where = result.region === null ? result.country : `${result.country}-${result.region}`
    const holidays = result.holidays.map((holiday) => `\n  ${holiday.date}  ${holiday.name}`).join('')
    print(io, options, result, `${result.businessDays} business days from ${from} to ${to} (${result.calendarDays} calendar days, ${where})${holidays}`)
  })

  withCalendarOptions(
    calc.command('add-business-days')
      .description('the n-th business day after <date> (n < 0: before)')
      .argument('<date>', 'start day, YYYY-MM-DD')
      .argument('<n>', 'business days to add (negative counts back)'),
  ).action(async (date: string, n: string, options: CalendarOptions) => {
    const result = await calcApi(io, options).addBusinessDays({ date, days: parseNumber(n, '/days', true), ...calendarChoice(options) })
    print(io, options, result, result.result)
  })
}
