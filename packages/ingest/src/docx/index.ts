import { IngestError } from '../errors.js';
import type { IngestLimits } from '../limits.js';
import { bodyTitle, writeNoticeHtml } from '../notice-html.js';
import type { IngestHints, IngestedNotice, SourceFormat } from '../types.js';
import { readBody } from './body.js';
import { NumberingState, readNumberingDefinitions } from './numbering.js';
import { readPackageParts } from './package-parts.js';
import { readParagraphStyles } from './styles.js';
import { childElements, firstChild, parseXmlPart } from './xml.js';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';
const CORE = 'docProps/core.xml';

/**
 * The DOCX reader (WordprocessingML, ECMA-376): the body of `word/document.xml` → the notice HTML
 * ({@link writeNoticeHtml}), each block with `data-paragraph`.
 *
 * Why not mammoth (which the issue suggests): its document model keeps of a numbered paragraph only "ordered
 * or not" and its level — not the list, the format (`chineseCounting`), the label template (`（%1）`) or the
 * start — so it cannot write 一、 or （一）; and it reads text boxes as body text. Reading the few parts
 * ourselves with `@xmldom/xmldom` (the XML parser mammoth is built on) and fflate keeps the whole rule set in
 * three small files ({@link readBody}, {@link NumberingState}, {@link readParagraphStyles}) with nothing to undo.
 *
 * `title` is the title as set in the body ({@link bodyTitle}: the first centred short line), else the title of
 * `docProps/core.xml` (WPS files often carry a junk or stale one there) — a hint only: the HTML's `<title>` is left
 * out, so parse takes the title from the body's text and uses the hint only for a notice it finds none in.
 *
 * @throws IngestError TRUNCATED / TOO_LARGE (the package), MALFORMED (a part is not XML or declares a DTD),
 *   EMPTY_FILE (the body has no text)
 */
export async function readDocx(
  bytes: Uint8Array,
  format: SourceFormat,
  hints: IngestHints,
  limits: IngestLimits,
): Promise<IngestedNotice> {
  const parts = readPackageParts(bytes, [DOCUMENT, NUMBERING, STYLES, CORE], limits);
  const documentXml = parts.get(DOCUMENT);
  if (documentXml === undefined) {
    throw new IngestError('TRUNCATED', 'the Word file has no document part (word/document.xml); open it in Word or WPS and save it again');
  }
  const document = parseXmlPart(documentXml, DOCUMENT);
  const body = firstChild(document, 'w:body');
  const optional = (name: string) => {
    const text = parts.get(name);
    return text === undefined ? null : parseXmlPart(text, name);
  };
  const numbering = new NumberingState(readNumberingDefinitions(optional(NUMBERING)));
  const styles = readParagraphStyles(optional(STYLES));
  const reading = body ? readBody(body, styles, numbering) : { blocks: [], revisions: 0, paragraphs: 0 };
  if (reading.blocks.length === 0) {
    throw new IngestError('EMPTY_FILE', `${hints.name ? `"${hints.name}"` : 'the Word file'} opens but has no text in its body; check that this is the notice and not an empty template`);
  }
  const warnings: IngestedNotice['warnings'] = [];
  if (reading.revisions > 0) {
    warnings.push({
      code: 'HAS_REVISIONS',
      severity: 'warning',
      message: `the document has ${reading.revisions} tracked changes not yet accepted: read as it now stands (insertions kept, deletions dropped); ask for the final version`,
      span: null,
    });
  }
  return {
    format,
    body: { kind: 'html', html: writeNoticeHtml(null, reading.blocks) },
    title: bodyTitle(reading.blocks) ?? coreTitle(optional(CORE)),
    pages: null,
    member: null,
    members: [],
    warnings,
  };
}

/** `dc:title` of the core properties (ECMA-376 Part 2 §11), trimmed; null when absent or empty. */
function coreTitle(core: ReturnType<typeof parseXmlPart> | null): string | null {
  if (!core) return null;
  const title = childElements(core, 'dc:title')[0]?.textContent?.trim() ?? '';
  return title === '' ? null : title;
}
