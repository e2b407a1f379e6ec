import { describe, expect, it } from 'vitest'
import { register as globalRegistry } from 'prom-client'
import { createMetrics } from './metrics.js'

describe('createMetrics', () => {
  it('gives each app its own registry when two are created in one process', async () => {
    const first = createMetrics()
    const second = createMetrics()
    first.httpRequests.inc({ method: 'GET', route: '/healthz', status: '200' })
    expect(await first.render()).toContain('duration_http_requests_total{method="GET",route="/healthz",status="200"} 1')
    expect(await second.render()).not.toContain('route="/healthz"')
    expect(await globalRegistry.metrics()).not.toContain('duration_')
  })

  it('reports DB pool figures through the dbPool gauge', async () => {
    const metrics = createMetrics()
    metrics.dbPool.set({ pool: 'main', state: 'idle' }, 4)
    expect(await metrics.render()).toContain('duration_db_pool_connections{pool="main",state="idle"} 4')
  })

  it('refreshes a registered gauge on every scrape when it has a collect callback', async () => {
    const metrics = createMetrics()
    let entries = 1
    metrics.registerGauge({
      name: 'cache_entries',
      help: 'Entries in the L1 cache.',
      labelNames: ['cache'],
      collect: (gauge) => {
        gauge.set({ cache: 'l1' }, entries)
      },
    })
    entries = 7
    expect(await metrics.render()).toContain('duration_cache_entries{cache="l1"} 7')
  })
})
