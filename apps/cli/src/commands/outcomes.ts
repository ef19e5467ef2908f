import { collectionOutcomesOf, outcomes, type Corpus } from '@plandiff/corpus';
import { formatFigure, formatResult, outcomesCsv, VERDICT_ZH } from '@plandiff/compare';
import type { CollectionOutcomes, OutcomeRow, Outcomes } from '@plandiff/model';
import { UsageError } from '../exit-codes.js';

/** The verdict in English for the text table, with the Chinese word the viewer shows. */
const VERDICT_WORDS: Record<OutcomeRow['verdict'], string> = {
  met: 'met', missed: 'MISSED', unclear: 'unclear', not_reported: 'not reported', provisional: 'provisional',
};

/**
 * `plandiff outcomes <series> [--year N] [--json|--csv]` and `plandiff outcomes --collection <id> --year N`: each target
 * of year N against the result for year N in the review of the next year's plan (or a linked bulletin), with the
 * verdict and its rule. Text: per year, one line per target (metric, target, result, verdict, gap), then both
 * sentences and the report's own claim. JSON: Outcomes / CollectionOutcomes (DESIGN.md). CSV: outcomesCsv (UTF-8 BOM).
 * Throws UsageError for a series and --collection together or --collection without --year; CorpusUsageError /
 * CorpusNotFoundError for a bad or unknown id or year.
 */
export function runOutcomes(corpus: Corpus, series: string | undefined, options: { collection?: string; year?: string; json?: boolean; csv?: boolean }): string {
  let answer: Outcomes | CollectionOutcomes;
  if (options.collection !== undefined) {
    if (series !== undefined) throw new UsageError('outcomes takes a series or --collection, not both');
    if (options.year === undefined) throw new UsageError('outcomes --collection needs --year <n> (e.g. --year 2025)');
    answer = collectionOutcomesOf(corpus, options.collection, options.year);
  } else {
    if (series === undefined) throw new UsageError('outcomes needs a series (e.g. gov-work-report) or --collection <id> --year <n>');
    answer = outcomes(corpus, series, options.year);
  }
  if (options.json) return JSON.stringify(answer, null, 2);
  if (options.csv) return outcomesCsv(answer);
  return 'rows' in answer ? describeSeries(answer) : describeCollection(answer);
}

function line(row: OutcomeRow, label: string): string[] {
  const verdict = row.provisionalVerdict ? `${VERDICT_WORDS[row.verdict]} (${VERDICT_WORDS[row.provisionalVerdict]} on the estimate)` : VERDICT_WORDS[row.verdict];
  const out = [
    `  ${label}${row.metric}: target ${formatFigure(row.target)} · result ${row.result ? formatResult(row.result) : '—'} → ${verdict} ${VERDICT_ZH[row.verdict]}` +
      `${row.gap !== null && row.gap !== undefined ? ` (gap ${row.gap > 0 ? '+' : ''}${row.gap})` : ''} [${row.rule}]`,
    `      target: ${row.targetSentence ?? row.target.text}${row.targetFrom ? ` (${row.targetFrom.plan})` : ''}`,
  ];
  if (row.result) out.push(`      result: ${row.resultSentence ?? row.result.text}${row.resultFrom ? ` (${row.resultFrom.plan})` : ''}`);
  if (row.note) out.push(`      note: ${row.note}`);
  return out;
}

function describeSeries(o: Outcomes): string {
  const years = [...new Set(o.rows.map((r) => r.year))];
  const lines = [`${o.series}: ${o.rows.length} targets judged over ${years.length} years${years.length ? ` (${years.join(', ')})` : ''}`];
  if (years.length === 0) lines.push('no year has both its plan and a review of it (the next year\'s plan or a bulletin) stored');
  for (const year of years) {
    const rows = o.rows.filter((r) => r.year === year);
    const count = (v: string) => rows.filter((r) => r.verdict === v).length;
    lines.push('', `${year}: met ${count('met')}, missed ${count('missed')}, unclear ${count('unclear')}, not reported ${count('not_reported')}, provisional ${count('provisional')}`);
    const claim = rows.find((r) => r.claim)?.claim;
    if (claim) lines.push(`  the report's own claim (${claim.plan}): ${claim.text}`);
    for (const row of rows) lines.push(...line(row, ''));
  }
  return lines.join('\n');
}

function describeCollection(c: CollectionOutcomes): string {
  const entries = Object.entries(c.series);
  const judged = entries.filter(([, rows]) => rows.length > 0);
  const lines = [`${c.collection} ${c.year}: ${judged.length} of ${entries.length} series have targets and a review of ${c.year} stored`];
  for (const [series, rows] of judged) {
    lines.push('', series);
    for (const row of rows) lines.push(...line(row, ''));
  }
  const waiting = entries.filter(([, rows]) => rows.length === 0).map(([s]) => s);
  if (waiting.length > 0) lines.push('', `nothing to judge yet (plan ${c.year} or its review not stored): ${waiting.join(', ')}`);
  return lines.join('\n');
}
