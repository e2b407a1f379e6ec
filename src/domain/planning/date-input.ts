/**
 * How planning refuses a date that is not a real 'YYYY-MM-DD' day. Internal (not re-exported by
 * index.ts): the thrown error and the consistency finding must say the same thing.
 */
import { isValidLocalDate } from '../calendar/index.js'
import { ValidationError } from '../errors.js'

/** "Invalid date format: …" is the reference's wording (spec vector #10); the echo is capped for logs. */
export function invalidDateMessage(value: string): string {
  return `Invalid date format: '${String(value).slice(0, 40)}' is not a real date as YYYY-MM-DD`
}

/** @throws ValidationError at `pointer` when `value` is not a real 'YYYY-MM-DD' date. */
export function requireLocalDate(value: string, pointer: string): void {
  if (!isValidLocalDate(value)) {
    const message = invalidDateMessage(value)
    throw new ValidationError(message, [{ pointer, message }])
  }
}
