import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison } from '@plandiff/model';
import { fixtureParseOptions, planStamp, serialiseStamp, sourceSha256, type Corpus } from '@plandiff/corpus';

declare global {
  /** set by bin/plandiff.js when it runs the bundle: the bundle's sha1 and its folder (dist/); unset from sources */
  var __plandiffBuild: { id: string; cacheDir: string } | undefined;
}

/** Most comparisons kept on disk; the least recently written beyond this are removed. */
const MAX_CACHED = 64;

/**
 * The Comparison of two stored years of a series, read from dist/comparisons/<key>.json when this very CLI build
 * computed it before, else computed by `compute` (the Corpus, link decisions honoured) and written there. The key is
 * the sha256 of the bundle's identity, both plans' stamps (parser version, source sha256, parse options: the rule of
 * committed plan.json), the link decisions and the plan bounds, so a changed notice, decision, parser or build
 * never reads an old answer. Without a bundle (running from sources) or a writable dist/, it just computes.
 * Throws what `compute` and the Corpus throw.
 */
export function storedComparison(corpus: Corpus, series: string, from: number, to: number, compute: () => Comparison): Comparison {
  const build = globalThis.__plandiffBuild;
  if (!build) return compute();
  const stamp = (year: number) => {
    const f = corpus.fixture(series, year);
    return serialiseStamp(planStamp(sourceSha256(readFileSync(f.sourcePath)), fixtureParseOptions(f)));
  };
  const key = createHash('sha256')
    .update(JSON.stringify([build.id, series, from, to, stamp(from), stamp(to), corpus.decisions(series, from, to) ?? null, corpus.bounds]))
    .digest('hex');
  const dir = join(build.cacheDir, 'comparisons');
  const path = join(dir, `${key}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Comparison;
  } catch {
    // not cached yet (or unreadable): compute it
  }
  const comparison = compute();
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${path}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify(comparison));
    renameSync(temporary, path);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    if (files.length > MAX_CACHED) {
      const byAge = files.map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs })).sort((a, b) => a.at - b.at);
      for (const { f } of byAge.slice(0, files.length - MAX_CACHED)) rmSync(join(dir, f), { force: true });
    }
  } catch {
    // a read-only install: answer uncached
  }
  return comparison;
}
