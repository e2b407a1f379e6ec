/**
 * Startup failures of the storage layer. They stop the process with one clear line
 * (no stack trace): each says what is wrong and what the operator can do.
 */
export const STORE_ERROR_CODES = [
  'key_missing',
  'key_invalid',
  'key_file_insecure',
  'wrong_key',
  'plaintext_refused',
  'encrypted_but_plaintext_requested',
  'unreachable',
] as const
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number]

export class StoreError extends Error {
  readonly code: StoreErrorCode
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreError'
    this.code = code
  }
}
