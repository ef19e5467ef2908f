import type { Corpus } from '@plandiff/corpus';
import { parsePlanRef } from '@plandiff/corpus';
import { comparePlans, comparisonToCsv, comparisonToMarkdown } from '@plandiff/compare';
import { loadPlanArgument } from '../plan-source.js';
import { describeComparison } from '../comparison-summary.js';
import { UsageError } from '../exit-codes.js';
import { storedComparison } from '../comparison-cache.js';

export interface CompareFormat {
  json?: boolean;
  md?: boolean;
  csv?: boolean;
}

/**
 * `plandiff compare <a> <b>`: a, b are files or stored series/year. Two stored years of one series use the
 * corpus (with its human link decisions; read from the build's comparison cache when computed before, see
 * comparison-cache.ts), their plans read from the committed plan.json when its stamp matches. Output: text summary, or JSON / Markdown / CSV (UTF-8 with BOM).
 */
export async function runCompare(corpus: Corpus, a: string, b: string, format: CompareFormat): Promise<string> {
  if ([format.json, format.md, format.csv].filter(Boolean).length > 1) throw new UsageError('choose one of --json, --md, --csv');
  const refA = parsePlanRef(a);
  const refB = parsePlanRef(b);
  const storedPair = refA && refB && refA.series === refB.series;
  const from = await loadPlanArgument(a, corpus);
  const to = await loadPlanArgument(b, corpus);
  const comparison = storedPair
    ? storedComparison(corpus, refA.series, refA.year, refB.year, () => corpus.comparison(refA.series, refA.year, refB.year))
    : comparePlans(from, to);
  if (format.json) return JSON.stringify(comparison, null, 2);
  if (format.md) return comparisonToMarkdown(comparison, from, to);
  if (format.csv) return comparisonToCsv(comparison, from, to);
  return describeComparison(comparison);
}
