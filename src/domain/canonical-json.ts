/**
 * JSON Canonicalization Scheme (RFC 8785): no whitespace, object members sorted by the UTF-16 code
 * units of their names, numbers in ECMAScript's shortest round-trip form, strings with JSON's
 * minimal escapes. Equal JSON values always give the same text, whatever their key order or spacing:
 * the audit chain MACs these bytes, and the epic import compares stored and desired fields with them.
 *
 * ECMAScript's JSON.stringify already produces the RFC's number and string forms (the RFC defines
 * them by reference to it), so only the member order and the rejection of non-JSON values are ours.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') {
    return JSON.stringify(value)
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new TypeError(`RFC 8785 has no representation for ${value}`)
    }
    return JSON.stringify(value)
  }
  if (typeof value === 'string') {
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`
  }
  if (typeof value === 'object') {
    // Members whose value is undefined do not exist in JSON, as with JSON.stringify.
    const entries = Object.entries(value as Record<string, unknown>).filter(([, member]) => member !== undefined)
    // Default sort compares UTF-16 code units, which is exactly the order RFC 8785 §3.2.3 asks for.
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`
  }
  throw new TypeError(`RFC 8785 has no representation for a ${typeof value}`)
}
