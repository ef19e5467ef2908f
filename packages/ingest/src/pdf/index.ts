import type { Warning } from '@plandiff/model';
import { IngestError } from '../errors.js';
import type { IngestLimits } from '../limits.js';
import type { IngestHints, IngestedNotice, SourceFormat } from '../types.js';
import { readingRegions } from './columns.js';
import { removeFurniture } from './furniture.js';
import { countUnmapped, ideographsForRadicals, markGarbledFonts, markUnmapped } from './glyphs.js';
import { renderHtml } from './html.js';
import { groupLines, type TextLine, type TextRun } from './lines.js';
import { openPdf, type PdfDocument, type PdfPage } from './load.js';
import { buildBlocks, frameOf, type Region } from './paragraphs.js';
import { findTables } from './tables.js';

/** a face whose name says bold or 黑体 (SimHei, 方正黑体, Arial,Bold …): headings are set in it */
const BOLD_FACE = /bold|black|heavy|demi|hei|黑/i;

/** the most text characters read from one PDF (about forty thick reports): past it the file is refused */
const MAX_TEXT_CHARS = 4_000_000;

/**
 * Reads a PDF into the HTML body parse reads: `<title>`/`<h1>` for the title, `<h2>` for headings set larger or
 * bold, `<p data-page="N">` per paragraph (N: the page it starts on), `<table>` for tables. Paragraphs come from
 * the page geometry (see `paragraphs.ts`), page numbers and running headers are removed and counted
 * (`PAGE_FURNITURE_REMOVED`, info), pages without a text layer are named (`SCANNED_NO_TEXT`: severity error when no
 * page has text — the plan is then unusable — else a warning), glyphs without a Unicode mapping are kept as □ and
 * counted (`UNMAPPED_GLYPHS`).
 *
 * Uses pdfjs-dist's legacy build (Mozilla; offline CMaps and standard fonts).
 * @throws IngestError ENCRYPTED (password), TRUNCATED (damaged), TOO_LARGE (more than `limits.maxPages` pages, or
 *   more than four million characters of text).
 */
export async function readPdf(
  bytes: Uint8Array,
  format: SourceFormat,
  _hints: IngestHints,
  limits: IngestLimits,
): Promise<IngestedNotice> {
  const document = await openPdf(bytes);
  try {
    const pages = document.numPages;
    if (pages > limits.maxPages) {
      throw new IngestError('TOO_LARGE', `this PDF has ${pages} pages; at most ${limits.maxPages} are read — split it, or send the part that is the plan`);
    }
    const read = await readPages(document, pages);
    const warnings: Warning[] = [];
    const empty = read.lines.map((lines, index) => (lines.length === 0 ? index + 1 : 0)).filter((page) => page > 0);
    if (empty.length === pages) {
      warnings.push({
        code: 'SCANNED_NO_TEXT',
        severity: 'error',
        message: `no page of this PDF has a text layer (${pages} page${pages === 1 ? '' : 's'}, a scan or images of text): it cannot be read without OCR — ask for the original document, or a PDF saved from it`,
      });
      return { format, body: { kind: 'html', html: renderHtml(null, []) }, title: read.title, pages, member: null, members: [], warnings };
    }
    if (empty.length > 0) {
      warnings.push({
        code: 'SCANNED_NO_TEXT',
        severity: 'warning',
        message: `page${empty.length === 1 ? '' : 's'} ${listPages(empty)} of ${pages} ha${empty.length === 1 ? 's' : 've'} no text layer (scanned or images): their text is missing`,
      });
    }
    const unmapped = countUnmapped(read.lines.flat());
    if (unmapped.unmapped > 0) {
      warnings.push({
        code: 'UNMAPPED_GLYPHS',
        severity: unmapped.unmapped * 2 > unmapped.total ? 'error' : 'warning',
        message: `${unmapped.unmapped} of ${unmapped.total} characters have no Unicode mapping in the PDF's fonts (shown as □); figures near them may be wrong — ask for a PDF with embedded Unicode fonts`,
      });
    }
    const furniture = removeFurniture(read.lines, read.heights);
    if (furniture.removed > 0) {
      const running = furniture.running.length > 0 ? `; running header/footer: ${furniture.running.slice(0, 3).map((text) => `“${text}”`).join(', ')}` : '';
      warnings.push({
        code: 'PAGE_FURNITURE_REMOVED',
        severity: 'info',
        message: `${furniture.removed} page number and running header/footer lines removed${running}`,
      });
    }
    const regions = toRegions(furniture.pages, read);
    const blocks = buildBlocks(regions, read.boldFonts);
    const title = blocks.find((block) => block.kind === 'title');
    const html = renderHtml(title && 'text' in title ? title.text : null, blocks);
    return { format, body: { kind: 'html', html }, title: read.title, pages, member: null, members: [], warnings };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

interface ReadPages {
  /** each page's lines (reading order: region by region), before furniture removal */
  lines: TextLine[][];
  /** each page's region boundaries: the index in `lines[page]` where each region starts */
  regionStarts: number[][];
  heights: number[];
  boldFonts: Set<string>;
  /** the document information's Title, when it is more than a file name */
  title: string | null;
}

async function readPages(document: PdfDocument, pages: number): Promise<ReadPages> {
  const lines: TextLine[][] = [];
  const regionStarts: number[][] = [];
  const heights: number[] = [];
  const boldFonts = new Set<string>();
  let chars = 0;
  for (let number = 1; number <= pages; number += 1) {
    let page: PdfPage;
    let runs: TextRun[];
    let width: number;
    try {
      page = await document.getPage(number);
      // the page as displayed: a landscape table stored as portrait with /Rotate 90 reads upright
      const viewport = page.getViewport({ scale: 1 });
      width = viewport.width;
      heights.push(viewport.height);
      runs = markGarbledFonts(await pageRuns(page, viewport.transform as Matrix, boldFonts));
    } catch (error) {
      throw new IngestError('TRUNCATED', `page ${number} of this PDF cannot be read (${error instanceof Error ? error.message : String(error)}): download it again or re-save it, then try again`);
    }
    chars += runs.reduce((sum, run) => sum + run.text.length, 0);
    if (chars > MAX_TEXT_CHARS) {
      throw new IngestError('TOO_LARGE', `this PDF holds more than ${MAX_TEXT_CHARS.toLocaleString('en')} characters of text by page ${number}; send the part that is the plan`);
    }
    const pageLines: TextLine[] = [];
    const starts: number[] = [];
    for (const region of readingRegions(runs, width)) {
      starts.push(pageLines.length);
      pageLines.push(...groupLines(region, number));
    }
    lines.push(pageLines);
    regionStarts.push(starts);
    page.cleanup();
  }
  const info = (await document.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
  const title = typeof info?.Title === 'string' && info.Title.trim() !== '' && !/\.(docx?|wps|pdf|html?|txt)$/i.test(info.Title.trim()) ? info.Title.trim() : null;
  return { lines, regionStarts, heights, boldFonts, title };
}

type Matrix = [number, number, number, number, number, number];

/** The product of two PDF matrices (as pdfjs's Util.transform): `inner` then `outer`. */
function multiply(outer: Matrix, inner: Matrix): Matrix {
  return [
    outer[0] * inner[0] + outer[2] * inner[1],
    outer[1] * inner[0] + outer[3] * inner[1],
    outer[0] * inner[2] + outer[2] * inner[3],
    outer[1] * inner[2] + outer[3] * inner[3],
    outer[0] * inner[4] + outer[2] * inner[5] + outer[4],
    outer[1] * inner[4] + outer[3] * inner[5] + outer[5],
  ];
}

/** A page's text runs in display coordinates (points, y downwards from the top, after the page's rotation). */
async function pageRuns(page: PdfPage, viewport: Matrix, boldFonts: Set<string>): Promise<TextRun[]> {
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [, , c, d, e, f] = multiply(viewport, item.transform as Matrix);
    // the font size is the text matrix's vertical scale; text set sideways on the displayed page is read as a line all the same
    const size = Math.hypot(c, d) || item.height;
    runs.push({ text: markUnmapped(ideographsForRadicals(item.str)), x: e, y: f, width: item.width, size, fontName: item.fontName });
    const style = content.styles[item.fontName] as { fontFamily?: string } | undefined;
    if (style?.fontFamily && BOLD_FACE.test(style.fontFamily)) boldFonts.add(item.fontName);
  }
  // the face's own name (e.g. ABCDEF+SimHei, TimesNewRoman,Bold) is known once the page's fonts are loaded
  for (const fontName of new Set(runs.map((run) => run.fontName))) {
    const font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string } | null) : null;
    if (font?.name && BOLD_FACE.test(font.name)) boldFonts.add(fontName);
  }
  return runs;
}

function toRegions(pages: TextLine[][], read: ReadPages): Region[] {
  const regions: Region[] = [];
  // frames: one for all one-region pages (the document's text block), one per column region
  const single = pages.filter((_, index) => (read.regionStarts[index]?.length ?? 1) <= 1).flat();
  const documentFrame = frameOf(single);
  pages.forEach((lines, index) => {
    const original = read.lines[index] ?? [];
    const starts = read.regionStarts[index] ?? [0];
    if (starts.length <= 1) {
      regions.push({ page: index + 1, blocks: findTables(lines), ...documentFrame });
      return;
    }
    starts.forEach((start, regionIndex) => {
      const end = starts[regionIndex + 1] ?? original.length;
      const members = new Set(original.slice(start, end));
      const regionLines = lines.filter((line) => members.has(line));
      if (regionLines.length === 0) return;
      regions.push({ page: index + 1, blocks: findTables(regionLines), ...frameOf(regionLines) });
    });
  });
  return regions;
}

function listPages(pages: number[]): string {
  return pages.length > 12 ? `${pages.slice(0, 12).join(', ')} …` : pages.join(', ');
}
