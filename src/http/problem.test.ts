import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../domain/errors.js'
import { buildProblem, problemDocs, problemType } from './problem.js'

function documentedRows(): Array<{ code: string; status: number; type: string }> {
  const markdown = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8')
  const rows: Array<{ code: string; status: number; type: string }> = []
  for (const match of markdown.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \| `([^`]+)` \|/gm)) {
    rows.push({ code: match[1] ?? '', status: Number(match[2]), type: match[3] ?? '' })
  }
  return rows
}

describe('problem table', () => {
  it('has a type URI for every domain error code', () => {
    const codes = problemDocs().map((doc) => doc.code)
    for (const code of ERROR_CODES) {
      expect(codes).toContain(code)
    }
    expect(problemType('not_found')).toBe('urn:duration:problem:not_found')
  })

  it('lists every code once in docs/errors.md with the same status and type', () => {
    const expected = problemDocs().map(({ code, status, type }) => ({ code, status, type }))
    expect(documentedRows()).toEqual(expected)
  })

  it('puts extensions before the standard members so they cannot overwrite them', () => {
    const problem = buildProblem('conflict', {
      requestId: 'r1',
      detail: 'duplicate',
      extensions: { status: 200, type: 'forged', hint: 'rename it' },
    })
    expect(problem).toEqual({
      type: 'urn:duration:problem:conflict',
      title: 'Conflict',
      status: 409,
      detail: 'duplicate',
      requestId: 'r1',
      hint: 'rename it',
    })
  })
})
