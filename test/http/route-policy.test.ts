import type { FastifyPluginAsyncTypebox, FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import { RoutePolicyError } from '../../src/http/route-policy.js'
import { startServer } from './start-server.js'
import { thingsRoutes } from './things.plugin.js'

const noPermission: FastifyPluginCallbackTypebox = (app, _options, done) => {
  app.get(
    '/forgotten',
    {
      schema: { response: { 200: Type.Object({ ok: Type.Boolean() }) } },
      // @ts-expect-error the type forbids it; the startup check catches plain-JS plugins too
      config: { rateLimit: 'read' },
    },
    () => ({ ok: true }),
  )
  done()
}

// Async style with a nested scope on purpose: both plugin styles and inner scopes are collected.
const noSchemaNoConfig: FastifyPluginAsyncTypebox = async (app) => {
  await app.register((scope, _options, done) => {
    scope.post('/bare', () => ({ ok: true }))
    done()
  })
}

const unknownValues: FastifyPluginCallbackTypebox = (app, _options, done) => {
  const config = { permission: 'tasks:delete', rateLimit: 'unlimited' } as unknown as { permission: 'public'; rateLimit: 'read' }
  app.put('/odd', { schema: { response: { 204: Type.Null() } }, config }, (_request, reply) => {
    void reply.code(204).send(null)
  })
  done()
}

describe('route policy check', () => {
  it('rejects buildServer naming the route when a route has no permission', async () => {
    const attempt = startServer({ routes: [thingsRoutes, noPermission] })
    await expect(attempt).rejects.toThrow(RoutePolicyError)
    await expect(attempt).rejects.toThrow('GET /api/v1/forgotten: missing config.permission')
  })

  it('names every missing part when a route has neither schema nor config', async () => {
    await expect(startServer({ routes: [noSchemaNoConfig] })).rejects.toThrow(
      'POST /api/v1/bare: missing schema.response, config.permission, config.rateLimit',
    )
  })

  it('rejects permissions and classes outside the catalogues', async () => {
    await expect(startServer({ routes: [unknownValues] })).rejects.toThrow(
      'PUT /api/v1/odd: missing config.permission, config.rateLimit',
    )
  })

  it('gives every registered route, docs UI included, a permission and a rate-limit class', async () => {
    const server = await startServer({ routes: [thingsRoutes] })
    try {
      const routes = server.app.collectedRoutes()
      expect(routes.length).toBeGreaterThan(10)
      for (const route of routes) {
        expect(route.config?.['permission'], `${route.method} ${route.url}`).toBeTypeOf('string')
        expect(route.config?.['rateLimit'], `${route.method} ${route.url}`).toBeTypeOf('string')
      }
      const docsIndex = routes.find((route) => route.method === 'GET' && route.url === '/api/docs/')
      expect(docsIndex?.config).toMatchObject({ permission: 'public', rateLimit: 'public', responseKind: 'static' })
    } finally {
      await server.close()
    }
  })
})
