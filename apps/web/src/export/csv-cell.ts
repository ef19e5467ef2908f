/**
 * One CSV field as RFC 4180 writes it: quoted (and inner quotes doubled) when it holds a comma, quote, CR or LF;
 * as is otherwise. Input: the cell's text (null / undefined → empty). Output: the field text. Every cell the
 * viewer's CSV writes goes through here, so one wrapper (e.g. neutralising spreadsheet formulas) covers them all.
 */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins rows of cells into CSV text (each cell through {@link csvCell}, CRLF line ends per RFC 4180). */
export function csvRows(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
