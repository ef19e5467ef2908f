import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '@plandiff/model';
import { PARSER_VERSION, type ParseOptions } from '@plandiff/parse';

/** File beside a committed plan.json that says which source and parser made it. */
export const PLAN_STAMP_FILE = 'plan.stamp.json';

/**
 * What a committed plan.json was made from: the parser version, the sha256 of the source bytes and the parse
 * options. A plan.json is reused instead of parsing again exactly when its stamp equals the stamp of the source on
 * disk now ({@link planStamp}) — the one rule of `check` (which writes the stamp with `--update`), the CLI and
 * the API's Corpus.
 */
export interface PlanStamp {
  parserVersion: string;
  sourceSha256: string;
  options: ParseOptions;
}

/** The stamp of a source's bytes read with `options` by this parser version. */
export function planStamp(sourceSha256: string, options: ParseOptions): PlanStamp {
  return { parserVersion: PARSER_VERSION, sourceSha256, options };
}

/** sha256 (hex) of a source file's bytes. */
export function sourceSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The stamp's committed text: 2-space JSON with a final newline. */
export function serialiseStamp(stamp: PlanStamp): string {
  return JSON.stringify(stamp, null, 2) + '\n';
}

/**
 * The committed plan.json of a fixture folder when its plan.stamp.json equals `stamp` (same parser version, same
 * source bytes, same options), else null (no stamp, another stamp, an unreadable plan.json). Never throws.
 */
export function readCommittedPlan(dir: string, stamp: PlanStamp): Plan | null {
  const stampPath = join(dir, PLAN_STAMP_FILE);
  const planPath = join(dir, 'plan.json');
  if (!existsSync(stampPath) || !existsSync(planPath)) return null;
  try {
    if (readFileSync(stampPath, 'utf8') !== serialiseStamp(stamp)) return null;
    return JSON.parse(readFileSync(planPath, 'utf8')) as Plan;
  } catch {
    return null;
  }
}
