import { describe, expect, it } from 'vitest'
import { escapePointerToken, toValidationIssues } from './validation-pointers.js'

function ajvError(keyword: string, instancePath: string, params: Record<string, unknown>, message?: string) {
  return { keyword, instancePath, schemaPath: '#', params, ...(message === undefined ? {} : { message }) }
}

describe('toValidationIssues', () => {
  it('prefixes the request part when AJV reports a nested field', () => {
    const issues = toValidationIssues('body', [ajvError('minLength', '/items/0/title', {}, 'must NOT have fewer than 1 characters')])
    expect(issues).toEqual([{ pointer: '/body/items/0/title', message: 'must NOT have fewer than 1 characters' }])
  })

  it('appends the missing property when the keyword is required', () => {
    const issues = toValidationIssues('body', [ajvError('required', '', { missingProperty: 'version' })])
    expect(issues).toEqual([{ pointer: '/body/version', message: 'is required' }])
  })

  it('appends and escapes the extra property when the keyword is additionalProperties', () => {
    const issues = toValidationIssues('querystring', [ajvError('additionalProperties', '', { additionalProperty: 'a/b~c' })])
    expect(issues).toEqual([{ pointer: '/query/a~1b~0c', message: 'is not an allowed property' }])
  })

  it('drops duplicate issues when AJV reports the same field twice', () => {
    const error = ajvError('type', '/limit', {}, 'must be integer')
    expect(toValidationIssues('querystring', [error, error])).toHaveLength(1)
  })

  it('starts at the root when the request part is unknown', () => {
    expect(toValidationIssues(undefined, [ajvError('type', '/x', {}, 'must be string')])).toEqual([
      { pointer: '/x', message: 'must be string' },
    ])
  })
})

describe('escapePointerToken', () => {
  it('escapes ~ before / as RFC 6901 requires', () => {
    expect(escapePointerToken('~/')).toBe('~0~1')
  })
})
