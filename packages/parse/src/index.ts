import type { Plan } from '@plandiff/model';
import { SCHEMA_VERSION } from '@plandiff/model';
import { PlanParseError } from './errors.js';
import type { ParseOptions } from './options.js';

export { PlanParseError } from './errors.js';
export type { PlanParseErrorCode } from './errors.js';
export type { ParseOptions } from './options.js';
export { PARSER_VERSION } from './version.js';

/**
 * Parses the bytes (or already-decoded text) of a notice into a Plan (DESIGN.md contract).
 * Input: raw bytes in any encoding (UTF-8, GBK, GB18030, with or without BOM; HTML or text) or a string.
 * Output: a Plan whose every span is `[start, end)` UTF-16 offsets into `plan.text`.
 * Throws {@link PlanParseError} only when the input is unusable (empty, binary, not a plan).
 *
 * PLACEHOLDER pipeline (foundation): the real stages come with the parse issue.
 */
export function parsePlan(input: Uint8Array | string, options: ParseOptions = {}): Plan {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  if (text.trim() === '') throw new PlanParseError('EMPTY', 'the notice is empty');
  const series = options.series ?? null;
  const year = options.year ?? null;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: series && year ? `${series}/${year}` : 'untitled',
    series,
    year,
    meta: {
      title: null, issuer: null, docNumber: null, issuedOn: null, publishedOn: null,
      sourceUrl: options.sourceUrl ?? null, encoding: 'utf-8', coverage: options.coverage ?? 'full',
    },
    text,
    sections: [],
    tasks: [],
    targets: [],
    damage: [],
    warnings: [],
  };
}
