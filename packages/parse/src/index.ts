import type { Plan } from '@plandiff/model';
import type { ParseOptions } from './options.js';
import { runPipeline } from './pipeline.js';

export { PlanParseError } from './errors.js';
export type { PlanParseErrorCode } from './errors.js';
export type { ParseOptions } from './options.js';
export { PARSER_VERSION } from './version.js';
export { readKind, kindName, KIND_RULES } from './kind.js';

/**
 * Parses the bytes (or already-decoded text) of a notice into a Plan (DESIGN.md contract).
 * Input: raw bytes in any encoding (UTF-8, GBK, GB18030, UTF-16 with BOM; HTML or text) or a string.
 * Output: a Plan whose every span is `[start, end)` UTF-16 offsets into `plan.text`.
 * Throws {@link PlanParseError} only when the input is unusable (EMPTY, BINARY, TOO_LARGE,
 * UNDECODABLE, NOT_A_PLAN); problems inside a usable notice become `plan.warnings` and `plan.damage`.
 */
export function parsePlan(input: Uint8Array | string, options: ParseOptions = {}): Plan {
  return runPipeline(input, options);
}
