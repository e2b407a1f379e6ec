import type { Command } from 'commander'
import { ValidationError } from '../domain/errors.js'
import type { AnalyticsQuery, AnalyticsReportView } from '../modules/analytics/analytics.schema.js'
import { addTargetOptions, withTarget, type TargetOptions } from './command-target.js'
import type { LocalContext } from './local-app.js'
import type { CliIo } from './program.js'
import type { RemoteClient } from './remote-client.js'

/** Analytics wherever they run: the local service or a server's `/analytics` routes. */
export interface ReportClient {
  report(query: AnalyticsQuery): Promise<AnalyticsReportView>
  csv(query: AnalyticsQuery): Promise<string>
}

export function localReportClient({ app, actor }: LocalContext): ReportClient {
  return {
    report: (query) => app.services.analytics.report(actor, query),
    csv: async (query) => (await app.services.analytics.exportCsv(actor, query)).csv,
  }
}

export function remoteReportClient(client: RemoteClient): ReportClient {
  return {
    report: (query) => client.json('GET', '/analytics/report', { query: { ...query } }),
    csv: async (query) => (await client.text('GET', '/analytics/export', { query: { ...query, format: 'csv' } })).text,
  }
}

type Cell = string | number | null

const show = (value: Cell): string => (value === null ? '–' : String(value))

/** A plain-text table: a header, a rule, and right-aligned numbers. */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const texts = [header.map(String), ...rows.map((row) => row.map(show))]
  const widths = header.map((_, i) => Math.max(...texts.map((row) => (row[i] ?? '').length)))
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => row[i] === null || typeof row[i] === 'number'))
  const line = (row: readonly string[]) =>
    row.map((text, i) => (numeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0))).join('  ').trimEnd()
  return [line(texts[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...texts.slice(1).map(line)].join('\n')
}

/** The report as sections of tables, for a terminal. */
export function formatReport(report: AnalyticsReportView): string {
  const { focus, wellbeing, gamification, accuracy, tdd } = report
  const sections = [
    `Analytics ${report.period.from} → ${report.period.to} (${report.period.days} days, ${report.period.timeZone})`,
    formatTable(['metric', 'value'], [
      ['focus minutes', focus.totalMinutes], ['sessions completed', focus.completed], ['sessions abandoned', focus.abandoned],
      ['breaks completed', focus.breaksCompleted], ['completion rate', focus.completionRate],
      ['interruptions', focus.interruptions], ['interruptions per focus hour', focus.interruptionsPerFocusHour],
      ['avg focus / energy / mood', [wellbeing.averages.focus, wellbeing.averages.energy, wellbeing.averages.mood].map(show).join(' / ')],
      ['r(focus, story points)', wellbeing.correlationWithStoryPoints.focus],
      ['r(energy, story points)', wellbeing.correlationWithStoryPoints.energy],
      ['r(mood, story points)', wellbeing.correlationWithStoryPoints.mood],
      ['estimate accuracy (actual/estimate)', accuracy.overall.ratio],
      ['TDD cycles (mean minutes)', `${tdd.cycles.length} (${show(tdd.meanCycleMinutes)})`],
      ['points in period / total', `${gamification.pointsInPeriod} / ${gamification.totalPoints}`],
      ['focus streak (current / best)', `${gamification.focusStreak.current} / ${gamification.focusStreak.best}`],
    ]),
    formatTable(['day', 'focus min', 'sessions', 'interruptions', 'story points', 'focus', 'energy', 'mood'],
      report.perDay.map((d) => [d.date, d.focusMinutes, d.focusSessions, d.interruptions, d.storyPointsCompleted, d.avgFocus, d.avgEnergy, d.avgMood])),
  ]
  const hours = report.perHour.filter((h) => h.focusSessions > 0)
  if (hours.length > 0) {
    sections.push(formatTable(['hour', 'focus min', 'sessions'], hours.map((h) => [`${String(h.hour).padStart(2, '0')}:00`, h.focusMinutes, h.focusSessions])))
  }
  if (accuracy.epics.length > 0) {
    sections.push(formatTable(['epic', 'estimate min', 'actual min', 'ratio'], accuracy.epics.map((e) => [e.epicKey, e.estimateMinutes, e.actualMinutes, e.ratio])))
  }
  sections.push(formatTable(['TDD phase', 'focus min', 'tasks done', 'lead min', 'accuracy'], tdd.phases
    .filter((p) => p.focusMinutes > 0 || p.tasksCompleted > 0)
    .map((p) => [p.phase, p.focusMinutes, p.tasksCompleted, p.meanLeadMinutes, accuracy.phases.find((a) => a.phase === p.phase)?.ratio ?? null])))
  return `${sections.join('\n\n')}\n`
}

interface ReportOptions extends TargetOptions {
  from?: string
  to?: string
  user?: string
  json?: boolean
  csv?: boolean
}

export function registerReportCommand(program: Command, io: CliIo): void {
  addTargetOptions(program.command('report')
    .description('focus and estimate analytics for a period (default: the last 7 days), as tables, JSON or CSV')
    .option('--from <date>', 'first day, YYYY-MM-DD (workspace time zone)')
    .option('--to <date>', 'last day, YYYY-MM-DD (default: today)')
    .option('--user <id>', "owners and admins: another user's report")
    .option('--json', 'print the report as JSON')
    .option('--csv', 'print the report as CSV (section,key,metric,value)'))
    .action(async (options: ReportOptions) => {
      if (options.json && options.csv) {
        throw new ValidationError('choose one of --json and --csv', [{ pointer: '/format', message: 'conflicting options' }])
      }
      const query: AnalyticsQuery = {
        ...(options.from === undefined ? {} : { from: options.from }),
        ...(options.to === undefined ? {} : { to: options.to }),
        ...(options.user === undefined ? {} : { userId: options.user }),
      }
      const output = await withTarget(io, { ...options, permission: 'analytics:read' }, {
        local: (context) => render(localReportClient(context), query, options),
        remote: (client) => render(remoteReportClient(client), query, options),
      })
      io.out(output)
    })
}

async function render(client: ReportClient, query: AnalyticsQuery, options: ReportOptions): Promise<string> {
  if (options.csv) {
    return client.csv(query)
  }
  const report = await client.report(query)
  return options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report)
}
