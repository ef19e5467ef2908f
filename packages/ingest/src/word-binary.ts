// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- word-extractor ships no types: this declares the part used, for every compilation that includes this file (parse, the CLI, the API)
/// <reference path="./word-extractor.d.ts" />
import WordExtractor from 'word-extractor';
import { IngestError } from './errors.js';
import type { IngestLimits } from './limits.js';
import { leadingTitle, writeNoticeHtml, type NoticeBlock } from './notice-html.js';
import type { IngestHints, IngestedNotice, SourceFormat } from './types.js';

/**
 * The Word 97-2003 / WPS reader ([MS-DOC]: the `WordDocument` stream of an OLE2 compound file, which WPS Writer's
 * `.wps` also writes), with word-extractor 1.0.4 (pure JavaScript, its own OLE2 reader; reads the body text as it
 * stands, without headers, footers, footnotes, comments or text boxes, which it keeps apart).
 *
 * Each line of the body is a paragraph, `data-paragraph` its 1-based index in the body (empty paragraphs counted).
 * A line with tab-separated cells is a table (word-extractor writes each cell mark as a tab, a row's end as a
 * second one): its rows become `<tr>`s, so a 任务分解表 goes parse's task-table way. The title hint is the
 * opening block of short lines ({@link leadingTitle}); the format records no alignment to look at.
 *
 * @throws IngestError TRUNCATED (the stream cannot be read), EMPTY_FILE (no text), UNSUPPORTED_FORMAT (Word 95 or
 *   older, which word-extractor does not read)
 */
export async function readWordBinary(
  bytes: Uint8Array,
  format: SourceFormat,
  hints: IngestHints,
  _limits: IngestLimits,
): Promise<IngestedNotice> {
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody({ filterUnicode: true });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/version|unsupported|old/i.test(message)) {
      throw new IngestError('UNSUPPORTED_FORMAT', `${named(hints)} is a Word file older than Word 97 (${message}); open it in Word or WPS and save it as .docx`);
    }
    throw new IngestError('TRUNCATED', `${named(hints)} is a damaged or incomplete Word 97-2003 file (${message}); download it again, or open it in Word or WPS and save it as .docx`);
  }
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const blocks: NoticeBlock[] = [];
  lines.forEach((line, index) => {
    const origin = { paragraph: index + 1 };
    if (line.includes('\t') && /\t\t/.test(line)) {
      const rows = line.split(/\t\t/).map((row) => row.split('\t').map((cell) => cell.trim())).filter((cells) => cells.some((cell) => cell !== ''));
      if (rows.length > 0) blocks.push({ kind: 'table', rows: rows.map((cells) => ({ cells, origin })) });
      return;
    }
    if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.replace(/\t/g, ' '), origin });
  });
  if (blocks.length === 0) {
    throw new IngestError('EMPTY_FILE', `${named(hints)} opens but has no text in its body; check that this is the notice and not an empty template`);
  }
  return {
    format,
    body: { kind: 'html', html: writeNoticeHtml(null, blocks) },
    title: leadingTitle(lines),
    pages: null,
    member: null,
    members: [],
    warnings: [],
  };
}

function named(hints: IngestHints): string {
  return hints.name ? `"${hints.name}"` : 'the Word file';
}
