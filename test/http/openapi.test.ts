import SwaggerParser from '@apidevtools/swagger-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type StartedServer } from './start-server.js'
import { thingsRoutes } from './things.plugin.js'

interface Operation {
  'x-permission'?: string
  'x-rate-limit'?: string
  responses: Record<string, unknown>
}

interface OpenApiDocument {
  openapi: string
  paths: Record<string, Record<string, Operation>>
  components: {
    schemas: Record<string, { properties: Record<string, { type: string }> }>
    responses: Record<string, { content: Record<string, { schema: unknown }> }>
  }
}

let server: StartedServer
let document: OpenApiDocument

function operation(path: string, method: string): Operation {
  const found = document.paths[path]?.[method]
  if (found === undefined) {
    throw new Error(`${method} ${path} is not in the document`)
  }
  return found
}

beforeAll(async () => {
  server = await startServer({ routes: [{ plugin: thingsRoutes, prefix: '/catalogue' }] })
  document = (await (await fetch(`${server.baseUrl}/api/v1/openapi.json`)).json()) as OpenApiDocument
})

afterAll(async () => {
  await server.close()
})

describe('GET /api/v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document when served', async () => {
    expect(document.openapi).toBe('3.1.0')
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined()
  })

  it('lists the sample routes under their prefix with permission and rate-limit class', () => {
    expect(operation('/api/v1/catalogue/things/{id}', 'get')['x-permission']).toBe('tasks:read')
    expect(operation('/api/v1/catalogue/things/{id}', 'get')['x-rate-limit']).toBe('read')
    expect(operation('/api/v1/catalogue/things/{id}', 'post')['x-permission']).toBe('tasks:write')
    expect(operation('/api/v1/catalogue/things/{id}', 'post')['x-rate-limit']).toBe('write')
    expect(operation('/api/v1/catalogue/things', 'get')['x-permission']).toBe('tasks:read')
  })

  it('documents the health routes as public with the health class', () => {
    expect(operation('/readyz', 'get')['x-permission']).toBe('public')
    expect(operation('/readyz', 'get')['x-rate-limit']).toBe('health')
  })

  it('documents problems once and references them from every operation', () => {
    expect(document.components.schemas['Problem']?.properties['requestId']?.type).toBe('string')
    expect(document.components.responses['Problem']?.content['application/problem+json']?.schema).toEqual({
      $ref: '#/components/schemas/Problem',
    })
    const post = operation('/api/v1/catalogue/things/{id}', 'post')
    expect(post.responses['4XX']).toEqual({ $ref: '#/components/responses/Problem' })
    expect(post.responses['5XX']).toEqual({ $ref: '#/components/responses/Problem' })
  })

  it('leaves the docs UI routes out of the document', () => {
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/docs'))).toEqual([])
  })
})

describe('GET /api/docs', () => {
  it('serves the swagger-ui page with its own CSP but no upgrade-insecure-requests', async () => {
    const response = await fetch(`${server.baseUrl}/api/docs/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).not.toContain('upgrade-insecure-requests')
  })
})
