import { ValidationError } from '../domain/errors.js'
import { COMMON_PASSWORDS_TEXT } from './common-passwords.list.js'

/**
 * NIST SP 800-63B style: a length floor, a blocklist and a few "obviously guessable" checks, and
 * no composition rules (they make passwords harder to remember, not to guess).
 */
export const PASSWORD_MIN_LENGTH = 12
/** Bounds the Argon2 input; long enough for any passphrase or manager-generated secret. */
export const PASSWORD_MAX_LENGTH = 256
const MIN_DISTINCT_CHARACTERS = 5

const COMMON = new Set(COMMON_PASSWORDS_TEXT.split(/\s+/).filter((word) => word !== ''))

const SEQUENCES = [
  '01234567890123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnm',
  'qazwsxedcrfvtgbyhnujmikolp',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
]

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' }

function normalise(password: string): string {
  return password.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

/** `password2024!` → `password`; `!!admin` → `admin`. */
function stripDecoration(text: string): string {
  return text.replace(/^[^a-z]+/, '').replace(/[^a-z]+$/, '')
}

function unleet(text: string): string {
  return [...text].map((char) => LEET[char] ?? char).join('')
}

/** `abcabcabc` → `abc`; null when the text is not one unit repeated. */
function repeatedUnit(text: string): string | null {
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) {
      return text.slice(0, size)
    }
  }
  return null
}

function isSequence(text: string): boolean {
  return SEQUENCES.some((sequence) => {
    const reversed = [...sequence].reverse().join('')
    return sequence.includes(text) || reversed.includes(text)
  })
}

/** Candidate spellings a guesser would try first for this password. */
function guessableForms(password: string): string[] {
  const plain = normalise(password)
  const forms = new Set<string>([plain, stripDecoration(plain), unleet(plain), stripDecoration(unleet(plain))])
  for (const form of [...forms]) {
    const unit = repeatedUnit(form)
    if (unit !== null) {
      forms.add(unit)
    }
  }
  return [...forms].filter((form) => form !== '')
}

/** Why `password` is refused, or null when it is acceptable. `context` holds words tied to the account (e-mail). */
export function passwordWeakness(password: string, context: readonly string[] = []): string | null {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) {
    return `must be at least ${PASSWORD_MIN_LENGTH} characters`
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `must be at most ${PASSWORD_MAX_LENGTH} characters`
  }
  const plain = normalise(password)
  if (new Set(plain).size < MIN_DISTINCT_CHARACTERS) {
    return `must use at least ${MIN_DISTINCT_CHARACTERS} different characters`
  }
  const forms = guessableForms(password)
  if (forms.some((form) => COMMON.has(form))) {
    return 'is a commonly used password'
  }
  // A repeated chunk is only as strong as the chunk, and the chunk is shorter than the minimum.
  if (forms.some((form) => isSequence(form) || repeatedUnit(form) !== null)) {
    return 'is a keyboard or alphabet sequence or a repeated pattern'
  }
  const personal = context.map((word) => normalise(word)).filter((word) => word.length >= 4)
  if (personal.some((word) => plain.includes(word))) {
    return 'must not contain your e-mail name'
  }
  return null
}

/** Throws ValidationError (at `pointer`) when the password breaks the policy. */
export function assertPasswordPolicy(password: string, pointer: string, email?: string): void {
  const context = email === undefined ? [] : [email.split('@')[0] ?? '']
  const weakness = passwordWeakness(password, context)
  if (weakness !== null) {
    throw new ValidationError(`the password ${weakness}`, [{ pointer, message: weakness }])
  }
}
