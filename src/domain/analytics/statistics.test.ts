import { describe, expect, it } from 'vitest'
import { csvCell, encodeCsv } from './csv.js'
import { createWallClock, startOfLocalDay } from './local-time.js'
import { median, pearson, ratio, roundTo } from './statistics.js'

describe('statistics', () => {
  it('computes Pearson r of paired samples when both series vary', () => {
    expect(pearson([[1, 2], [2, 4], [3, 6]])).toBe(1)
    expect(pearson([[1, 3], [2, 2], [3, 1]])).toBe(-1)
    expect(roundTo(pearson([[5, 3], [8, 7], [5, 1]]) ?? 0, 4)).toBe(0.9449)
  })

  it('returns null when a series is constant or too short', () => {
    expect(pearson([[1, 2], [1, 5]])).toBeNull()
    expect(pearson([[1, 2]])).toBeNull()
  })

  it('rounds half away from zero and divides safely', () => {
    expect([roundTo(1.005, 2), roundTo(-0.125, 2), roundTo(-0.0001, 2)]).toEqual([1.01, -0.13, 0])
    expect([ratio(1, 0), ratio(2, 3)]).toEqual([null, 0.67])
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, null])
  })
})

describe('local time', () => {
  it('gives the wall-clock date and hour in the workspace zone', () => {
    const wall = createWallClock('America/Sao_Paulo')
    expect(wall(Date.UTC(2026, 0, 6, 2, 30))).toEqual({ date: '2026-01-05', hour: 23 })
  })

  it('finds the first instant of a local day, also when DST skips midnight', () => {
    expect(startOfLocalDay('2026-01-05', 'America/Sao_Paulo')).toBe(Date.UTC(2026, 0, 5, 3))
    expect(startOfLocalDay('2026-01-05', 'UTC')).toBe(Date.UTC(2026, 0, 5))
    expect(startOfLocalDay('2024-09-08', 'America/Santiago')).toBe(Date.UTC(2024, 8, 8, 4))
    expect(startOfLocalDay('2024-03-31', 'Europe/Berlin')).toBe(Date.UTC(2024, 2, 30, 23))
  })
})

describe('csv', () => {
  it('quotes per RFC 4180 when a cell holds a comma, quote or line break', () => {
    expect(encodeCsv([['a,b', 'say "hi"', 'line\nbreak', 'plain', 3, null]])).toBe('"a,b","say ""hi""","line\nbreak",plain,3,\r\n')
  })

  it('defuses formula injection when text starts with = + - @ tab or CR', () => {
    expect(['=1+1', '+cmd', '-2', '@SUM(A1)', '\tx', '=HYPERLINK("x","y")'].map(csvCell)).toEqual([
      "'=1+1", "'+cmd", "'-2", "'@SUM(A1)", "'\tx", `"'=HYPERLINK(""x"",""y"")"`,
    ])
  })

  it('writes our own negative numbers as numbers when they are not text', () => {
    expect(csvCell(-0.5)).toBe('-0.5')
    expect(csvCell(Number.NaN)).toBe('')
  })
})
