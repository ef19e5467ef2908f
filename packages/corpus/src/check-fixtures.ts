import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '@plandiff/parse';
import { Corpus } from './corpus.js';
import { firstDifference, serialisePlan } from './snapshot.js';
import { writeFileAtomically } from './atomic-write.js';

export interface FixtureCheck {
  series: string;
  year: number;
  status: 'same' | 'differs' | 'missing' | 'error' | 'doubtful';
  detail: string | null;
}

/**
 * Re-parses every fixture and compares the result with its committed plan.json.
 * With `update`, writes the new snapshot where it differs (and reports what it replaced).
 * Output: one FixtureCheck per series/year, in series then year order. Never throws for one bad fixture:
 * its parse error becomes status 'error'. A fixture whose plan matches but whose quality verdict is not ok
 * (doubtful or unusable, even when it was stored with --force) is status 'doubtful' with the reasons as detail:
 * check fails on it, so a notice that cannot be trusted never sits in fixtures/ unnoticed.
 */
export function checkFixtures(corpus: Corpus, update = false): FixtureCheck[] {
  const results: FixtureCheck[] = [];
  for (const series of corpus.seriesIds()) {
    for (const year of corpus.years(series)) {
      const f = corpus.fixture(series, year);
      const snapshotPath = join(f.dir, 'plan.json');
      let actual: string;
      let quality: { verdict: string; reasons: string[] } | undefined;
      try {
        const plan = parsePlan(readFileSync(f.sourcePath), {
          series, year, coverage: f.meta.coverage, sourceUrl: f.meta.sourceUrl, fileName: f.meta.sourceFile,
          // the encoding the notice was read with when it was added (by detection or by --encoding) reads it again
          charset: f.meta.encoding,
        });
        quality = plan.quality;
        actual = serialisePlan(plan);
      } catch (error) {
        results.push({ series, year, status: 'error', detail: (error as Error).message });
        continue;
      }
      const expected = existsSync(snapshotPath) ? readFileSync(snapshotPath, 'utf8') : null;
      const detail = expected === null ? 'plan.json missing' : firstDifference(expected, actual);
      if (detail && update) writeFileAtomically(snapshotPath, actual);
      if (quality && quality.verdict !== 'ok' && (detail === null || update)) {
        results.push({ series, year, status: 'doubtful', detail: `quality ${quality.verdict}: ${quality.reasons.join(', ')}${f.meta.quality?.forced ? ' (stored with --force)' : ''}` });
        continue;
      }
      results.push({ series, year, status: expected === null ? 'missing' : detail ? 'differs' : 'same', detail });
    }
  }
  return results;
}
