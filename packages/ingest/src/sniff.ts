import type { IngestHints, SourceFormat } from './types.js';

/** STUB (to be replaced): the format from the bytes' signature; html/text otherwise. */
export function sniffFormat(bytes: Uint8Array, _hints: IngestHints = {}): SourceFormat | 'unknown' {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'zip';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'doc';
  return /^\s*</.test(head) ? 'html' : 'text';
}
