import { median } from './furniture.js';
import { isCjk, joinWords, mostCommon, type TextLine } from './lines.js';
import type { PdfTable } from './tables.js';

/**
 * Printed lines → paragraphs and headings, from the page geometry alone (never from an extraction width):
 * a paragraph starts at a first-line indent, after a line that ends short of the right margin, after a vertical
 * gap wider than the line pitch, or where the font size changes; it runs on across a page or column break.
 * Headings: the title (the largest text at the top of the first page), lines markedly larger than the body text,
 * and short lines set in a bold or 黑体 face the body does not use.
 */

/** A region of a page read as one column: its lines (and tables) and the frame its lines fill. */
export interface Region {
  page: number;
  blocks: (TextLine | PdfTable)[];
  left: number;
  right: number;
}

export interface TextBlock {
  kind: 'title' | 'heading' | 'paragraph';
  page: number;
  text: string;
}

export type PdfBlock = TextBlock | PdfTable;

/** a line starting this many ems right of its frame's left edge is indented (a first line, or centred) */
const INDENT = 0.9;
/** a line ending this many ems short of its frame's right edge ends its paragraph */
const SHORT = 1.5;
/** a gap this many times the line pitch separates paragraphs */
const GAP = 1.2;
/** a line this many times the body size is a heading */
const HEADING_SIZE = 1.2;

/**
 * Joins the regions' lines into blocks. Input: regions in reading order; `boldFonts` are the pdfjs font ids whose
 * face is bold or 黑体. Output: blocks, each with the page it starts on. Throws nothing.
 */
export function buildBlocks(regions: Region[], boldFonts: Set<string>): PdfBlock[] {
  const lines = regions.flatMap((region) => region.blocks.filter((block): block is TextLine => !('kind' in block)));
  if (lines.length === 0) return regions.flatMap((region) => region.blocks as PdfTable[]);
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    sizes.set(size, (sizes.get(size) ?? 0) + line.text.length);
    fonts.set(line.fontName, (fonts.get(line.fontName) ?? 0) + line.text.length);
  }
  for (const region of regions) {
    for (const block of region.blocks) {
      if (!('kind' in block)) continue;
      const size = Math.round(block.size * 2) / 2;
      sizes.set(size, (sizes.get(size) ?? 0) + block.chars);
    }
  }
  const body = mostCommon(sizes) ?? 12;
  const bodyFont = mostCommon(fonts) ?? '';
  const totalChars = [...fonts.values()].reduce((sum, count) => sum + count, 0);
  // a heading face: named bold or 黑体 where pdfjs tells the name, else a face the body text does not use — one that
  // sets less than a tenth of the text and whole short lines of Chinese (a digits-only face sets no such line)
  const headingFace = (line: TextLine): boolean =>
    line.fontName !== bodyFont &&
    line.text.length <= 40 &&
    (line.text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 4 &&
    (boldFonts.has(line.fontName) ? !boldFonts.has(bodyFont) : (fonts.get(line.fontName) ?? 0) < totalChars * 0.1 && line.single);
  const pitch = linePitch(regions, body);
  const titleLines = findTitle(regions, body);

  const blocks: PdfBlock[] = [];
  let open: { block: TextBlock; line: TextLine; region: Region } | null = null;
  for (const region of regions) {
    for (const item of region.blocks) {
      if ('kind' in item) {
        open = null;
        blocks.push(item);
        continue;
      }
      const line = item;
      const bold = headingFace(line);
      const kind: TextBlock['kind'] = titleLines.has(line) ? 'title' : line.size >= body * HEADING_SIZE || bold ? 'heading' : 'paragraph';
      if (open && continues(open.line, open.region, line, region, open.block.kind, kind, pitch)) {
        open.block.text = joinWords(open.block.text, line.text);
        open = { block: open.block, line, region };
        continue;
      }
      const block: TextBlock = { kind, page: line.page, text: line.text };
      blocks.push(block);
      open = { block, line, region };
    }
  }
  return blocks;
}

function continues(
  previous: TextLine,
  previousRegion: Region,
  line: TextLine,
  region: Region,
  previousKind: string,
  kind: string,
  pitch: number,
): boolean {
  if (previousKind !== kind) return false;
  if (kind === 'title') return true;
  const em = Math.max(1, line.size);
  if (Math.abs(previous.size - line.size) > Math.max(previous.size, line.size) * 0.12) return false;
  if (line.x > region.left + INDENT * em) return false;
  const room = previousRegion.right - previous.right;
  // a line ends short of the margin where its paragraph ends — or where the next line's first word did not fit
  // (a figure such as 6.1% is never broken, nor is a character from the punctuation that follows it)
  if (room > SHORT * em && room > firstUnitWidth(line.text, em) + 0.5 * em) return false;
  if (region === previousRegion && line.y - previous.y > pitch * GAP) return false;
  // a line above the previous one in the same region is not its continuation
  if (region === previousRegion && line.y < previous.y) return false;
  return true;
}

/** what may not be split from a line's first character or figure: closing punctuation after it */
const FIRST_UNIT = /^(?:[A-Za-z0-9.,%‰+\-−·/:□]+|.)[，。、；：！？”’）》」』〕】%‰,.;:!?)]*/u;

/** The estimated printed width of a line's first unbreakable unit (CJK 1 em, other characters half an em). */
function firstUnitWidth(text: string, em: number): number {
  const unit = FIRST_UNIT.exec(text)?.[0] ?? '';
  return [...unit].reduce((sum, char) => sum + (isCjk(char) ? 1 : 0.5), 0) * em;
}

/** The usual distance between consecutive body lines of one region. */
function linePitch(regions: Region[], body: number): number {
  const deltas: number[] = [];
  for (const region of regions) {
    let previous: TextLine | null = null;
    for (const block of region.blocks) {
      if ('kind' in block) {
        previous = null;
        continue;
      }
      if (previous && Math.abs(block.size - body) < 0.5 && Math.abs(previous.size - body) < 0.5) deltas.push(block.y - previous.y);
      previous = block;
    }
  }
  const positive = deltas.filter((delta) => delta > 0);
  return positive.length > 0 ? median(positive) : body * 1.5;
}

/** The title: the largest lines at the top of the first page with text, if markedly larger than the body. */
function findTitle(regions: Region[], body: number): Set<TextLine> {
  const firstPage = regions.find((region) => region.blocks.length > 0)?.page;
  const lines = regions
    .filter((region) => region.page === firstPage)
    .flatMap((region) => region.blocks.filter((block): block is TextLine => !('kind' in block)));
  const largest = Math.max(...lines.map((line) => line.size));
  if (!(largest >= body * 1.15)) return new Set();
  const start = lines.findIndex((line) => line.size >= largest - 0.5);
  // only near the top: at most five lines (a cover's issuer, a date) precede it
  if (start < 0 || start > 5) return new Set();
  const title = new Set<TextLine>();
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] as TextLine;
    if (line.size < largest - 0.5) break;
    title.add(line);
  }
  return title;
}

/** The body frame of a set of lines: the most common left edge and the right edge most lines reach. */
export function frameOf(lines: TextLine[]): { left: number; right: number } {
  if (lines.length === 0) return { left: 0, right: 0 };
  const lefts = new Map<number, number>();
  for (const line of lines) lefts.set(Math.round(line.x), (lefts.get(Math.round(line.x)) ?? 0) + 1);
  // the leftmost edge that a fair share of lines start at (not a stray line in the margin)
  const common = [...lefts.entries()].filter(([, count]) => count >= Math.max(2, lines.length * 0.1)).map(([x]) => x);
  const left = common.length > 0 ? Math.min(...common) : Math.min(...lines.map((line) => line.x));
  const rights = lines.map((line) => line.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? rights.at(-1) ?? 0;
  return { left, right };
}
