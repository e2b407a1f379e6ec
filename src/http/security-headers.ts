import type { FastifyHelmetOptions } from '@fastify/helmet'
import type { FastifyPluginCallback } from 'fastify'
import fp from 'fastify-plugin'

/**
 * Helmet settings for a same-origin single-page app: scripts, styles, fonts and API calls only
 * from our own origin, no framing, no plugins. `upgrade-insecure-requests` and HSTS are left out
 * here because Duration is often reached over plain HTTP on a LAN; {@link hstsPlugin} adds HSTS
 * per request when the request really arrived over HTTPS.
 */
export function helmetOptions(): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        scriptSrcAttr: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' },
  }
}

/** One year, subdomains included: the usual value once HTTPS is known to work. */
const HSTS_VALUE = 'max-age=31536000; includeSubDomains'

/**
 * Sends Strict-Transport-Security only on HTTPS requests (directly or, with `trustProxy`, via
 * `X-Forwarded-Proto`); on plain HTTP the header is meaningless and would be ignored anyway.
 */
export const hstsPlugin: FastifyPluginCallback = fp(
  (app, _options, done) => {
    app.addHook('onRequest', (request, reply, next) => {
      if (request.protocol === 'https') {
        reply.header('strict-transport-security', HSTS_VALUE)
      }
      next()
    })
    done()
  },
  { name: 'duration-hsts' },
)
