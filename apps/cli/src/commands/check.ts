import { checkCollections, checkFixtures, checkIngestedFixtures, type Corpus } from '@plandiff/corpus';
import { UsageError } from '../exit-codes.js';

/**
 * `plandiff check [--update]`: reads every PDF/Word/spreadsheet source again against its ingested.json, then
 * re-parses every fixture against its committed plan.json.
 * Also validates every fixtures/collections/<id>.json (an invalid one fails the check).
 * Returns the report and whether everything matched and every plan's quality is ok (exit 1 otherwise). With update, rewrites differing snapshots.
 * Throws UsageError when the fixtures folder holds no fixture at all (a mistyped PLANDIFF_FIXTURES must not pass).
 */
export async function runCheck(corpus: Corpus, update: boolean): Promise<{ report: string; ok: boolean }> {
  // a PDF/Word/spreadsheet source is read again first, so that the plans below are parsed from a fresh reading
  const ingested = await checkIngestedFixtures(corpus, update);
  const results = [...ingested.filter((r) => r.status !== 'same'), ...checkFixtures(corpus, update)];
  if (results.length === 0) throw new UsageError(`no fixtures in ${corpus.dir}: nothing to check (is PLANDIFF_FIXTURES right?)`);
  const bad = results.filter((r) => r.status !== 'same');
  const refreshable = (r: (typeof results)[number]) => r.status !== 'error' && r.status !== 'broken' && r.status !== 'doubtful';
  const lines = results.map((r) => `${r.status === 'same' ? 'ok     ' : update && refreshable(r) ? 'updated' : r.status.padEnd(7)} ${r.path ?? `${r.series}/${r.year}`}${r.detail ? `  ${r.detail}` : ''}`);
  lines.push(`${results.length - bad.length} of ${results.length} fixtures match their plan.json`);
  const doubtful = results.filter((r) => r.status === 'doubtful').length;
  if (doubtful > 0) lines.push(`${doubtful} fixtures are not of quality ok: re-add them from a better copy (README "Add a new year's notice")`);
  // collections/<id>.json must stay valid; members not stored are reported, not failures
  const collections = checkCollections(corpus);
  for (const c of collections) lines.push(`${c.ok ? 'ok     ' : 'error  '} collections/${c.id}  ${c.detail}`);
  const ok = (bad.length === 0 || (update && bad.every(refreshable))) && collections.every((c) => c.ok);
  return { report: lines.join('\n'), ok };
}
