import { describe, expect, it } from 'vitest'
import { assertRoutePolicies, type CollectedRoute } from './route-policy.js'

const schema = { response: { 200: {} } }

function route(method: CollectedRoute['method'], url: string, config?: Record<string, unknown>, withSchema = true): CollectedRoute {
  return { method, url, schema: withSchema ? schema : undefined, config }
}

describe('assertRoutePolicies', () => {
  it('accepts routes with a response schema, a permission and a rate-limit class', () => {
    expect(() => assertRoutePolicies([route('GET', '/a', { permission: 'tasks:read', rateLimit: 'read' })])).not.toThrow()
  })

  it('accepts a static route without a response schema when it says so', () => {
    const docs = route('GET', '/docs', { permission: 'public', rateLimit: 'public', responseKind: 'static' }, false)
    expect(() => assertRoutePolicies([docs])).not.toThrow()
  })

  it('lists every offending route in one error when several are incomplete', () => {
    const routes = [route('GET', '/a', { permission: 'tasks:read' }), route('DELETE', '/b', { rateLimit: 'write' }, false)]
    expect(() => assertRoutePolicies(routes)).toThrow(
      /GET \/a: missing config\.rateLimit\n {2}DELETE \/b: missing schema\.response, config\.permission/,
    )
  })

  it('reports a GET route once, not again for its automatic HEAD twin', () => {
    const routes = [route('GET', '/a'), route('HEAD', '/a')]
    expect(() => assertRoutePolicies(routes)).toThrow(/^(?![\s\S]*HEAD)/)
  })
})
