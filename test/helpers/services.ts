/**
 * Test access to the real PostgreSQL and Redis. Outside CI a missing service skips its tests with one
 * printed line; with DURATION_REQUIRE_SERVICES=1 (set by .ci/run) a missing service fails instead.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export const POSTGRES_ADMIN_URL = process.env.DURATION_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
export const REDIS_TEST_URL = process.env.DURATION_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
export const servicesRequired = process.env.DURATION_REQUIRE_SERVICES === '1'

const reported = new Set<string>()

function reportUnavailable(service: string, reason: string): false {
  if (servicesRequired) {
    throw new Error(`${service} is required (DURATION_REQUIRE_SERVICES=1) but unreachable: ${reason}`)
  }
  if (!reported.has(service)) {
    reported.add(service)
    console.warn(`[skip] ${service} unreachable (${reason}); its tests are skipped. Set DURATION_REQUIRE_SERVICES=1 to fail instead.`)
  }
  return false
}

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch (error) {
    return reportUnavailable('PostgreSQL', (error as Error).message)
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Creates an empty database for one test file and returns its URL and a drop function. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `duration_t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(POSTGRES_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
      await client.connect()
      try {
        await client.query(`drop database if exists ${name} with (force)`)
      } finally {
        await client.end()
      }
    },
  }
}

export async function redisAvailable(): Promise<boolean> {
  const { Redis } = await import('ioredis')
  const client = new Redis(REDIS_TEST_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.ping()
    return true
  } catch (error) {
    return reportUnavailable('Redis', (error as Error).message)
  } finally {
    client.disconnect()
  }
}
