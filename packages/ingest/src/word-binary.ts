import { IngestError } from './errors.js';
import type { IngestLimits } from './limits.js';
import type { IngestHints, IngestedNotice, SourceFormat } from './types.js';

/** STUB (to be replaced by the Word 97-2003 / WPS reader): refuses every file. */
export async function readWordBinary(
  _bytes: Uint8Array,
  _format: SourceFormat,
  _hints: IngestHints,
  _limits: IngestLimits,
): Promise<IngestedNotice> {
  throw new IngestError('UNSUPPORTED_FORMAT', 'Word 97-2003 / WPS files cannot be read yet');
}
