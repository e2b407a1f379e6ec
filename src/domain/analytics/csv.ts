/** A CSV cell: numbers are written as numbers, null as an empty cell, strings as text. */
export type CsvCell = string | number | null

/** Characters that make a spreadsheet treat a cell as a formula (plus tab and CR, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One cell as RFC 4180 text. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR
 * first) gets a leading apostrophe so it stays text; numbers are ours, never user input, and are
 * left alone so a negative correlation still reads as a number.
 */
export function csvCell(value: CsvCell): string {
  if (value === null) {
    return ''
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : ''
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows as RFC 4180 CSV: CRLF after every record, fields quoted only when needed. */
export function encodeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')
}
