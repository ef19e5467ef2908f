import { csvField } from '@plandiff/compare';

/**
 * One CSV field of the viewer's exports, by the product's one rule (`csvField` of @plandiff/compare, as the CLI's
 * `--csv`): a text that a spreadsheet would run as a formula (starting with `= + - @`, tab or CR; OWASP "CSV
 * Injection") gets a leading apostrophe and is quoted; a field holding a comma, quote, CR or LF is quoted with inner
 * quotes doubled (RFC 4180). Numbers are written as numbers. Input: the cell (null / undefined → empty). Output: the
 * field text. Every cell the viewer's CSV writes goes through here.
 */
export function csvCell(value: string | number | null | undefined): string {
  return csvField(value);
}

/** Joins rows of cells into CSV text (each cell through {@link csvCell}, CRLF line ends per RFC 4180). */
export function csvRows(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
