/**
 * A separate OS process appending audited changes, for the multi-process audit-chain test.
 *   node --import tsx audit-worker.ts <userId> <count>
 * Each of `count` transactions adds 1 to the user's points and records the change in the audit log.
 * Storage and the app secret come from the environment (DURATION_DATA_DIR + DURATION_DB_KEY or
 * DATABASE_URL, and DURATION_AUDIT_KEY).
 */
import { loadConfig } from '../../../src/config/load-config.js'
import type { Actor } from '../../../src/identity/actor.js'
import { createIdentity } from '../../../src/identity/identity.js'
import { usersRepository } from '../../../src/modules/users/users.repository.js'
import { systemClock } from '../../../src/ops/clock.js'
import { openStore } from '../../../src/store/store.js'

const [userId = '', countText = '0'] = process.argv.slice(2)
const config = loadConfig()
const store = await openStore(config.storage, { clock: systemClock })
const identity = await createIdentity({ config, store, clock: systemClock })
const actor: Actor = { userId, role: 'owner', via: 'local', scopes: null, credentialId: null, requestId: `pid-${process.pid}` }

for (let i = 0; i < Number(countText); i++) {
  await store.write(async (tx) => {
    const after = await usersRepository.increment(tx, userId, 'totalPoints', 1, systemClock)
    await identity.audit.record(tx, actor, {
      action: 'user.update', entity: 'user', entityId: userId,
      before: { totalPoints: after.totalPoints - 1 }, after: { totalPoints: after.totalPoints },
    })
  })
}
await store.close()
process.stdout.write('done\n')
