import { Redis } from 'ioredis'
import type { Logger } from 'pino'

/**
 * The shared Redis connection of one app process (rate limits, bans, cache and breaker state use
 * it in the scale-out shape). Commands fail fast while Redis is down instead of queueing without
 * bound; /readyz reports the outage.
 */
export function createRedisClient(url: string, logger: Logger): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // Reconnect with capped backoff forever: Redis coming back must heal the process by itself.
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  })
  let lastError = ''
  client.on('error', (error: Error) => {
    if (error.message !== lastError) {
      lastError = error.message
      logger.warn({ err: error }, 'redis connection error')
    }
  })
  client.on('ready', () => {
    lastError = ''
  })
  return client
}

/** Readiness: Redis answers PING within the check's budget. */
export async function pingRedis(client: Redis): Promise<void> {
  if (client.status === 'wait') {
    await client.connect()
  }
  const answer = await client.ping()
  if (answer !== 'PONG') {
    throw new Error('unexpected PING answer')
  }
}
