import { describe, expect, it } from 'vitest'
import {
  TASK_STATUSES,
  isTaskStatus,
  normalizeDependencyType,
  normalizeEpicStatus,
  normalizeTaskStatus,
  normalizeTddPhase,
} from './planning.types.js'

describe('normalizeTaskStatus', () => {
  it('maps todo to pending when reading the reference create_task value', () => {
    expect(normalizeTaskStatus('todo')).toBe('pending')
  })

  it('folds case, spaces and hyphens when the status is written loosely', () => {
    expect(normalizeTaskStatus(' In Progress ')).toBe('in_progress')
    expect(normalizeTaskStatus('in-progress')).toBe('in_progress')
    expect(normalizeTaskStatus('DONE')).toBe('completed')
    expect(normalizeTaskStatus('canceled')).toBe('cancelled')
    expect(normalizeTaskStatus('on hold')).toBe('blocked')
  })

  it('returns every canonical status unchanged when given canonical input', () => {
    expect(TASK_STATUSES.map(normalizeTaskStatus)).toEqual([...TASK_STATUSES])
  })

  it('returns null when the status is unknown', () => {
    expect(normalizeTaskStatus('exploded')).toBeNull()
    expect(normalizeTaskStatus('')).toBeNull()
  })

  it('returns null when the text names an Object.prototype member', () => {
    for (const input of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(normalizeTaskStatus(input), input).toBeNull()
      expect(normalizeEpicStatus(input), input).toBeNull()
      expect(normalizeDependencyType(input), input).toBeNull()
    }
  })
})

describe('normalizeEpicStatus', () => {
  it('keeps active and in_progress distinct when both appear in real data', () => {
    expect(normalizeEpicStatus('active')).toBe('active')
    expect(normalizeEpicStatus('in_progress')).toBe('in_progress')
    expect(normalizeEpicStatus('On Hold')).toBe('on_hold')
    expect(normalizeEpicStatus('todo')).toBe('pending')
    expect(normalizeEpicStatus('sideways')).toBeNull()
  })
})

describe('normalizeTddPhase', () => {
  it('accepts the five store phases case-insensitively and rejects the empty string', () => {
    expect(normalizeTddPhase('RED')).toBe('red')
    expect(normalizeTddPhase('analysis')).toBe('analysis')
    expect(normalizeTddPhase('review')).toBe('review')
    expect(normalizeTddPhase('')).toBeNull()
    expect(normalizeTddPhase('blue')).toBeNull()
  })
})

describe('normalizeDependencyType', () => {
  it('maps synonyms to the three types when read from loose input', () => {
    expect(normalizeDependencyType('Blocking')).toBe('blocking')
    expect(normalizeDependencyType('soft')).toBe('optional')
    expect(normalizeDependencyType('relates')).toBe('related')
    expect(normalizeDependencyType('maybe')).toBeNull()
  })
})

describe('isTaskStatus', () => {
  it('rejects non-strings and synonyms when checking canonical membership', () => {
    expect(isTaskStatus('pending')).toBe(true)
    expect(isTaskStatus('todo')).toBe(false)
    expect(isTaskStatus(3)).toBe(false)
  })
})
