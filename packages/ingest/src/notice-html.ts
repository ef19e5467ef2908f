import type { BlockOrigin } from './types.js';

/** A block a reader found, before it is written as HTML. */
export type NoticeBlock =
  | { kind: 'paragraph'; text: string; origin: BlockOrigin; /** 1–4 for a heading the format marks as such */ heading?: number }
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
