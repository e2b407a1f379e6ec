import { describe, expect, it } from 'vitest'
import { ValidationError } from '../domain/errors.js'
import { assertPasswordPolicy, passwordWeakness } from './password-policy.js'

describe('passwordWeakness', () => {
  it('accepts a long unusual passphrase when nothing is wrong with it', () => {
    expect(passwordWeakness('violet-harbour-tram-42')).toBeNull()
    expect(passwordWeakness('correct horse battery staple but longer')).toBeNull()
  })

  it('refuses passwords shorter than 12 characters when otherwise fine', () => {
    expect(passwordWeakness('Xy7#pq2!Lm')).toBe('must be at least 12 characters')
  })

  it('refuses common passwords and their decorated and l33t variants when long enough', () => {
    for (const password of ['passwordpassword', 'Password2024!', 'P@ssw0rd123456', 'iloveyou12345', 'Corinthians2025', 'correcthorsebatterystaple', 'Correct Horse Battery Staple']) {
      expect(passwordWeakness(password), password).toBe('is a commonly used password')
    }
  })

  it('refuses keyboard walks, sequences and repeats when they are long enough', () => {
    expect(passwordWeakness('234567890123')).toBe('is a keyboard or alphabet sequence or a repeated pattern')
    expect(passwordWeakness('qwertyuiopasd')).toBe('is a keyboard or alphabet sequence or a repeated pattern')
    expect(passwordWeakness('xk7#-xk7#-xk7#-')).toBe('is a keyboard or alphabet sequence or a repeated pattern')
    expect(passwordWeakness('aaaaaaaaaaab')).toBe('must use at least 5 different characters')
  })

  it('refuses a password containing the e-mail name when one is given', () => {
    expect(passwordWeakness('mariana-loves-trains', ['mariana'])).toBe('must not contain your e-mail name')
  })

  it('refuses absurdly long input when over 256 characters', () => {
    expect(passwordWeakness('x1y2z3'.repeat(50))).toBe('must be at most 256 characters')
  })
})

describe('assertPasswordPolicy', () => {
  it('throws a ValidationError pointing at the field when weak', () => {
    try {
      assertPasswordPolicy('short', '/body/newPassword')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues).toEqual([{ pointer: '/body/newPassword', message: 'must be at least 12 characters' }])
    }
  })
})
