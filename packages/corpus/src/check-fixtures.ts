import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFixture } from './ingested-file.js';
import { Corpus, fixtureParseOptions } from './corpus.js';
import { PLAN_STAMP_FILE, planStamp, serialiseStamp, sourceSha256 } from './committed-plan.js';
import { CorpusBrokenFixtureError } from './errors.js';
import { firstDifference, serialisePlan } from './snapshot.js';
import { swapLeftovers, writeFileAtomically } from './atomic-write.js';

export interface FixtureCheck {
  series: string;
  /** null for a series-level problem (series.json, a leftover folder of the series) */
  year: number | null;
  /**
   * broken: a file that cannot be read, or a leftover of an interrupted write (`path` names it);
   * doubtful: the plan's quality verdict is not ok (doubtful or unusable)
   */
  status: 'same' | 'differs' | 'missing' | 'error' | 'broken' | 'doubtful';
  detail: string | null;
  /** for `broken`: the path inside fixtures/ */
  path?: string;
}

/**
 * Re-parses every fixture and compares the result with its committed plan.json.
 * With `update`, writes the new snapshot where it differs (and reports what it replaced).
 * Output: one FixtureCheck per series/year, in series then year order, plus one `broken` entry per file that
 * cannot be read (invalid series.json or meta.json, missing source) and per leftover of a killed `add`
 * (`.<year>.new`/`.old`/`.tmp`, with what the next `add` will do with it). Never throws for one bad fixture: it
 * is reported and the check goes on; a parse error becomes status 'error'. A fixture whose plan matches but whose
 * quality verdict is not ok (doubtful or unusable, even when it was stored with --force) is status 'doubtful' with
 * the reasons as detail: check fails on it, so a notice that cannot be trusted never sits in fixtures/ unnoticed.
 */
export function checkFixtures(corpus: Corpus, update = false): FixtureCheck[] {
  const results: FixtureCheck[] = [];
  const shown = (path: string) => relative(corpus.dir, path);
  for (const l of swapLeftovers(corpus.dir)) {
    results.push({ series: shown(l.target), year: null, status: 'broken', path: shown(l.path), detail: `leftover of an interrupted write; the next add will ${l.action === 'restore' ? `restore it as ${shown(l.target)}` : 'delete it'}` });
  }
  for (const link of corpus.symlinks()) {
    results.push({ series: link.split('/')[0], year: null, status: 'broken', path: link, detail: 'a symbolic link, never followed: put the real folder or file in fixtures/' });
  }
  for (const series of corpus.seriesIds()) {
    try {
      corpus.seriesInfo(series);
    } catch (error) {
      if (!(error instanceof CorpusBrokenFixtureError)) throw error;
      results.push({ series, year: null, status: 'broken', path: error.path, detail: error.reason });
    }
    for (const l of swapLeftovers(join(corpus.dir, series))) {
      const year = /(\d{4})$/.exec(l.target);
      results.push({
        series, year: year ? Number(year[1]) : null, status: 'broken', path: shown(l.path),
        detail: `leftover of an interrupted write; the next add will ${l.action === 'restore' ? `restore it as ${shown(l.target)}` : 'delete it'}`,
      });
    }
    for (const year of corpus.years(series)) {
      let f;
      try {
        f = corpus.fixture(series, year);
      } catch (error) {
        if (!(error instanceof CorpusBrokenFixtureError)) throw error;
        results.push({ series, year, status: 'broken', path: error.path, detail: error.reason });
        continue;
      }
      const snapshotPath = join(f.dir, 'plan.json');
      let actual: string;
      let quality: { verdict: string; reasons: string[] } | undefined;
      let stamp: string;
      try {
        const options = fixtureParseOptions(f);
        const bytes = readFileSync(f.sourcePath);
        stamp = serialiseStamp(planStamp(sourceSha256(bytes), options));
        const plan = parseFixture(f);
        quality = plan.quality;
        actual = serialisePlan(plan);
      } catch (error) {
        results.push({ series, year, status: 'error', detail: (error as Error).message });
        continue;
      }
      const expected = existsSync(snapshotPath) ? readFileSync(snapshotPath, 'utf8') : null;
      const detail = expected === null ? 'plan.json missing' : firstDifference(expected, actual);
      if (detail && update) writeFileAtomically(snapshotPath, actual);
      // the stamp says which source and parser made plan.json, so the CLI and the API read it instead of parsing
      const stampPath = join(f.dir, PLAN_STAMP_FILE);
      if (update && (!existsSync(stampPath) || readFileSync(stampPath, 'utf8') !== stamp)) writeFileAtomically(stampPath, stamp);
      if (quality && quality.verdict !== 'ok' && (detail === null || update)) {
        results.push({ series, year, status: 'doubtful', detail: `quality ${quality.verdict}: ${quality.reasons.join(', ')}${f.meta.quality?.forced ? ' (stored with --force)' : ''}` });
        continue;
      }
      results.push({ series, year, status: expected === null ? 'missing' : detail ? 'differs' : 'same', detail });
    }
  }
  const named = new Set<string>();
  return results.filter((r) => r.path === undefined || (!named.has(r.path) && Boolean(named.add(r.path))));
}
