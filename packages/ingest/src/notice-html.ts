import type { BlockOrigin } from './types.js';

/** A block a reader found, before it is written as HTML. */
export type NoticeBlock =
  | {
      kind: 'paragraph';
      text: string;
      origin: BlockOrigin;
      /** 1–4 for a heading the format marks as such */
      heading?: number;
      /** set centred in the original (a 公文 title is): a hint for {@link bodyTitle} */
      centred?: boolean;
    }
  | { kind: 'table'; rows: { cells: string[]; origin: BlockOrigin }[] };

/**
 * The small, well-formed HTML document every non-HTML reader hands to parse ({@link IngestedNotice} contract):
 * `<title>` when the title is known, `<h1>`–`<h4>` for headings, `<p>` per paragraph, `<table>` with one `<td>`
 * per grid slot (merged cells already repeated), every block carrying its origin as `data-page`,
 * `data-paragraph` or `data-sheet` + `data-row`. Line breaks inside a paragraph become `<br>`.
 */
export function writeNoticeHtml(title: string | null, blocks: NoticeBlock[]): string {
  const out: string[] = ['<!DOCTYPE html><html><head><meta charset="utf-8">'];
  if (title) out.push(`<title>${escapeHtml(title)}</title>`);
  out.push('</head><body>\n');
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const tag = block.heading ? `h${Math.min(Math.max(block.heading, 1), 4)}` : 'p';
      out.push(`<${tag}${originAttributes(block.origin)}>${escapeHtml(block.text).replace(/\n/g, '<br>')}</${tag}>\n`);
    } else {
      out.push('<table>\n');
      for (const row of block.rows) {
        out.push(`<tr${originAttributes(row.origin)}>${row.cells.map((cell) => `<td>${escapeHtml(cell).replace(/\n/g, '<br>')}</td>`).join('')}</tr>\n`);
      }
      out.push('</table>\n');
    }
  }
  out.push('</body></html>\n');
  return out.join('');
}

/** `data-page="7"` / `data-paragraph="41"` / `data-sheet="Sheet1" data-row="3"`, with a leading space. */
export function originAttributes(origin: BlockOrigin): string {
  if ('page' in origin) return ` data-page="${origin.page}"`;
  if ('paragraph' in origin) return ` data-paragraph="${origin.paragraph}"`;
  return ` data-sheet="${escapeHtml(origin.sheet)}" data-row="${origin.row}"`;
}

/** Text as HTML character data or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Most blocks looked at for the title: a notice's title comes before its first paragraph of text. */
const TITLE_BLOCKS = 6;

/**
 * The document's title as set in its body: among the first {@link TITLE_BLOCKS} paragraphs, the first centred one
 * of 4–100 characters with no sentence punctuation (。；), as 公文 print it (GB/T 9704-2012 §7.2.2: the title centred
 * under the red head) — or, when the format records no alignment, the first such paragraph that is the
 * A title set over two centred lines, the first ending in a function word (关于, 的, 和 …), is joined. Null when none
 * is found.
 */
export function bodyTitle(blocks: NoticeBlock[]): string | null {
  const paragraphs = blocks.slice(0, TITLE_BLOCKS).filter((block) => block.kind === 'paragraph');
  const titleLike = (text: string) => {
    const compact = text.replace(/[\s\u3000]+/g, '');
    return compact.length >= 4 && compact.length <= 100 && !/[。；;]/.test(compact) ? compact : null;
  };
  for (let index = 0; index < paragraphs.length; index += 1) {
    const block = paragraphs[index];
    if (!block.centred) continue;
    const title = titleLike(block.text);
    if (!title) continue;
    const next = paragraphs[index + 1];
    const second = next?.centred ? titleLike(next.text) : null;
    // a title broken over two centred lines breaks after a function word (…关于 / 印发…的 / …和)
    return second && /(?:关于|印发|的|和|及|与)$/.test(title) && title.length + second.length <= 100
      ? title + second
      : title;
  }
  return null;
}

/** An attachment or appendix label printed above a title (附件3 / 附件三： / 大纲1 / 附表2). */
const ATTACHMENT_LABEL = /^(?:附件|附表|大纲|附录)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/;

/**
 * The title of a document whose format records no alignment (plain lines, as a Word 97 body reads): after any
 * attachment label (附件三, 大纲3) and blank lines, the opening block of 1–3 short lines (≤ 40 characters each)
 * without sentence punctuation (。；，), joined, when a blank line or the text follows it. Null when the document
 * opens with a sentence.
 */
export function leadingTitle(lines: readonly string[]): string | null {
  let index = 0;
  const compact = (line: string) => line.replace(/[\s\u3000]+/g, '');
  while (index < lines.length && (compact(lines[index]) === '' || ATTACHMENT_LABEL.test(compact(lines[index])))) index += 1;
  const parts: string[] = [];
  while (index < lines.length && parts.length < 3) {
    const line = compact(lines[index]);
    if (line === '' || line.length > 40 || /[。；，,;]/.test(line) || line.includes('\t')) break;
    parts.push(line);
    index += 1;
  }
  const title = parts.join('');
  return title.length >= 4 ? title : null;
}
