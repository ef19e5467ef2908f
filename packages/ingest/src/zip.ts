import { IngestError } from './errors.js';
import type { IngestLimits } from './limits.js';
import type { IngestHints, IngestedNotice } from './types.js';

/** Reads one member's bytes as a notice (the front door, passed in to avoid an import cycle). */
export type MemberReader = (bytes: Uint8Array, hints: IngestHints) => Promise<IngestedNotice>;

/** STUB (to be replaced by the ZIP bundle reader): refuses every bundle. */
export async function readZip(
  _bytes: Uint8Array,
  _hints: IngestHints,
  _limits: IngestLimits,
  _readMember: MemberReader,
): Promise<IngestedNotice> {
  throw new IngestError('UNSUPPORTED_FORMAT', 'ZIP bundles cannot be read yet');
}
