import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { GENESIS_MAC, computeAuditMac, verifyAuditChain, type AuditEntry } from './audit-chain.js'
import { auditData, changedFields } from './audit-trail.js'

const key = randomBytes(32)

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = []
  let prevMac = GENESIS_MAC
  for (let seq = 1; seq <= length; seq++) {
    const unsigned = {
      seq, id: `id-${seq}`, createdAt: '2026-01-05T12:00:00.000Z', actorUserId: 'u1', actorVia: 'session', credentialId: null,
      requestId: `r${seq}`, ip: '127.0.0.1', action: 'task.update', entity: 'task', entityId: 't1', data: { changes: { title: { from: 'a', to: `b${seq}` } } }, prevMac,
    }
    const entry = { ...unsigned, mac: computeAuditMac(key, unsigned) }
    entries.push(entry)
    prevMac = entry.mac
  }
  return entries
}

async function* pages(entries: AuditEntry[]) {
  yield entries
}

const headOf = (entries: AuditEntry[]) => ({ seq: entries.length, mac: entries[entries.length - 1]?.mac ?? GENESIS_MAC })

describe('verifyAuditChain', () => {
  it('accepts an intact chain when every link and MAC matches', async () => {
    const entries = chain(5)
    expect(await verifyAuditChain(key, pages(entries), headOf(entries))).toEqual({ checked: 5, headSeq: 5, problems: [], ok: true })
  })

  it('reports an edited entry at its position when one value changed', async () => {
    const entries = chain(5)
    const head = headOf(entries)
    entries[2] = { ...(entries[2] as AuditEntry), data: { changes: { title: { from: 'a', to: 'forged' } } } }
    const report = await verifyAuditChain(key, pages(entries), head)
    expect(report.problems.map((p) => [p.kind, p.seq])).toEqual([['altered', 3]])
  })

  it('reports a deleted entry and a truncated tail when rows are missing', async () => {
    const entries = chain(6)
    const head = headOf(entries)
    const remaining = entries.filter((entry) => entry.seq !== 2 && entry.seq !== 6)
    const report = await verifyAuditChain(key, pages(remaining), head)
    expect(report.problems.map((p) => [p.kind, p.seq, p.toSeq])).toEqual([['missing', 2, 2], ['truncated', 6, 6]])
  })

  it('reports re-linked entries when one was replaced by a validly signed entry with another predecessor', async () => {
    const entries = chain(3)
    const { mac: _mac, ...unsigned } = { ...(entries[1] as AuditEntry), prevMac: 'f'.repeat(64) }
    const forged = { ...unsigned, mac: computeAuditMac(key, unsigned) }
    const report = await verifyAuditChain(key, pages([entries[0] as AuditEntry, forged, entries[2] as AuditEntry]), headOf(entries))
    expect(report.problems.map((p) => [p.kind, p.seq])).toEqual([['relinked', 2], ['relinked', 3]])
  })

  it('fails every entry when checked with another key', async () => {
    const entries = chain(2)
    const report = await verifyAuditChain(randomBytes(32), pages(entries), headOf(entries))
    expect(report.problems.map((p) => p.kind)).toEqual(['altered', 'altered'])
  })
})

describe('audit data', () => {
  it('keeps only changed fields, old → new, when both versions are given', () => {
    expect(changedFields({ a: 1, b: [1], updatedAt: 'x', version: 1 }, { a: 1, b: [2], updatedAt: 'y', version: 2 })).toEqual({
      b: { from: [1], to: [2] }, version: { from: 1, to: 2 },
    })
  })

  it('stores the whole row when only one side is given', () => {
    expect(auditData({ after: { id: 'x' } })).toEqual({ after: { id: 'x' } })
    expect(auditData({ before: { id: 'x' } })).toEqual({ before: { id: 'x' } })
  })
})
