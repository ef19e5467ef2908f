import { createHash } from 'node:crypto';
import { PARSER_VERSION } from '@plandiff/parse';

/** Cache key of a parse: sha256 (hex) of the parser version and the source bytes. */
export function planCacheKey(bytes: Uint8Array, extra = ''): string {
  return createHash('sha256').update(`plandiff-parse@${PARSER_VERSION}\0${extra}\0`).update(bytes).digest('hex');
}
