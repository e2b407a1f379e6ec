import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { finalizeConfig } from '../config/load-config.js'
import { createManualClock } from '../ops/clock.js'
import { clientsRepository } from '../modules/clients/clients.repository.js'
import { StoreError } from './errors.js'
import { openStore, SQLITE_FILE_NAME } from './store.js'
import { testKeyHex } from '../../test/helpers/stores.js'

const clock = createManualClock()
const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'duration-enc-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true })
  }
})

async function openWith(storage: Record<string, unknown>, onWarning?: (m: string) => void) {
  const config = finalizeConfig({ storage })
  return openStore(config.storage, { clock, ...(onWarning ? { onWarning } : {}) })
}

async function writeSecret(dataDir: string, storage: Record<string, unknown>, secret: string) {
  const store = await openWith({ dataDir, ...storage })
  await store.migrate()
  await store.write((tx) =>
    clientsRepository.insert(tx, { clientKey: 'secret_client', name: secret, contactEmail: `${secret.toLowerCase()}@example.com` }, clock),
  )
  return store
}

describe('SQLite encryption at rest', () => {
  it('writes no SQLite header and no inserted plaintext to any file on disk', async () => {
    const dataDir = tempDir()
    const store = await writeSecret(dataDir, { dbKey: testKeyHex() }, 'ZebraConfidentialName')
    // read the files while the WAL still holds the change, then again after checkpoint on close
    const scan = () =>
      readdirSync(dataDir).map((file) => readFileSync(join(dataDir, file))).filter((b) => b.length > 0)
    for (const buffer of scan()) {
      expect(buffer.includes('ZebraConfidentialName')).toBe(false)
      expect(buffer.includes('zebraconfidentialname@example.com')).toBe(false)
    }
    await store.close()
    const main = readFileSync(join(dataDir, SQLITE_FILE_NAME))
    expect(main.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000')
    expect(main.includes('ZebraConfidentialName')).toBe(false)
    expect(main.includes('CREATE TABLE')).toBe(false)
  })

  it('reopens with the same key and reads the data back', async () => {
    const dataDir = tempDir()
    const dbKey = testKeyHex()
    await (await writeSecret(dataDir, { dbKey }, 'Readable')).close()
    const again = await openWith({ dataDir, dbKey })
    const page = await clientsRepository.list(again.db)
    expect(page.items.map((c) => c.name)).toEqual(['Readable'])
    await again.close()
  })

  it('fails with one clear wrong_key error for a wrong key', async () => {
    const dataDir = tempDir()
    await (await writeSecret(dataDir, { dbKey: testKeyHex() }, 'X')).close()
    const attempt = openWith({ dataDir, dbKey: testKeyHex() })
    await expect(attempt).rejects.toBeInstanceOf(StoreError)
    await expect(attempt).rejects.toMatchObject({ code: 'wrong_key' })
    await expect(attempt).rejects.toThrow(/key does not match/)
  })

  it('refuses to open an encrypted database when its key file is missing, without creating a new key', async () => {
    const dataDir = tempDir()
    const keyFile = join(tempDir(), 'db.key')
    await (await writeSecret(dataDir, { keyFile }, 'X')).close()
    rmSync(keyFile)
    await expect(openWith({ dataDir, keyFile })).rejects.toMatchObject({ code: 'key_missing' })
    expect(existsSync(keyFile)).toBe(false)
  })

  it('creates the key file on first start with mode 0600 and reuses it', async () => {
    const dataDir = tempDir()
    const keyFile = join(tempDir(), 'nested', 'db.key')
    await (await writeSecret(dataDir, { keyFile }, 'X')).close()
    expect(statSync(keyFile).mode & 0o777).toBe(0o600)
    expect(readFileSync(keyFile, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/)
    const again = await openWith({ dataDir, keyFile })
    expect((await clientsRepository.list(again.db)).total).toBe(1)
    await again.close()
  })

  it('refuses a key file other users can read', async () => {
    const keyFile = join(tempDir(), 'db.key')
    writeFileSync(keyFile, `${testKeyHex()}\n`, { mode: 0o644 })
    await expect(openWith({ dataDir: tempDir(), keyFile })).rejects.toMatchObject({ code: 'key_file_insecure' })
  })

  it('rejects a malformed DURATION_DB_KEY at config time, naming the setting', () => {
    expect(() => finalizeConfig({ storage: { dbKey: 'short' } })).toThrow(/DURATION_DB_KEY/)
  })

  it('never opens a plaintext database unless the development flag is set, and warns when it is', async () => {
    const dataDir = tempDir()
    const warnings: string[] = []
    await (await writeSecret(dataDir, { insecurePlaintext: true }, 'PlainName')).close()
    expect(readFileSync(join(dataDir, SQLITE_FILE_NAME)).subarray(0, 15).toString('latin1')).toBe('SQLite format 3')
    await expect(openWith({ dataDir, dbKey: testKeyHex() })).rejects.toMatchObject({ code: 'plaintext_refused' })
    const again = await openWith({ dataDir, insecurePlaintext: true }, (m) => warnings.push(m))
    await again.close()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('NOT encrypted')
  })

  it('refuses to treat an encrypted database as plaintext', async () => {
    const dataDir = tempDir()
    await (await writeSecret(dataDir, { dbKey: testKeyHex() }, 'X')).close()
    await expect(openWith({ dataDir, insecurePlaintext: true })).rejects.toMatchObject({ code: 'encrypted_but_plaintext_requested' })
  })
})
