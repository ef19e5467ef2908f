/**
 * One worksheet as read from any spreadsheet format: its name and its rows of cell text, with every merged
 * range already filled (each covered cell repeats the range's top-left text, as the HTML table model does for
 * `rowspan`/`colspan`). `rows[i]` is sheet row `i + 1`; rows may be ragged.
 */
export interface SheetGrid {
  name: string;
  rows: string[][];
}

/** A merged range, 0-based and inclusive, as the formats store it (XLSX `<mergeCell ref>`, BIFF8 MERGECELLS). */
export interface MergedRange {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

/** The most cells (rows × columns, merged fill included) one workbook may expand to before it is refused. */
export const MAX_SHEET_CELLS = 2_000_000;

/** A cell's text as a person reads it: white space (new lines inside a cell, U+3000, NBSP) folded to one space. */
export function cellText(value: string): string {
  return value.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

/**
 * Fills every merged range of `rows` with its top-left cell's text, in place.
 * Input: ragged rows of text, ranges 0-based inclusive. Output: the same array. Throws nothing; ranges are
 * clipped to the rows that exist and to `maxCells` filled cells in all (a hostile range A1:XFD1048576 costs nothing).
 */
export function fillMergedRanges(rows: string[][], ranges: MergedRange[], maxCells = MAX_SHEET_CELLS): string[][] {
  let filled = 0;
  for (const range of ranges) {
    const text = rows[range.firstRow]?.[range.firstCol] ?? '';
    const lastRow = Math.min(range.lastRow, rows.length - 1);
    for (let r = range.firstRow; r <= lastRow; r++) {
      rows[r] ??= [];
      for (let c = range.firstCol; c <= range.lastCol && filled < maxCells; c++, filled++) rows[r][c] = text;
    }
  }
  return rows;
}
