import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plan } from '@plandiff/model';
import { parsePlan } from '@plandiff/parse';
import { Corpus, parsePlanRef } from '@plandiff/corpus';
import { UsageError } from './exit-codes.js';

/**
 * Resolves a CLI plan argument: a path to a notice file (parsed now, any encoding) or a stored
 * `series/year` (from fixtures/, cached). A file wins when both readings exist.
 * Throws UsageError when it is neither; the parser's PlanParseError when the file is unusable.
 */
export function loadPlanArgument(ref: string, corpus: Corpus, coverage?: 'full' | 'excerpt'): Plan {
  if (existsSync(ref) && statSync(ref).isFile()) {
    return parsePlan(readFileSync(ref), { fileName: basename(ref), coverage });
  }
  const stored = parsePlanRef(ref);
  if (stored) return corpus.plan(stored.series, stored.year);
  throw new UsageError(`${ref} is neither a file nor a stored series/year (e.g. gov-work-report/2025)`);
}
