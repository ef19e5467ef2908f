import { ENCLOSED_CLASS } from './labels.js';

/**
 * Text taken out of a PDF (`pdftotext`, copy from a PDF viewer) keeps the printed page's line breaks:
 * every paragraph is cut into lines of the page width (28 characters on a 公文 page, GB/T 9704),
 * and page numbers (`— 3 —`) and form feeds sit between pages. This file finds such hard-wrapped
 * text and joins its lines back into paragraphs.
 */

/** A page number line as printed on official documents: `— 3 —`, `－3－`, `- 3 -`, `·3·`, `3`, `3/10`, `第 3 页 共 10 页`, `Page 3 of 10`. */
const PAGE_NUMBER = /^[\s\u3000]*(?:[—－\-–·•]\s*\d{1,3}\s*[—－\-–·•]|\d{1,3}|\d{1,3}\s*\/\s*\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页|[Pp]age\s*\d{1,3}(?:\s*of\s*\d{1,3})?)[\s\u3000]*$/;
/** A line opening with a heading or item label starts a new paragraph even after a full line. */
const LABEL = new RegExp(`^[\\s\\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．)）]|[壹贰叁肆伍陆柒捌玖拾]{1,3}[、.．]|[\\u2160-\\u216b]\\s*[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章|篇)|[（(](?:[一二三四五六七八九十]{1,3}|\\d+)[）)]|\\d+[.、．)）](?!\\d)|[${ENCLOSED_CLASS}]|附\\s*件)`);
/** A chapter or subsection heading (一、 / 第一部分 / （一）) with no sentence in it. */
const HEADING = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章|篇)|[（(][一二三四五六七八九十]{1,3}[）)])[^。！？；]*$/;
const isHeading = (line: string) => HEADING.test(line);
/**
 * Leading indentation of a paragraph's first line: a full-width space, no-break space, tab or two
 * spaces. One ASCII space is not (an HTML page's source line break after `<br>` leaves one).
 */
const INDENT = /^ ?(?:[\u3000\u00a0\t]| {2})/;
/** Fewest indented lines for indentation to mark where paragraphs start. */
const MIN_INDENTED_LINES = 3;
/** Fewest full-width lines for a text to count as hard-wrapped. */
const MIN_WRAPPED_LINES = 12;
/** The same for a short text with page breaks (form feeds, running headers): a one-page PDF has few full lines. */
const MIN_WRAPPED_LINES_WITH_PAGES = 4;
/** Share of the (non-blank, non-page-number) lines that must be exactly full for a text to count as hard-wrapped. */
const MIN_FULL_SHARE = 0.35;

/**
 * Printed width of a line in full-width columns: a CJK character, a full-width form or general
 * punctuation (“”‘’—…, U+2000 on) is 1, an ASCII or other Latin character ½ (as a Chinese font sets them).
 */
export function printedWidth(line: string): number {
  let width = 0;
  // trimEnd, not /\s+$/: an unanchored run regex is quadratic on a long run of spaces inside the line (issue 12)
  for (const ch of line.trimEnd()) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

/**
 * Joins the lines of a hard-wrapped text back into paragraphs. The text is hard-wrapped when at least
 * {@link MIN_FULL_SHARE} of its lines (and {@link MIN_WRAPPED_LINES}) reach the same, most common
 * width of 20–60 columns give or take one character; otherwise the lines come back unchanged. In a
 * hard-wrapped text, page numbers and form feeds are dropped, and a line that reaches the page width
 * goes on in the next line unless that one is indented or opens with a heading or item label — or,
 * in a text whose paragraphs are not indented, unless the full line is a heading (一、 / 第一部分 /
 * （一） without a sentence in it). Without indentation a paragraph that happens to end exactly at
 * the page width is joined with the next one (`indented` false tells the caller).
 * `pageBreaks` (the text has form feeds or running headers, so it comes from a PDF) lowers the evidence needed to
 * {@link MIN_WRAPPED_LINES_WITH_PAGES} full lines.
 * Input: the text's lines (untrimmed: indentation is evidence). Output: the lines, the page width in
 * columns (null when the text is not hard-wrapped), how many page-number lines were dropped and
 * whether paragraph starts were told by their indentation.
 * Throws nothing.
 */
export function reflowHardWrapped(lines: string[], pageBreaks = false): { lines: string[]; pageWidth: number | null; pageNumbers: number; indented: boolean } {
  const minWrapped = pageBreaks ? MIN_WRAPPED_LINES_WITH_PAGES : MIN_WRAPPED_LINES;
  // a text is wrapped by printed width (a PDF's lines) or by a count of characters (a text tool's fixed width, where a
  // line with figures or Latin letters holds as many characters as any other): whichever makes more lines full
  const printed = hardWrapWidth(lines, minWrapped, printedWidth);
  const counted = hardWrapWidth(lines, minWrapped, characterCount);
  const byCount = counted !== null && (printed === null || counted.full > printed.full);
  const wrap = byCount ? counted : printed;
  const widthOf = byCount ? characterCount : printedWidth;
  if (wrap === null) return { lines, pageWidth: null, pageNumbers: 0, indented: false };
  const pageWidth = wrap.width;
  // without indented paragraph starts, a heading that fills the line is taken to end there
  const indented = lines.map((line) => line.replace(/\f/g, ''))
    .filter((line) => INDENT.test(line) && line.trim() !== '' && !PAGE_NUMBER.test(line)).length >= MIN_INDENTED_LINES;
  const out: string[] = [];
  let pageNumbers = 0;
  let open = false; // the last output line reached the page width and may go on
  for (const raw of lines) {
    const line = raw.replace(/\f/g, '');
    if (PAGE_NUMBER.test(line)) {
      pageNumbers++;
      continue;
    }
    if (line.trim() === '') continue; // page breaks and blank lines inside a paragraph; paragraphs end by width
    const continues = open && !INDENT.test(line) && !LABEL.test(line);
    if (continues) out[out.length - 1] += line.trim();
    else out.push(line);
    open = widthOf(line) >= pageWidth - 1.5 && (indented || !isHeading(line));
  }
  return { lines: out, pageWidth, pageNumbers, indented };
}

/** A line's length in characters (code points), trailing white space aside. */
function characterCount(line: string): number {
  return [...line.trimEnd()].length;
}

/**
 * The page width of a hard-wrapped text in the given measure and how many lines reach it, or null when the text is
 * not hard-wrapped in that measure.
 */
function hardWrapWidth(lines: string[], minWrapped: number, measure: (line: string) => number): { width: number; full: number } | null {
  const counts = new Map<number, number>();
  let total = 0;
  for (const line of lines) {
    if (line.trim() === '' || PAGE_NUMBER.test(line)) continue;
    total++;
    const width = Math.round(measure(line));
    if (width >= 20 && width <= 60) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [width, count] of counts) {
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && width > best)) best = width;
  }
  if (best === null) return null;
  // a full line may hang one punctuation mark past the margin or stop short of it by a half-width character
  const full = (counts.get(best - 1) ?? 0) + counts.get(best)! + (counts.get(best + 1) ?? 0);
  if (full < minWrapped || full < total * MIN_FULL_SHARE) return null;
  return { width: best, full };
}

/** Longest line taken as a running header or footer (a document's name, an issuer's 文件 line). */
const MAX_RUNNING_LINE = 40;

/**
 * Page furniture of text taken from a PDF: the running header (or footer) printed on every page. A line is
 * taken as such when its text — short (≤ {@link MAX_RUNNING_LINE} characters), without sentence punctuation — sits
 * at a page boundary (the first non-blank line after a form feed or a page-number line, or the last before a
 * page-number line) at least twice. All its occurrences at page boundaries are removed; a paragraph cut by the
 * page break then runs on (reflow joins it), so the header never lands mid-sentence
 * (`新能源公交车` / `某市生态环境局文件` / `500辆以上`).
 * Input: the text's lines (untrimmed). Output: the lines without the furniture and what was removed (in order).
 * Throws nothing; linear.
 */
export function removeRunningHeaders(lines: string[]): { lines: string[]; removed: string[] } {
  const atBoundary: number[] = [];
  // the first line of the document is no page boundary: a title printed once is not furniture
  let afterBreak = false;
  let lastNonBlank = -1;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const formFeed = raw.includes('\f');
    const line = raw.replace(/\f/g, '');
    if (PAGE_NUMBER.test(line) && line.trim() !== '') {
      if (lastNonBlank !== -1) atBoundary.push(lastNonBlank);
      afterBreak = true;
      continue;
    }
    if (formFeed) afterBreak = true;
    if (line.trim() === '') continue;
    if (afterBreak) atBoundary.push(i);
    afterBreak = false;
    lastNonBlank = i;
  }
  // a running header may carry the page's number (政府工作报告（3）): its digits do not tell headers apart
  const candidate = (i: number) => {
    const text = lines[i].replace(/\f/g, '').trim();
    return text.length <= MAX_RUNNING_LINE && !/[。，；！？]/.test(text) ? text.replace(/\d+/g, '#') : null;
  };
  const counts = new Map<string, number>();
  for (const i of new Set(atBoundary)) {
    const text = candidate(i);
    if (text !== null) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const furniture = new Set([...counts].filter(([, n]) => n >= 2).map(([text]) => text));
  if (furniture.size === 0) return { lines, removed: [] };
  const drop = new Set([...new Set(atBoundary)].filter((i) => furniture.has(candidate(i) ?? '\u0000')));
  const removed: string[] = [];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (drop.has(i)) {
      removed.push(lines[i].replace(/\f/g, '').trim());
      // keep a form feed the line carried, so the page break is still seen
      if (lines[i].includes('\f')) out.push('\f');
      continue;
    }
    out.push(lines[i]);
  }
  return { lines: out, removed };
}
