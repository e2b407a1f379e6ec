import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requireActor } from '../../http/auth-guard.js'
import type { AnalyticsService } from './analytics.service.js'
import { AnalyticsCsv, AnalyticsExportQuery, AnalyticsQuery, AnalyticsReport } from './analytics.schema.js'

const tags = ['analytics']

/**
 * Analytics of one person and period. The report is a bounded read (a year at most); the export
 * hands the same numbers out as a file and is budgeted as heavy work.
 */
export function analyticsRoutes({ analytics }: { analytics: AnalyticsService }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/analytics/report', {
      schema: { tags, summary: 'Focus, wellbeing, estimate accuracy, TDD and streak numbers for a period', querystring: AnalyticsQuery, response: { 200: AnalyticsReport } },
      config: { permission: 'analytics:read', rateLimit: 'read' },
    }, (request) => analytics.report(requireActor(request), request.query))

    app.get('/analytics/export', {
      schema: {
        tags,
        summary: 'The report as a CSV (default) or JSON download',
        querystring: AnalyticsExportQuery,
        response: {
          200: {
            description: 'CSV (section,key,metric,value) or the JSON report',
            content: { 'text/csv': { schema: AnalyticsCsv }, 'application/json': { schema: AnalyticsReport } },
          },
        },
      },
      config: { permission: 'analytics:read', rateLimit: 'expensive' },
    }, async (request, reply) => {
      const { format = 'csv', ...query } = request.query
      const actor = requireActor(request)
      if (format === 'json') {
        const report = await analytics.report(actor, query)
        void reply.header('content-disposition', `attachment; filename="duration-analytics-${report.period.from}-${report.period.to}.json"`)
        return reply.type('application/json').send(report)
      }
      const { fileName, csv } = await analytics.exportCsv(actor, query)
      void reply.header('content-disposition', `attachment; filename="${fileName}"`)
      return reply.type('text/csv; charset=utf-8').send(csv)
    })
  }
}
