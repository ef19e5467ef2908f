import type { PdfBlock } from './paragraphs.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Blocks → the HTML body of the ingest contract: `<title>` and `<h1>` for the title, `<h2>` for headings, `<p>` per
 * paragraph and `<table>` per table, each carrying `data-page` (the page it starts on).
 */
export function renderHtml(title: string | null, blocks: PdfBlock[]): string {
  const body = blocks.map((block) => {
    const page = ` data-page="${block.page}"`;
    switch (block.kind) {
      case 'title':
        return `<h1${page}>${escape(block.text)}</h1>`;
      case 'heading':
        return `<h2${page}>${escape(block.text)}</h2>`;
      case 'paragraph':
        return `<p${page}>${escape(block.text)}</p>`;
      case 'table':
        return `<table${page}>\n${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('\n')}\n</table>`;
    }
  });
  const head = title ? `<title>${escape(title)}</title>` : '';
  return `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
