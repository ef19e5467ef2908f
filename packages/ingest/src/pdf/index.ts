import { IngestError } from '../errors.js';
import type { IngestLimits } from '../limits.js';
import type { IngestHints, IngestedNotice, SourceFormat } from '../types.js';

/** STUB (to be replaced by the PDF reader): refuses every file. */
export async function readPdf(
  _bytes: Uint8Array,
  _format: SourceFormat,
  _hints: IngestHints,
  _limits: IngestLimits,
): Promise<IngestedNotice> {
  throw new IngestError('UNSUPPORTED_FORMAT', 'PDF files cannot be read yet');
}
