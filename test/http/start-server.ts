import type { AddressInfo } from 'node:net'
import { finalizeConfig } from '../../src/config/load-config.js'
import type { Config } from '../../src/config/config.schema.js'
import type { ReadinessCheck } from '../../src/http/health.routes.js'
import type { Actor } from '../../src/identity/actor.js'
import type { Authenticator } from '../../src/identity/authenticator.js'
import { buildServer, type DurationServer, type RouteEntry } from '../../src/http/server.js'
import { createManualClock } from '../../src/ops/clock.js'
import { createLogger } from '../../src/ops/logger.js'
import { createMetrics, type Metrics } from '../../src/ops/metrics.js'

/** The caller every request is, unless a test passes its own authenticator. */
export const TEST_OWNER: Actor = { userId: '01900000-0000-7000-8000-000000000001', role: 'owner', via: 'token', scopes: null, credentialId: null }

/** A started server, the lines it logged and a way to stop it. */
export interface StartedServer {
  readonly app: DurationServer
  readonly baseUrl: string
  readonly metrics: Metrics
  /** Raw JSON log lines written so far. */
  readonly logLines: string[]
  close(): Promise<void>
}

/** Options of {@link startServer}; everything has a small test default. */
export interface StartOptions {
  routes?: RouteEntry[]
  authenticate?: Authenticator
  readiness?: ReadinessCheck[]
  config?: Record<string, unknown>
  bodyLimit?: number
  readinessTimeoutMs?: number
}

/** Builds a config from defaults plus `overrides`, validated like the real loader does. */
export function testConfig(overrides: Record<string, unknown> = {}): Config {
  return finalizeConfig({ log: { level: 'info' }, ...overrides })
}

/** Builds the server with an in-memory logger and listens on a random local port. */
export async function startServer(options: StartOptions = {}): Promise<StartedServer> {
  const logLines: string[] = []
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => logLines.push(line) } })
  const metrics = createMetrics()
  const app = await buildServer({
    config: testConfig(options.config),
    logger,
    metrics,
    clock: createManualClock(),
    readiness: options.readiness ?? [],
    routes: options.routes ?? [],
    authenticate: options.authenticate ?? (() => Promise.resolve(TEST_OWNER)),
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
    ...(options.readinessTimeoutMs === undefined ? {} : { readinessTimeoutMs: options.readinessTimeoutMs }),
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  return { app, baseUrl: `http://127.0.0.1:${port}`, metrics, logLines, close: () => app.close() }
}
