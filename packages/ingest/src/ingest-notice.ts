import { IngestError } from './errors.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './limits.js';
import { sniffFormat } from './sniff.js';
import type { IngestHints, IngestedNotice } from './types.js';
import { readZip } from './zip.js';

/**
 * The front door: bytes (+ name, + media type) → the format sniffed from the bytes → what parse reads.
 * HTML and text pass through as bytes (parse decodes them); every other format goes to its reader, which is loaded
 * only when a file of its format arrives (pdfjs-dist, exceljs and the Word readers take ~0.6 s to load: a CLI run or
 * a worker thread reading text or HTML never pays for them).
 *
 * @throws IngestError with a stable code when the file cannot be read at all.
 */
export async function ingestNotice(
  bytes: Uint8Array,
  hints: IngestHints = {},
  limits: IngestLimits = DEFAULT_INGEST_LIMITS,
): Promise<IngestedNotice> {
  const format = sniffFormat(bytes, hints);
  switch (format) {
    case 'html':
    case 'text':
      return { format, body: { kind: 'bytes', bytes }, title: null, pages: null, member: null, members: [], warnings: [] };
    case 'pdf':
      return (await import('./pdf/index.js')).readPdf(bytes, format, hints, limits);
    case 'docx':
      return (await import('./docx/index.js')).readDocx(bytes, format, hints, limits);
    case 'doc':
    case 'wps':
      return (await import('./word-binary.js')).readWordBinary(bytes, format, hints, limits);
    case 'xlsx':
    case 'xls':
    case 'et':
      return (await import('./sheets/index.js')).readSpreadsheet(bytes, format, hints, limits);
    case 'zip':
      return readZip(bytes, hints, limits, (member, memberHints) => ingestNotice(member, memberHints, limits));
    default:
      throw new IngestError(
        'UNSUPPORTED_FORMAT',
        `${hints.name ? `"${hints.name}"` : 'the file'} is an Office 97-2003 file with neither a Word document nor a workbook in it; save the notice as PDF, Word or HTML`,
      );
  }
}
