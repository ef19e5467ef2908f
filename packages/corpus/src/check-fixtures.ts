import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '@plandiff/parse';
import { Corpus } from './corpus.js';
import { firstDifference, serialisePlan } from './snapshot.js';
import { writeFileAtomically } from './atomic-write.js';

export interface FixtureCheck {
  series: string;
  year: number;
  status: 'same' | 'differs' | 'missing' | 'error';
  detail: string | null;
}

/**
 * Re-parses every fixture and compares the result with its committed plan.json.
 * With `update`, writes the new snapshot where it differs (and reports what it replaced).
 * Output: one FixtureCheck per series/year, in series then year order. Never throws for one bad fixture:
 * its parse error becomes status 'error'.
 */
export function checkFixtures(corpus: Corpus, update = false): FixtureCheck[] {
  const results: FixtureCheck[] = [];
  for (const series of corpus.seriesIds()) {
    for (const year of corpus.years(series)) {
      const f = corpus.fixture(series, year);
      const snapshotPath = join(f.dir, 'plan.json');
      let actual: string;
      try {
        actual = serialisePlan(
          parsePlan(readFileSync(f.sourcePath), {
            series, year, coverage: f.meta.coverage, sourceUrl: f.meta.sourceUrl, fileName: f.meta.sourceFile,
          }),
        );
      } catch (error) {
        results.push({ series, year, status: 'error', detail: (error as Error).message });
        continue;
      }
      const expected = existsSync(snapshotPath) ? readFileSync(snapshotPath, 'utf8') : null;
      const detail = expected === null ? 'plan.json missing' : firstDifference(expected, actual);
      if (detail && update) writeFileAtomically(snapshotPath, actual);
      results.push({ series, year, status: expected === null ? 'missing' : detail ? 'differs' : 'same', detail });
    }
  }
  return results;
}
