import { checkFixtures, type Corpus } from '@plandiff/corpus';

/**
 * `plandiff check [--update]`: re-parses every fixture against its committed plan.json.
 * Returns the report and whether everything matched (exit 1 otherwise). With update, rewrites differing snapshots.
 */
export function runCheck(corpus: Corpus, update: boolean): { report: string; ok: boolean } {
  const results = checkFixtures(corpus, update);
  const bad = results.filter((r) => r.status !== 'same');
  const lines = results.map((r) => `${r.status === 'same' ? 'ok     ' : update && r.status !== 'error' ? 'updated' : r.status.padEnd(7)} ${r.series}/${r.year}${r.detail ? `  ${r.detail}` : ''}`);
  lines.push(`${results.length - bad.length} of ${results.length} fixtures match their plan.json`);
  const ok = bad.length === 0 || (update && bad.every((r) => r.status !== 'error'));
  return { report: lines.join('\n'), ok };
}
