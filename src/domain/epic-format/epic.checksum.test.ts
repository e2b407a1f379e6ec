import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parseEpicDocument } from './epic.parse.js'
import { epicChecksum, serializeEpic } from './epic.serialize.js'

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

describe('epicChecksum', () => {
  const { epic } = parseEpicDocument({ epic: { id: '9', name: 'E', tasks: [{ id: '9.1', title: 'T' }] } })

  it('hashes the canonical serialization with the given function', () => {
    const checksum = epicChecksum(epic, sha256)
    expect(checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(checksum).toBe(sha256(serializeEpic(epic)))
  })

  it('is the same for the legacy file and its re-import from our format', () => {
    const again = parseEpicDocument(JSON.parse(serializeEpic(epic)) as unknown).epic
    expect(epicChecksum(again, sha256)).toBe(epicChecksum(epic, sha256))
  })

  it('changes when a task changes', () => {
    const changed = { ...epic, tasks: epic.tasks.map((task) => ({ ...task, title: 'T2' })) }
    expect(epicChecksum(changed, sha256)).not.toBe(epicChecksum(epic, sha256))
  })

  it('passes an async hash result through when the hash returns a promise', async () => {
    const digest = epicChecksum(epic, (text) => Promise.resolve(text.length))
    await expect(digest).resolves.toBe(serializeEpic(epic).length)
  })
})
