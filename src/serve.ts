import type { Config } from './config/config.schema.js'
import { createApp, type App } from './app.js'

/**
 * Starts Duration and stops it cleanly on SIGTERM/SIGINT: stop accepting, let in-flight requests
 * finish (bounded by server.shutdownGraceMs), close the database, exit 0. A second signal, or the
 * grace period running out, exits at once with status 1.
 */
export async function serve(config: Readonly<Config>): Promise<App> {
  const app = await createApp(config)
  const address = await app.server.listen({ host: config.server.host, port: config.server.port })
  app.logger.info({ address, dialect: app.store.dialect }, `Duration listening on ${address}`)

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      app.logger.warn({ signal }, 'second signal: exiting now')
      process.exit(1)
    }
    stopping = true
    app.logger.info({ signal }, 'shutting down')
    const timer = setTimeout(() => {
      app.logger.error('in-flight requests did not finish in time; exiting')
      process.exit(1)
    }, config.server.shutdownGraceMs)
    timer.unref()
    app.close().then(
      () => {
        app.logger.info('stopped')
        process.exit(0)
      },
      (error: unknown) => {
        app.logger.error({ err: error }, 'error while shutting down')
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  return app
}
