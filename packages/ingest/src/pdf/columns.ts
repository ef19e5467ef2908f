import type { TextRun } from './lines.js';

/**
 * Two-column pages: a gutter — a vertical strip near the middle of the page that no text crosses over most of the
 * page's text height — splits the page's runs into what lies above the columns (a title across the page), the left
 * column, the right column and what lies below, read in that order.
 */

/** the gutter is looked for between these shares of the page width */
const GUTTER_FROM = 0.3;
const GUTTER_TO = 0.7;
/** the narrowest gutter, in points */
const GUTTER_WIDTH = 8;
/** each column holds at least this many lines of at least this many characters (a table's short cells do not) */
const COLUMN_LINES = 5;
const COLUMN_LINE_CHARS = 10;

/**
 * Splits a page's runs into reading regions: one region for a one-column page, else
 * `[above?, left, right, below?]`. Input: the page's runs and its width in points. Throws nothing.
 */
export function readingRegions(runs: TextRun[], width: number): TextRun[][] {
  const gutter = findGutter(runs, width);
  if (gutter === null) return [runs];
  const crosses = (run: TextRun): boolean => run.x < gutter && run.x + run.width > gutter;
  const inColumns = runs.filter((run) => !crosses(run));
  const top = Math.min(...inColumns.map((run) => run.y));
  const above = runs.filter((run) => crosses(run) && run.y < top);
  // a line across the gutter inside or below the columns is read after them (a footnote, a closing line)
  const below = runs.filter((run) => crosses(run) && run.y >= top);
  const left = inColumns.filter((run) => run.x + run.width <= gutter);
  const right = inColumns.filter((run) => run.x >= gutter);
  return [above, left, right, below].filter((region) => region.length > 0);
}

function findGutter(runs: TextRun[], width: number): number | null {
  const text = runs.filter((run) => run.text.trim() !== '');
  if (text.length < 2 * COLUMN_LINES) return null;
  let best: { x: number; crossing: number } | null = null;
  let emptyFrom: number | null = null;
  for (let x = width * GUTTER_FROM; x <= width * GUTTER_TO; x += 2) {
    const crossing = text.filter((run) => run.x < x && run.x + run.width > x).length;
    if (crossing <= Math.max(1, text.length * 0.04)) {
      emptyFrom ??= x;
      if (x - emptyFrom >= GUTTER_WIDTH && (best === null || crossing < best.crossing)) best = { x: x - GUTTER_WIDTH / 2, crossing };
    } else {
      emptyFrom = null;
    }
  }
  if (best === null) return null;
  const gutter = best.x;
  // a table's columns leave gutters too: its rows have three or more cells on one baseline, two columns have two
  const baselines = new Map<number, TextRun[]>();
  for (const run of text) baselines.set(Math.round(run.y), [...(baselines.get(Math.round(run.y)) ?? []), run]);
  const tableRows = [...baselines.values()].filter((runs) => cellCount(runs) >= 3).length;
  if (tableRows >= 3) return null;
  const side = (keep: (run: TextRun) => boolean): boolean => {
    const lines = new Map<number, number>();
    for (const run of text.filter(keep)) lines.set(Math.round(run.y), (lines.get(Math.round(run.y)) ?? 0) + run.text.length);
    const long = [...lines.values()].filter((chars) => chars >= COLUMN_LINE_CHARS).length;
    return long >= COLUMN_LINES && long >= lines.size / 2;
  };
  return side((run) => run.x + run.width <= gutter) && side((run) => run.x >= gutter) ? gutter : null;
}

/** How many stretches separated by gaps wider than one em a baseline's runs form. */
function cellCount(runs: TextRun[]): number {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let cells = 0;
  let right = -Infinity;
  for (const run of sorted) {
    if (run.x - right > run.size) cells += 1;
    right = Math.max(right, run.x + run.width);
  }
  return cells;
}
