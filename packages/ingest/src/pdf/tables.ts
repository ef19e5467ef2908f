import type { TextLine } from './lines.js';

/**
 * Tables on a printed page: consecutive lines split into segments (cells) whose left edges fall on the same
 * column positions over at least {@link MIN_ROWS} rows. Rows are read by y, cells by x; a line with no text in
 * the first column continues the row above (a cell's text wrapped onto a second line).
 */

const MIN_ROWS = 3;
const MIN_COLUMNS = 3;

export interface PdfTable {
  kind: 'table';
  page: number;
  rows: string[][];
  /** the size most of the table's characters are set in, and how many there are (for the body size) */
  size: number;
  chars: number;
}

/**
 * Finds tables in one region's lines (one page or one column). Input: lines in reading order. Output: the same
 * lines with each table's lines replaced by a {@link PdfTable}. Throws nothing.
 */
export function findTables(lines: TextLine[]): (TextLine | PdfTable)[] {
  const out: (TextLine | PdfTable)[] = [];
  let i = 0;
  while (i < lines.length) {
    const table = tableAt(lines, i);
    if (table) {
      out.push(table.table);
      i = table.end;
    } else {
      out.push(lines[i] as TextLine);
      i += 1;
    }
  }
  return out;
}

function tableAt(lines: TextLine[], start: number): { table: PdfTable; end: number } | null {
  const first = lines[start] as TextLine;
  if (first.segments.length < 2) return null;
  const tolerance = first.size * 0.8;
  // the table's extent: lines of one page, no wide vertical gap, multi-cell lines with wrapped cell lines between
  let end = start;
  let multi = 0;
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] as TextLine;
    const previous = lines[index - 1];
    if (line.page !== first.page) break;
    if (index > start && previous && line.y - previous.y > line.size * 4) break;
    if (line.segments.length >= 2) {
      multi += 1;
      end = index + 1;
    } else {
      // a one-cell line inside the table is a cell's text wrapped onto its own line: indented into a column, narrower
      // than the table; anything else (a paragraph under the table) ends it
      const wrapped = line.x >= first.x + tolerance && line.right - line.x < (first.right - first.x) * 0.6;
      if (!wrapped) break;
    }
  }
  if (multi < MIN_ROWS) return null;
  const body = lines.slice(start, end);
  // the columns: left edges shared by at least two multi-cell lines (a centred header cell joins the column it lies in)
  const starts = body.filter((line) => line.segments.length >= 2).flatMap((line) => line.segments.map((segment) => segment.x)).sort((a, b) => a - b);
  const clusters: { x: number; count: number }[] = [];
  for (const x of starts) {
    const last = clusters.at(-1);
    if (last && x - last.x <= tolerance) last.count += 1;
    else clusters.push({ x, count: 1 });
  }
  const columns = clusters.filter((cluster) => cluster.count >= 2).map((cluster) => cluster.x);
  if (columns.length < MIN_COLUMNS) return null;
  const columnOf = (x: number): number => {
    for (let index = columns.length - 1; index >= 0; index -= 1) if (x >= (columns[index] as number) - tolerance) return index;
    return 0;
  };
  const rows: string[][] = [];
  for (const line of body) {
    const cells = line.segments.map((segment) => ({ column: columnOf(segment.x), text: segment.text }));
    if (rows.length === 0 || cells.some((cell) => cell.column === 0)) rows.push(columns.map(() => ''));
    const row = rows.at(-1) as string[];
    for (const cell of cells) row[cell.column] = (row[cell.column] ?? '') + cell.text;
  }
  if (rows.length < MIN_ROWS) return null;
  const chars = body.reduce((sum, line) => sum + line.text.length, 0);
  return { table: { kind: 'table', page: first.page, rows, size: first.size, chars }, end };
}
