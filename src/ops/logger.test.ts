import { describe, expect, it } from 'vitest'
import { createLogger, scrubCredentialUrls, scrubQueryString } from './logger.js'

function capture() {
  const lines: string[] = []
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => lines.push(line) } })
  return { logger, output: () => lines.join('') }
}

describe('createLogger', () => {
  it('censors passwords, tokens and TOTP codes when they are logged at any of the first three levels', () => {
    const { logger, output } = capture()
    logger.info({ password: 'pw-top', body: { token: 'tok-1', user: { totp: '123456', secret: 'shh' } } }, 'login')
    const text = output()
    for (const secret of ['pw-top', 'tok-1', '123456', 'shh']) {
      expect(text).not.toContain(secret)
    }
    expect(text).toContain('[redacted]')
  })

  it('censors authorization, cookie and CSRF headers when a request is logged whole', () => {
    const { logger, output } = capture()
    logger.info({
      req: { headers: { authorization: 'Bearer abc.def', cookie: 'sid=s3ss10n', 'x-csrf-token': 'csrf-9' } },
      res: { headers: { 'set-cookie': 'sid=n3w' } },
    })
    const text = output()
    for (const secret of ['abc.def', 's3ss10n', 'csrf-9', 'n3w']) {
      expect(text).not.toContain(secret)
    }
  })

  it('censors personal fields and storage keys when a user or the config is logged', () => {
    const { logger, output } = capture()
    logger.info({ user: { email: 'ana@example.com' }, config: { storage: { dbKey: 'a'.repeat(64), databaseUrl: 'postgres://x' } } })
    const text = output()
    expect(text).not.toContain('ana@example.com')
    expect(text).not.toContain('a'.repeat(64))
  })

  it('scrubs connection-string credentials from messages and error stacks', () => {
    const { logger, output } = capture()
    const err = new Error('connect failed: postgres://duration:hunter2@db.local:5432/duration')
    logger.error({ err }, 'cannot reach redis://:r3dis@cache:6379')
    const text = output()
    expect(text).not.toContain('hunter2')
    expect(text).not.toContain('r3dis')
    expect(text).toContain('postgres://[redacted]@db.local:5432/duration')
  })
})

describe('scrubCredentialUrls', () => {
  it('keeps URLs without credentials untouched', () => {
    expect(scrubCredentialUrls('see https://example.com/a@b and mail a@b.c')).toBe('see https://example.com/a@b and mail a@b.c')
  })

  it('hides passwords that contain @ when the URL has several', () => {
    expect(scrubCredentialUrls('postgres://u:p@ss@host/db')).toBe('postgres://[redacted]@host/db')
  })
})

describe('scrubQueryString', () => {
  it('hides values of sensitive query parameters but keeps the rest', () => {
    expect(scrubQueryString('/reset?token=abc&limit=5&email=a@b.c')).toBe('/reset?token=[redacted]&limit=5&email=[redacted]')
  })
})
