import type { NoticeBlock } from '../notice-html.js';
import type { NumberingState } from './numbering.js';
import { readNumberingProperty, type ParagraphStyle } from './styles.js';
import { childElements, childValue, firstChild, isOn, type XmlElement } from './xml.js';

/** What reading the body found besides its blocks. */
export interface BodyReading {
  blocks: NoticeBlock[];
  /** tracked insertions, deletions or moves were found (the text is read as it now stands) */
  revisions: number;
  /** paragraphs in the body, in document order (table cells included) */
  paragraphs: number;
}

/**
 * The body of `word/document.xml` (ECMA-376 Part 1 §17.2) as blocks, read as a person reads the document now:
 * - a paragraph's text is its runs' `w:t` (and `m:t` of equations); `w:tab` → a space, `w:br`/`w:cr` (a line
 *   break inside the paragraph) → a line break, a page or column break → nothing; hidden runs (`w:vanish`) and
 *   field instructions (`w:instrText`) are no text; full-width spaces are kept as written;
 * - automatic numbering is written as its label ({@link NumberingState}), from `w:numPr` on the paragraph or its
 *   style;
 * - tracked changes: insertions (`w:ins`, `w:moveTo`) are kept, deletions (`w:del`, `w:delText`, `w:moveFrom`)
 *   dropped, a deleted paragraph mark joins the paragraph to the next; each is counted in `revisions`;
 * - headers and footers live in other parts and are never read; text boxes (`w:txbxContent` inside `w:drawing`,
 *   `w:pict`, `mc:AlternateContent`), footnote/endnote and comment references are not body text;
 * - tables: one row per `w:tr`, one cell per grid column — a cell spanning columns (`w:gridSpan`) or continuing a
 *   vertical merge (`w:vMerge` without `restart`) repeats the text of the cell it merges with;
 * - content controls (`w:sdt`), custom XML and smart tags are read through.
 * Each block's origin is the 1-based index of its (first) paragraph among all paragraphs of the body.
 */
export function readBody(
  body: XmlElement,
  styles: Map<string, ParagraphStyle>,
  numbering: NumberingState,
): BodyReading {
  const reader = new BodyReader(styles, numbering);
  reader.readBlocks(body, reader.blocks);
  reader.flushPending(reader.blocks);
  return { blocks: reader.blocks, revisions: reader.revisions, paragraphs: reader.paragraphIndex };
}

class BodyReader {
  readonly blocks: NoticeBlock[] = [];
  revisions = 0;
  paragraphIndex = 0;
  /** a paragraph whose mark was deleted: its text opens the next paragraph */
  private pending: { text: string; paragraph: number } | null = null;

  constructor(
    private readonly styles: Map<string, ParagraphStyle>,
    private readonly numbering: NumberingState,
  ) {}

  readBlocks(container: XmlElement, into: NoticeBlock[]): void {
    for (const child of childElements(container)) {
      switch (child.nodeName) {
        case 'w:p':
          this.readParagraph(child, into);
          break;
        case 'w:tbl':
          this.flushPending(into);
          into.push(this.readTable(child));
          break;
        case 'w:sdt':
          this.readBlocks(firstChild(child, 'w:sdtContent') ?? child, into);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          if (child.nodeName !== 'w:customXml') this.revisions += 1;
          this.readBlocks(child, into);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.revisions += 1;
          break;
        default:
          break;
      }
    }
  }

  flushPending(into: NoticeBlock[]): void {
    if (this.pending && this.pending.text.trim() !== '') {
      into.push({ kind: 'paragraph', text: this.pending.text, origin: { paragraph: this.pending.paragraph } });
    }
    this.pending = null;
  }

  private readParagraph(paragraph: XmlElement, into: NoticeBlock[]): void {
    this.paragraphIndex += 1;
    const index = this.paragraphIndex;
    const properties = firstChild(paragraph, 'w:pPr');
    const styleId = childValue(properties, 'w:pStyle');
    const style = styleId ? this.styles.get(styleId) : undefined;
    const own = readNumberingProperty(properties);
    const numbered = own === undefined ? (style?.numbering ?? null) : own;
    let text = this.readInline(paragraph);
    const markDeleted = firstChild(firstChild(properties, 'w:rPr'), 'w:del') !== null;
    if (numbered && text.trim() !== '') {
      const label = this.numbering.next(numbered.numId, numbered.level);
      if (label) text = `${label}${text.replace(/^[\t ]+/, '')}`;
    }
    const outline = childValue(properties, 'w:outlineLvl');
    const heading = outline !== null ? (Number(outline) < 9 ? Number(outline) + 1 : null) : (style?.heading ?? null);
    const origin = this.pending?.paragraph ?? index;
    if (this.pending) {
      text = this.pending.text + text;
      this.pending = null;
    }
    if (markDeleted) {
      this.revisions += 1;
      this.pending = { text, paragraph: origin };
      return;
    }
    if (text.trim() === '') return;
    const centred = childValue(properties, 'w:jc') === 'center';
    into.push({
      kind: 'paragraph', text, origin: { paragraph: origin },
      ...(heading !== null && heading <= 4 ? { heading } : {}),
      ...(centred ? { centred } : {}),
    });
  }

  /** The text of a paragraph's (or a hyperlink's, an inserted run's …) inline content. */
  private readInline(container: XmlElement): string {
    let text = '';
    for (const child of childElements(container)) {
      switch (child.nodeName) {
        case 'w:r':
          text += this.readRun(child);
          break;
        case 'w:ins':
        case 'w:moveTo':
          this.revisions += 1;
          text += this.readInline(child);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.revisions += 1;
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:fldSimple':
        case 'w:dir':
        case 'w:bdo':
          text += this.readInline(child);
          break;
        case 'w:sdt':
          text += this.readInline(firstChild(child, 'w:sdtContent') ?? child);
          break;
        case 'm:oMathPara':
        case 'm:oMath':
          text += mathText(child);
          break;
        default:
          break;
      }
    }
    return text;
  }

  private readRun(run: XmlElement): string {
    const properties = firstChild(run, 'w:rPr');
    if (isOn(properties, 'w:vanish') || isOn(properties, 'w:webHidden')) return '';
    let text = '';
    for (const child of childElements(run)) {
      switch (child.nodeName) {
        case 'w:t':
          text += child.textContent ?? '';
          break;
        case 'w:tab':
        case 'w:ptab':
          text += ' ';
          break;
        case 'w:br': {
          const type = child.getAttribute('w:type');
          if (!type || type === 'textWrapping') text += '\n';
          break;
        }
        case 'w:cr':
          text += '\n';
          break;
        case 'w:noBreakHyphen':
          text += '-';
          break;
        case 'w:sym': {
          const code = Number.parseInt(child.getAttribute('w:char') ?? '', 16);
          // symbol fonts map their glyphs to U+F0xx (private use): no character a reader could cite
          if (Number.isFinite(code) && (code < 0xe000 || code > 0xf8ff)) text += String.fromCodePoint(code);
          break;
        }
        default:
          // w:delText / w:instrText / w:drawing / w:pict / mc:AlternateContent (text boxes), references: no body text
          break;
      }
    }
    return text;
  }

  private readTable(table: XmlElement): NoticeBlock {
    const rows: { cells: string[]; origin: { paragraph: number } }[] = [];
    /** the text of the cell that opened a vertical merge, by grid column */
    const mergeOpen: string[] = [];
    for (const row of tableRows(table)) {
      const cells: string[] = [];
      const firstParagraph = this.paragraphIndex + 1;
      const skipped = Number(childValue(firstChild(row, 'w:trPr'), 'w:gridBefore') ?? 0) || 0;
      for (let column = 0; column < Math.min(skipped, 64); column += 1) cells.push('');
      for (const cell of rowCells(row)) {
        const properties = firstChild(cell, 'w:tcPr');
        const span = Math.min(Math.max(Number(childValue(properties, 'w:gridSpan') ?? 1) || 1, 1), 64);
        const vMerge = firstChild(properties, 'w:vMerge');
        const continues = vMerge !== null && vMerge.getAttribute('w:val') !== 'restart';
        let text = this.cellText(cell);
        const column = cells.length;
        if (continues) text = mergeOpen[column] ?? text;
        for (let offset = 0; offset < span; offset += 1) {
          if (!continues) mergeOpen[column + offset] = text;
          cells.push(text);
        }
      }
      rows.push({ cells, origin: { paragraph: firstParagraph } });
    }
    return { kind: 'table', rows };
  }

  /** A cell's paragraphs (and nested tables' text), one line each; paragraphs are counted for origins. */
  private cellText(cell: XmlElement): string {
    const blocks: NoticeBlock[] = [];
    this.readBlocks(cell, blocks);
    this.flushPending(blocks);
    return blocks
      .map((block) => (block.kind === 'paragraph' ? block.text : block.rows.map((row) => row.cells.join(' ')).join('\n')))
      .join('\n');
  }
}

/** A table's rows, through content controls and custom XML around them. */
function tableRows(table: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  for (const child of childElements(table)) {
    if (child.nodeName === 'w:tr') rows.push(child);
    else if (child.nodeName === 'w:sdt') rows.push(...tableRows(firstChild(child, 'w:sdtContent') ?? child));
    else if (child.nodeName === 'w:customXml') rows.push(...tableRows(child));
  }
  return rows;
}

/** A row's cells, through content controls and custom XML around them. */
function rowCells(row: XmlElement): XmlElement[] {
  const cells: XmlElement[] = [];
  for (const child of childElements(row)) {
    if (child.nodeName === 'w:tc') cells.push(child);
    else if (child.nodeName === 'w:sdt') cells.push(...rowCells(firstChild(child, 'w:sdtContent') ?? child));
    else if (child.nodeName === 'w:customXml') cells.push(...rowCells(child));
  }
  return cells;
}

/** The text of an Office Math element: its `m:t` runs in order. */
function mathText(element: XmlElement): string {
  let text = '';
  for (const child of childElements(element)) {
    text += child.nodeName === 'm:t' ? (child.textContent ?? '') : mathText(child);
  }
  return text;
}
