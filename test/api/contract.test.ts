import SwaggerParser from '@apidevtools/swagger-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPermission } from '../../src/identity/permissions.js'
import { isRateLimitClass } from '../../src/security/rate-limit-classes.js'
import { startTestApp, type TestApp } from '../helpers/app.js'

interface OpenApiDocument {
  paths: Record<string, Record<string, { 'x-permission'?: string; 'x-rate-limit'?: string; responses?: Record<string, unknown> }>>
}

/** Fastify `/tasks/:id` ↔ OpenAPI `/tasks/{id}`. */
const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/$/, '') || '/'

describe('the whole app contract', () => {
  let t: TestApp
  let document: OpenApiDocument
  beforeAll(async () => {
    t = await startTestApp('sqlite')
    document = (await t.request('GET', '/api/v1/openapi.json')).body as OpenApiDocument
  })
  afterAll(async () => {
    await t.close()
  })

  it('serves an OpenAPI document that validates', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy()
  })

  it('declares a response schema, a permission and a rate-limit class on every route', () => {
    const routes = t.app.server.collectedRoutes()
    expect(routes.length).toBeGreaterThan(30)
    const gaps = routes
      .filter((r) => r.method !== 'HEAD')
      .filter((r) => r.config?.['responseKind'] !== 'static')
      .filter((r) => !r.schema?.response || !isPermission(r.config?.['permission']) || !isRateLimitClass(r.config?.['rateLimit']))
      .map((r) => `${r.method} ${r.url}`)
    expect(gaps).toEqual([])
  })

  it('lists every API route in the document with its permission and rate-limit class', () => {
    const apiRoutes = t.app.server.collectedRoutes().filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD')
    const missing: string[] = []
    for (const route of apiRoutes) {
      const operation = document.paths[toOpenApiPath(route.url)]?.[route.method.toLowerCase()]
      if (!operation || operation['x-permission'] !== route.config?.['permission'] || operation['x-rate-limit'] !== route.config?.['rateLimit']) {
        missing.push(`${route.method} ${route.url}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('rejects every non-public API route without credentials', async () => {
    const routes = t.app.server.collectedRoutes().filter((r) => r.url.startsWith('/api/v1/') && r.config?.['permission'] !== 'public' && r.method !== 'HEAD')
    const uuid = '01900000-0000-7000-8000-0000000000aa'
    const statuses = await Promise.all(
      routes.map(async (r) => {
        const path = r.url.replace(/:[A-Za-z0-9_]+/g, (name) => (name === ':key' ? 'some.key' : uuid))
        const response = await t.request(r.method, path, ['POST', 'PUT', 'PATCH'].includes(r.method) ? { body: {} } : {})
        return `${r.method} ${r.url} → ${response.status}`
      }),
    )
    expect(statuses.filter((s) => !s.endsWith('→ 401'))).toEqual([])
  })
})
