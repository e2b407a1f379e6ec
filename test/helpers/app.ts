/**
 * A whole Duration app (createApp) on a fresh database of the chosen dialect, listening on a random
 * loopback port, with a manual clock and helpers to make users and get their bearer headers.
 */
import type { AddressInfo } from 'node:net'
import { createApp, type App } from '../../src/app.js'
import { finalizeConfig } from '../../src/config/load-config.js'
import type { Actor } from '../../src/identity/actor.js'
import type { WorkspaceRole, User } from '../../src/modules/users/users.schema.js'
import { usersRepository } from '../../src/modules/users/users.repository.js'
import { createManualClock } from '../../src/ops/clock.js'
import { createLogger } from '../../src/ops/logger.js'
import type { Dialect } from '../../src/store/store.js'
import { freshDatabase, testKeyHex } from './stores.js'

export interface SignedIn {
  user: User
  actor: Actor
  token: string
  headers: Record<string, string>
}

export interface TestApp {
  app: App
  baseUrl: string
  clock: ReturnType<typeof createManualClock>
  logLines: string[]
  /** Creates a user with that role and an API token for it. */
  signIn(role: WorkspaceRole, name?: string): Promise<SignedIn>
  /** fetch() against the app with JSON in and out. */
  request(method: string, path: string, options?: { as?: SignedIn; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; body: unknown }>
  close(): Promise<void>
  /**
   * Simulates a server restart: closes the app (database connections included) and builds a new
   * one on the same database and clock, listening on a new port; `app` and `baseUrl` follow.
   */
  restart(): Promise<void>
}

let counter = 0

export async function startTestApp(dialect: Dialect, extraConfig: Record<string, unknown> = {}): Promise<TestApp> {
  const clock = createManualClock()
  const logLines: string[] = []
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => logLines.push(line) } })
  const database = await freshDatabase(dialect)
  const config = finalizeConfig({ audit: { secret: testKeyHex() }, ...extraConfig, storage: { ...database.config.storage } })
  const listen = async (): Promise<[App, string]> => {
    const started = await createApp(config, { clock, logger })
    await started.server.listen({ port: 0, host: '127.0.0.1' })
    return [started, `http://127.0.0.1:${(started.server.server.address() as AddressInfo).port}`]
  }
  let [app, baseUrl] = await listen()

  return {
    get app() {
      return app
    },
    get baseUrl() {
      return baseUrl
    },
    clock, logLines,
    async restart() {
      await app.close()
      ;[app, baseUrl] = await listen()
    },
    async signIn(role, name) {
      counter += 1
      const label = name ?? `${role}${counter}`
      const user = await app.store.write((tx) =>
        usersRepository.insert(tx, { email: `${label}@example.test`, displayName: label, role }, clock),
      )
      const actor: Actor = { userId: user.id, role, via: 'local', scopes: null, credentialId: null }
      const { token } = await app.services.tokens.create(actor, { name: 'test' })
      return { user, actor, token, headers: { authorization: `Bearer ${token}` } }
    },
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...(options.as?.headers ?? {}), ...(options.headers ?? {}) }
      let body: string | undefined
      if (options.body !== undefined) {
        headers['content-type'] = 'application/json'
        body = JSON.stringify(options.body)
      }
      const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) })
      const text = await response.text()
      let parsed: unknown = text
      try {
        parsed = text === '' ? null : JSON.parse(text)
      } catch {
        // not JSON (metrics, HTML): keep the text
      }
      return { status: response.status, headers: response.headers, body: parsed }
    },
    async close() {
      await app.close()
      await database.drop()
    },
  }
}
