import type { TextLine } from './lines.js';

/**
 * Page furniture: what a printed page repeats around its text — page numbers and running headers/footers.
 * Only lines in the top or bottom band of a page are candidates.
 */

/** the share of the page height at the top and at the bottom where furniture is looked for */
const BAND = 0.12;

/**
 * Page numbers as Chinese documents print them: `— 1 —`, `- 3 -`, `·3·`, `第1页 共9页`, `第 3 页`, `共9页 第1页`,
 * `3/9`, `Page 3 of 9`, a bare number. Tested against a line's text with its spaces removed.
 */
const PAGE_NUMBER = [
  /^[—–\-－―·•.]{0,3}\d{1,4}[—–\-－―·•.]{0,3}$/,
  /^第\d{1,4}页(?:[,，/]?共\d{1,4}页)?$/,
  /^共\d{1,4}页[,，/]?第\d{1,4}页$/,
  /^\d{1,4}\/\d{1,4}$/,
  /^page\d{1,4}(?:of\d{1,4})?$/i,
];

/** Is this line's text a page number? */
export function isPageNumber(text: string): boolean {
  const bare = text.replace(/\s+/g, '');
  return PAGE_NUMBER.some((pattern) => pattern.test(bare));
}

export interface FurnitureResult {
  /** the lines of every page without furniture */
  pages: TextLine[][];
  /** how many lines were removed */
  removed: number;
  /** the distinct running header/footer texts removed (page numbers not included) */
  running: string[];
}

/**
 * Removes page numbers (a page-number line in a page's top or bottom band) and running headers and footers:
 * a line in a band whose text (digits masked) recurs in the same band, at nearly the same height, on at least
 * two pages and on at least a third of the pages. A document's title on page 1 is printed once and stays.
 *
 * Input: each page's lines in reading order and the page heights. Output: {@link FurnitureResult}. Throws nothing.
 */
export function removeFurniture(pages: TextLine[][], heights: number[]): FurnitureResult {
  const bandOf = (line: TextLine): 'top' | 'bottom' | null => {
    const height = heights[line.page - 1] ?? 842;
    if (line.y < height * BAND) return 'top';
    if (line.y > height * (1 - BAND)) return 'bottom';
    return null;
  };
  const keyOf = (line: TextLine): string => `${bandOf(line)}|${line.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;
  const seen = new Map<string, { pages: Set<number>; ys: number[] }>();
  for (const lines of pages) {
    for (const line of lines) {
      if (!bandOf(line)) continue;
      const key = keyOf(line);
      const entry = seen.get(key) ?? { pages: new Set<number>(), ys: [] };
      entry.pages.add(line.page);
      entry.ys.push(line.y);
      seen.set(key, entry);
    }
  }
  const pagesWithText = pages.filter((lines) => lines.length > 0).length;
  const recurring = (line: TextLine): boolean => {
    const entry = seen.get(keyOf(line));
    if (!entry || entry.pages.size < 2 || entry.pages.size < pagesWithText / 3) return false;
    return Math.abs(line.y - median(entry.ys)) <= Math.max(4, line.size);
  };
  let removed = 0;
  const running = new Set<string>();
  const kept = pages.map((lines) =>
    lines.filter((line) => {
      if (!bandOf(line)) return true;
      if (isPageNumber(line.text) && isOutermost(line, lines, bandOf(line), recurring)) {
        removed += 1;
        return false;
      }
      if (recurring(line)) {
        removed += 1;
        running.add(line.text);
        return false;
      }
      return true;
    }),
  );
  return { pages: kept, removed, running: [...running] };
}

/**
 * A page number sits above or below all the body text: no other line of its band, other than furniture, lies
 * further out (a number that is a table cell or a list's last line is not a page number).
 */
function isOutermost(line: TextLine, lines: TextLine[], band: 'top' | 'bottom' | null, furniture: (line: TextLine) => boolean): boolean {
  return !lines.some(
    (other) => other !== line && (band === 'top' ? other.y < line.y - 2 : other.y > line.y + 2) && !isPageNumber(other.text) && !furniture(other),
  );
}

/** The middle value (the lower middle for an even count); 0 for none. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}
