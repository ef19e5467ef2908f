/**
 * Text items → printed lines: items grouped by baseline, ordered by x, joined with the spacing a reader sees.
 * Positions are in PDF points with y measured downwards from the page's top edge.
 */

/** One text run as pdfjs reports it, in page coordinates (y downwards). */
export interface TextRun {
  text: string;
  x: number;
  /** the baseline, from the page's top */
  y: number;
  width: number;
  /** the font size (the text matrix's vertical scale) */
  size: number;
  fontName: string;
}

/** A stretch of a line with no wide gap inside: a table cell's text, or the whole line. */
export interface LineSegment {
  x: number;
  right: number;
  text: string;
}

/** One printed line. */
export interface TextLine {
  page: number;
  x: number;
  right: number;
  y: number;
  /** the size most of the line's characters are set in */
  size: number;
  /** the font most of the line's characters are set in */
  fontName: string;
  /** every CJK character of the line is set in that one font (digits may be set in another, as WPS does) */
  single: boolean;
  text: string;
  /** the line split at gaps wider than {@link CELL_GAP} ems (table cells) */
  segments: LineSegment[];
}

/** Han characters, kana, CJK punctuation and full-width forms: no space is ever read between two of them. */
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F\u2014\u2026\u201C\u201D\u2018\u2019]/;
/** the smallest gap (in ems of the font size) read as a space between two Latin or digit runs */
const SPACE_GAP = 0.18;
/** the smallest gap (in ems) that splits a line into segments (table cells, a label and its value) */
export const CELL_GAP = 0.6;

/** Is this character CJK (a space next to it is a layout artefact, not a word break)? */
export function isCjk(char: string): boolean {
  return CJK.test(char);
}

/**
 * Removes the spaces a layout leaves where none is written: between two CJK characters, and between a CJK character
 * and a digit or Latin letter (`2024 年`, `5 %`, `增长 5%` — WPS sets digits in another font and its runs leave a
 * gap). Spaces between Latin words and numbers stay (`GDP per capita`, `PM 2.5` stays `PM 2.5`).
 */
export function closeCjkSpaces(text: string): string {
  return text
    .replace(/[ \t\u00A0\u3000]+/g, (space, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + space.length] ?? '';
      if (before === '' || after === '') return '';
      if (isCjk(before) || isCjk(after)) return '';
      // `5 %`, `3 ‰`: a unit sign never takes a space before it
      if (/[%‰℃]/.test(after) && /\d/.test(before)) return '';
      return ' ';
    });
}

/**
 * Groups a page's runs into lines by baseline (within 0.4 of the larger font size: a raised footnote mark or superscript stays on its line), orders each line by x and joins
 * its runs: a gap wider than {@link SPACE_GAP} ems between two non-CJK characters becomes a space; a gap wider than
 * {@link CELL_GAP} ems starts a new segment. Runs of white space only are layout, not text.
 */
export function groupLines(runs: TextRun[], page: number): TextLine[] {
  const sorted = runs.flatMap(splitAtSpaces).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    const baseline = group?.[0];
    if (group && baseline && Math.abs(run.y - baseline.y) <= Math.max(2, Math.max(run.size, baseline.size) * 0.4)) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => toLine(group.sort((a, b) => a.x - b.x), page));
}

/** the advance of a character in ems, as an estimate: CJK and full-width forms 1, anything else a half */
const advance = (char: string): number => (isCjk(char) ? 1 : 0.5);

/**
 * pdfjs joins the glyphs of one line into one run and writes a gap as a space, whatever its width (a space between
 * words, or the gap between two table cells). Splits a run at its spaces into runs with estimated positions: the
 * run's width less the estimated advance of its other characters is shared among its spaces, so a wide gap (a cell
 * boundary) stays wide and a word space stays narrow.
 */
export function splitAtSpaces(run: TextRun): TextRun[] {
  if (run.text.trim() === '') return [];
  if (!/\s/.test(run.text)) return [run];
  const pieces = run.text.split(/(\s+)/);
  const estimate = (text: string): number => [...text].reduce((sum, char) => sum + advance(char), 0) * run.size;
  const printed = pieces.filter((piece) => piece.trim() !== '').reduce((sum, piece) => sum + estimate(piece), 0);
  const spaces = pieces.filter((piece) => piece !== '' && piece.trim() === '').reduce((sum, piece) => sum + piece.length, 0);
  const perSpace = spaces > 0 ? Math.max(0, run.width - printed) / spaces : 0;
  const scale = printed > run.width && printed > 0 ? run.width / printed : 1;
  const out: TextRun[] = [];
  let x = run.x;
  for (const piece of pieces) {
    if (piece === '') continue;
    if (piece.trim() === '') {
      x += perSpace * piece.length;
      continue;
    }
    const width = estimate(piece) * scale;
    out.push({ ...run, text: piece, x, width });
    x += width;
  }
  return out;
}

function toLine(runs: TextRun[], page: number): TextLine {
  const segments: LineSegment[] = [];
  let current: LineSegment | null = null;
  let previous: TextRun | null = null;
  const sizeChars = new Map<number, number>();
  const fontChars = new Map<string, number>();
  for (const run of runs) {
    const size = Math.round(run.size * 2) / 2;
    sizeChars.set(size, (sizeChars.get(size) ?? 0) + run.text.length);
    fontChars.set(run.fontName, (fontChars.get(run.fontName) ?? 0) + run.text.length);
    const gap = previous ? run.x - (previous.x + previous.width) : 0;
    const em = Math.max(1, Math.min(run.size, previous?.size ?? run.size));
    if (!current || gap > CELL_GAP * em) {
      current = { x: run.x, right: run.x + run.width, text: run.text };
      segments.push(current);
    } else {
      const last = current.text.at(-1) ?? '';
      const first = run.text[0] ?? '';
      const space = gap > SPACE_GAP * em && !isCjk(last) && !isCjk(first) && last !== ' ' && first !== ' ';
      current.text += (space ? ' ' : '') + run.text;
      current.right = Math.max(current.right, run.x + run.width);
    }
    previous = run;
  }
  for (const segment of segments) segment.text = closeCjkSpaces(segment.text.trim());
  const first = runs[0] as TextRun;
  return {
    page,
    x: segments[0]?.x ?? first.x,
    right: Math.max(...segments.map((segment) => segment.right)),
    y: runs.reduce((sum, run) => sum + run.y, 0) / runs.length,
    size: mostCommon(sizeChars) ?? first.size,
    fontName: mostCommon(fontChars) ?? first.fontName,
    single: new Set(runs.filter((run) => CJK.test(run.text)).map((run) => run.fontName)).size === 1,
    text: segments.reduce((text, segment) => joinWords(text, segment.text), ''),
    segments,
  };
}

/** Joins two stretches of text: a space between them only where both sides are Latin letters or digits. */
export function joinWords(left: string, right: string): string {
  if (left === '' || right === '') return left + right;
  const last = left.at(-1) as string;
  const first = right[0] as string;
  return /[A-Za-z0-9.,;:)]/.test(last) && /[A-Za-z0-9(]/.test(first) ? `${left} ${right}` : left + right;
}

/** The key with the largest count. */
export function mostCommon<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let most = -1;
  for (const [key, count] of counts) {
    if (count > most) {
      best = key;
      most = count;
    }
  }
  return best;
}
