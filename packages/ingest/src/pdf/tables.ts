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
  if (first.segments.length < MIN_COLUMNS) return null;
  const tolerance = first.size * 0.8;
  // the column positions: the header (or first row)'s segment left edges, refined by later rows
  const columns = first.segments.map((segment) => segment.x);
  const columnOf = (x: number): number => {
    let best = -1;
    let distance = Infinity;
    columns.forEach((column, index) => {
      const d = Math.abs(column - x);
      if (d < distance) {
        best = index;
        distance = d;
      }
    });
    return distance <= tolerance ? best : -1;
  };
  // a cell's text may start further right than its column (centred headers): allow any x within the column span
  const spanOf = (x: number): number => {
    for (let index = columns.length - 1; index >= 0; index -= 1) if (x >= (columns[index] as number) - tolerance) return index;
    return -1;
  };
  const rows: string[][] = [];
  let multiSegmentRows = 0;
  let end = start;
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] as TextLine;
    if (line.page !== first.page) break;
    const previous = lines[index - 1];
    if (index > start && previous && line.y - previous.y > line.size * 4) break;
    const cells = line.segments.map((segment) => ({ column: columnOf(segment.x) >= 0 ? columnOf(segment.x) : spanOf(segment.x), text: segment.text }));
    if (cells.some((cell) => cell.column < 0)) break;
    const opensRow = cells.some((cell) => cell.column === 0) || (line.segments.length >= 2 && rows.length === 0);
    if (line.segments.length === 1 && index > start && !opensRow) {
      // a wrapped cell line: it must fall inside a known column and not be a paragraph across the table's width
      if (line.right - line.x > (columns.at(-1) as number) - (columns[0] as number)) break;
    }
    if (line.segments.length === 1 && opensRow && line.right - line.x > (columns.at(-1) as number) - (columns[0] as number)) break;
    if (opensRow || rows.length === 0) {
      rows.push(columns.map(() => ''));
      if (line.segments.length >= 2) multiSegmentRows += 1;
    }
    const row = rows.at(-1) as string[];
    for (const cell of cells) row[cell.column] = (row[cell.column] ?? '') + cell.text;
    end = index + 1;
  }
  if (rows.length < MIN_ROWS || multiSegmentRows < MIN_ROWS) return null;
  return { table: { kind: 'table', page: first.page, rows }, end };
}
