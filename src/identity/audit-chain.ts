import { createHmac, timingSafeEqual } from 'node:crypto'
import { canonicalJson } from '../domain/canonical-json.js'

/** The MAC the first entry chains to. */
export const GENESIS_MAC = '0'.repeat(64)

/** One audit entry as stored and exported; every field but `mac` is covered by the MAC. */
export interface AuditEntry {
  readonly seq: number
  readonly id: string
  readonly createdAt: string
  readonly actorUserId: string | null
  readonly actorVia: string | null
  readonly credentialId: string | null
  readonly requestId: string | null
  readonly ip: string | null
  readonly action: string
  readonly entity: string
  readonly entityId: string
  /** `{after}` for creations, `{before}` for deletions, `{changes: {field: {from, to}}}` for updates. */
  readonly data: unknown
  readonly prevMac: string
  readonly mac: string
}

/**
 * HMAC-SHA-256 over the RFC 8785 canonical JSON of the entry (with `prevMac`, without `mac`), so
 * editing any field, or unlinking the entry from its predecessor, changes the MAC.
 */
export function computeAuditMac(key: Buffer, entry: Omit<AuditEntry, 'mac'>): string {
  const { seq, id, createdAt, actorUserId, actorVia, credentialId, requestId, ip, action, entity, entityId, data, prevMac } = entry
  const canonical = canonicalJson({ seq, id, createdAt, actorUserId, actorVia, credentialId, requestId, ip, action, entity, entityId, data, prevMac })
  return createHmac('sha256', key).update(canonical, 'utf8').digest('hex')
}

function sameMac(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8')
  const right = Buffer.from(b, 'utf8')
  return left.length === right.length && timingSafeEqual(left, right)
}

export type AuditProblemKind = 'missing' | 'altered' | 'relinked' | 'truncated'

/** One break in the chain; `seq` is the position (sequence number) where it shows. */
export interface AuditProblem {
  readonly kind: AuditProblemKind
  readonly seq: number
  /** Last missing position of a gap (same as seq for one missing entry). */
  readonly toSeq?: number
  readonly message: string
}

export interface AuditVerifyReport {
  readonly checked: number
  readonly headSeq: number
  readonly problems: readonly AuditProblem[]
  readonly ok: boolean
}

/** Stop collecting after this many: a wholesale forgery would otherwise produce one per entry. */
export const MAX_REPORTED_PROBLEMS = 100

/**
 * Walks entries in sequence order and reports every gap (deleted entries), every entry whose MAC
 * does not match its content (edited), every entry not linked to the one before it (inserted or
 * reordered), and a head that points past the last entry (the newest entries were deleted).
 * After a problem the walk resynchronises on the stored MAC, so one edit is one problem.
 */
export async function verifyAuditChain(
  key: Buffer,
  pages: AsyncIterable<readonly AuditEntry[]>,
  head: { seq: number; mac: string },
): Promise<AuditVerifyReport> {
  const problems: AuditProblem[] = []
  const report = (problem: AuditProblem) => {
    if (problems.length < MAX_REPORTED_PROBLEMS) {
      problems.push(problem)
    }
  }
  let expectedSeq = 1
  let previousMac = GENESIS_MAC
  let checked = 0
  for await (const page of pages) {
    for (const entry of page) {
      checked += 1
      let gap = false
      if (entry.seq > expectedSeq) {
        gap = true
        const count = entry.seq - expectedSeq
        report({
          kind: 'missing', seq: expectedSeq, toSeq: entry.seq - 1,
          message: count === 1 ? `entry ${expectedSeq} is missing` : `entries ${expectedSeq}–${entry.seq - 1} are missing`,
        })
      }
      if (!gap && !sameMac(entry.prevMac, previousMac)) {
        report({ kind: 'relinked', seq: entry.seq, message: `entry ${entry.seq} does not follow entry ${entry.seq - 1} (inserted, replaced or reordered)` })
      }
      if (!sameMac(computeAuditMac(key, entry), entry.mac)) {
        report({ kind: 'altered', seq: entry.seq, message: `entry ${entry.seq} was altered (its MAC does not match its content)` })
      }
      previousMac = entry.mac
      expectedSeq = entry.seq + 1
    }
  }
  if (head.seq >= expectedSeq) {
    report({
      kind: 'truncated', seq: expectedSeq, toSeq: head.seq,
      message: `entries ${expectedSeq}–${head.seq} are missing from the end (the chain head is at ${head.seq})`,
    })
  } else if (head.seq === expectedSeq - 1 && checked > 0 && !sameMac(head.mac, previousMac)) {
    report({ kind: 'relinked', seq: head.seq, message: `the chain head does not match entry ${head.seq}` })
  }
  return { checked, headSeq: head.seq, problems, ok: problems.length === 0 }
}
