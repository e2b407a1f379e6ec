/**
 * Identity costs: how many logins per second the Argon2id parameters allow (the figure an
 * attacker's guessing rate and our login capacity both follow), the full login path against a bare
 * hash verification, and audited writes (MAC chain append under the head lock) against the same
 * writes without audit, all in this run on one SQLite database.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finalizeConfig } from '../src/config/load-config.js'
import type { Actor } from '../src/identity/actor.js'
import { createIdentity } from '../src/identity/identity.js'
import { hashPassword, verifyPassword } from '../src/identity/passwords.js'
import { usersRepository } from '../src/modules/users/users.repository.js'
import { systemClock } from '../src/ops/clock.js'
import { openStore } from '../src/store/store.js'
import { compareAlternating, measure, printFigure } from './harness.js'

const PASSWORD = 'bench-violet-harbour-42'

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duration-bench-identity-'))
  const config = finalizeConfig({
    storage: { dataDir: dir, dbKey: randomBytes(32).toString('hex') },
    audit: { secret: randomBytes(32).toString('hex') },
    log: { level: 'silent' },
  })
  const store = await openStore(config.storage, { clock: systemClock })
  try {
    await store.migrate()
    const identity = await createIdentity({ config, store, clock: systemClock })
    const passwordHash = await hashPassword(PASSWORD)
    const user = await store.write((tx) =>
      usersRepository.insert(tx, { email: 'bench@example.test', displayName: 'Bench', role: 'owner', passwordHash }, systemClock),
    )
    const actor: Actor = { userId: user.id, role: 'owner', via: 'local', scopes: null, credentialId: null }

    printFigure('password verify (Argon2id 19 MiB, t=2, p=1)', await measure('ours', () => verifyPassword(passwordHash, PASSWORD), { durationMs: 2000, batch: 2 }))
    await compareAlternating(
      'login (throttle + Argon2 + session) vs verify',
      { name: 'login', fn: () => identity.login.login({ email: 'bench@example.test', password: PASSWORD, ip: '127.0.0.1' }) },
      { name: 'verify', fn: () => verifyPassword(passwordHash, PASSWORD) },
      { rounds: 3, durationMs: 1000, batch: 2 },
    )
    await compareAlternating(
      'audited write vs unaudited write (SQLite)',
      {
        name: 'audited',
        fn: () =>
          store.write(async (tx) => {
            const after = await usersRepository.increment(tx, user.id, 'totalPoints', 1, systemClock)
            await identity.audit.record(tx, actor, {
              action: 'user.update', entity: 'user', entityId: user.id,
              before: { totalPoints: after.totalPoints - 1 }, after: { totalPoints: after.totalPoints },
            })
          }),
      },
      { name: 'unaudited', fn: () => store.write((tx) => usersRepository.increment(tx, user.id, 'totalPoints', 1, systemClock)) },
      { rounds: 3, durationMs: 700, batch: 20 },
    )
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
