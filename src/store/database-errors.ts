import { ConflictError, ValidationError } from '../domain/errors.js'

/**
 * Turns constraint violations from either driver into domain errors, so a duplicate key or a
 * missing parent is a 409/400 for the caller and never an opaque 500 with SQL in it.
 */
export function translateDatabaseError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code
  if (typeof code !== 'string') {
    return error
  }
  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
    case '23505':
      return new ConflictError('a record with the same key already exists')
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
    case '23503':
      return new ConflictError('a referenced record does not exist, or other records still refer to this one')
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_NOTNULL':
    case '23514':
    case '23502':
      return new ValidationError('a value is outside its allowed range')
    default:
      return error
  }
}

/** Errors after which running the same transaction again can succeed. */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code
  return (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_BUSY_SNAPSHOT' ||
    code === 'SQLITE_LOCKED' ||
    code === '40001' || // serialization_failure
    code === '40P01' // deadlock_detected
  )
}
