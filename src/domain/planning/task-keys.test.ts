import { describe, expect, it } from 'vitest'
import {
  buildScheduleTasks,
  createDependencyResolver,
  qualifyTaskKey,
  splitQualifiedTaskKey,
} from './task-keys.js'

const epics = [
  { key: '5', tasks: [{ key: '5.3b.2' }, { key: '1.1a' }] },
  { key: '7', tasks: [{ key: '7.1a' }, { key: '7.1b.1' }] },
  { key: '2', tasks: [{ key: '1.1a' }] },
]

describe('qualifyTaskKey', () => {
  it('joins epic and task keys with a slash and splits them back', () => {
    expect(qualifyTaskKey('0.5', '0.13a')).toBe('0.5/0.13a')
    expect(splitQualifiedTaskKey('0.5/0.13a')).toEqual({ epicKey: '0.5', taskKey: '0.13a' })
    expect(splitQualifiedTaskKey('a/b/c')).toEqual({ epicKey: 'a', taskKey: 'b/c' })
  })

  it('returns null when splitting an unqualified key', () => {
    expect(splitQualifiedTaskKey('5.3b.2')).toBeNull()
    expect(splitQualifiedTaskKey('/x')).toBeNull()
    expect(splitQualifiedTaskKey('x/')).toBeNull()
  })
})

describe('createDependencyResolver', () => {
  const resolve = createDependencyResolver(epics)

  it('prefers the same epic, then the only other epic with that key', () => {
    expect(resolve('7', '7.1a')).toBe('7/7.1a')
    expect(resolve('7', '5.3b.2')).toBe('5/5.3b.2')
    expect(resolve('2', '1.1a')).toBe('2/1.1a')
  })

  it('accepts an already qualified key when it exists', () => {
    expect(resolve('7', '5/1.1a')).toBe('5/1.1a')
  })

  it('returns null when the key is unknown or ambiguous across other epics', () => {
    expect(resolve('7', '0.14')).toBeNull()
    expect(resolve('7', '1.1a')).toBeNull()
    expect(resolve('7', '9/9.1')).toBeNull()
  })
})

describe('buildScheduleTasks', () => {
  it('qualifies keys, resolves references and defaults missing estimates to 60', () => {
    const tasks = buildScheduleTasks([
      { key: '5', tasks: [{ key: '5.3b.2', estimateMinutes: 8, dependencies: [] }] },
      {
        key: '7',
        tasks: [
          {
            key: '7.1b.1',
            estimateMinutes: null,
            dependencies: [
              { key: '5.3b.2', type: 'blocking' },
              { key: '0.14', type: 'related' },
            ],
          },
        ],
      },
    ])
    expect(tasks).toEqual([
      { key: '5/5.3b.2', estimateMinutes: 8, dependsOn: [] },
      {
        key: '7/7.1b.1',
        estimateMinutes: 60,
        dependsOn: [
          { key: '5/5.3b.2', type: 'blocking' },
          { key: '0.14', type: 'related' },
        ],
      },
    ])
  })
})
