import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FixtureMeta, Plan, SeriesInfo, type Comparison, type SeriesSummary, type Timeline,
} from '@plandiff/model';
import { parsePlan } from '@plandiff/parse';
import { buildTimeline, comparePlans, parseLinkDecisions, type LinkDecisions } from '@plandiff/compare';
import { CorpusNotFoundError, CorpusUsageError } from './errors.js';
import { checkSeriesId, checkYear } from './ids.js';
import { planCacheKey } from './hash.js';

/** fixtures/ of this checkout, or $PLANDIFF_FIXTURES when set. */
export function defaultFixturesDir(): string {
  return process.env.PLANDIFF_FIXTURES
    ? resolve(process.env.PLANDIFF_FIXTURES)
    : fileURLToPath(new URL('../../../fixtures/', import.meta.url));
}

/** One stored notice: its folder, meta.json and source bytes. */
export interface Fixture {
  series: string;
  year: number;
  dir: string;
  meta: FixtureMeta;
  sourcePath: string;
}

/**
 * The fixtures on disk as series, plans and comparisons. Each plan is parsed once and cached in memory by a
 * hash of its source bytes and the parser version ({@link planCacheKey}); comparisons and timelines are cached by
 * the hashes of their plans. Ids are checked so that no argument can name a path outside the fixtures folder.
 * Throws CorpusNotFoundError for an unknown series or year, CorpusUsageError for malformed ids.
 */
export class Corpus {
  readonly dir: string;
  private readonly plans = new Map<string, Plan>();
  /** source path → the stat it had when hashed, and that hash: a file unchanged on disk is not read again */
  private readonly sourceKeys = new Map<string, { mtimeMs: number; size: number; key: string }>();
  private readonly derived = new Map<string, unknown>();

  constructor(dir: string = defaultFixturesDir()) {
    this.dir = resolve(dir);
  }

  /** Ids of every series folder that has a series.json, sorted. */
  seriesIds(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(this.dir, d.name, 'series.json')))
      .map((d) => d.name)
      .sort();
  }

  /** series.json of a series, validated. */
  seriesInfo(series: string): SeriesInfo {
    const path = join(this.dir, checkSeriesId(series), 'series.json');
    if (!existsSync(path)) throw new CorpusNotFoundError(`no series ${series} in fixtures`);
    return SeriesInfo.parse(JSON.parse(readFileSync(path, 'utf8')));
  }

  /** The years of a series that have a stored notice, ascending. */
  years(series: string): number[] {
    const dir = join(this.dir, checkSeriesId(series));
    if (!existsSync(dir)) throw new CorpusNotFoundError(`no series ${series} in fixtures`);
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name) && existsSync(join(dir, d.name, 'meta.json')))
      .map((d) => Number(d.name))
      .sort((a, b) => a - b);
  }

  /** A stored notice's folder and meta.json. */
  fixture(series: string, year: number | string): Fixture {
    const y = checkYear(year);
    const dir = join(this.dir, checkSeriesId(series), String(y));
    const metaPath = join(dir, 'meta.json');
    if (!existsSync(metaPath)) throw new CorpusNotFoundError(`no plan ${series}/${y} in fixtures`);
    const meta = FixtureMeta.parse(JSON.parse(readFileSync(metaPath, 'utf8')));
    return { series, year: y, dir, meta, sourcePath: join(dir, meta.sourceFile) };
  }

  /** Every series with issuer, names and the coverage of each year. */
  listSeries(): SeriesSummary[] {
    return this.seriesIds().map((id) => this.seriesSummary(id));
  }

  /** One series with its years. */
  seriesSummary(series: string): SeriesSummary {
    const info = this.seriesInfo(series);
    return {
      ...info,
      years: this.years(series).map((year) => {
        const f = this.fixture(series, year);
        return { year, coverage: f.meta.coverage, title: this.plan(series, year).meta.title };
      }),
    };
  }

  /** The parsed Plan of `series/year`, parsed once per source hash + parser version. */
  plan(series: string, year: number | string): Plan {
    const f = this.fixture(series, year);
    const key = `${this.sourceKey(f.sourcePath)}:${JSON.stringify([f.series, f.year, f.meta.coverage, f.meta.sourceUrl])}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = parsePlan(readFileSync(f.sourcePath), {
        series: f.series, year: f.year, coverage: f.meta.coverage, sourceUrl: f.meta.sourceUrl, fileName: f.meta.sourceFile,
        charset: f.meta.encoding, // read as when it was added (detected, or given with --encoding), as check does
      });
      this.plans.set(key, plan);
    }
    return plan;
  }

  /** planCacheKey of a source file, read and hashed again only when its size or mtime changed. */
  private sourceKey(path: string): string {
    const stat = statSync(path);
    const known = this.sourceKeys.get(path);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.key;
    const key = planCacheKey(readFileSync(path));
    this.sourceKeys.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, key });
    return key;
  }

  /**
   * Human link decisions from fixtures/<series>/links/<from>-<to>.json, or undefined when there is none.
   * Throws an Error naming the file when it is not valid JSON or not of the LinkDecisionsFile shape.
   */
  decisions(series: string, from: number, to: number): LinkDecisions | undefined {
    const path = join(this.dir, checkSeriesId(series), 'links', `${from}-${to}.json`);
    if (!existsSync(path)) return undefined;
    try {
      return parseLinkDecisions(JSON.parse(readFileSync(path, 'utf8')));
    } catch (error) {
      throw new Error(`${series}/links/${from}-${to}.json is malformed: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  /** The Comparison of two different years of a series (either order). Throws CorpusUsageError for the same year twice. */
  comparison(series: string, from: number | string, to: number | string): Comparison {
    const a = checkYear(from);
    const b = checkYear(to);
    if (a === b) throw new CorpusUsageError(`compare needs two different years (got ${a} twice)`);
    const planA = this.plan(series, a);
    const planB = this.plan(series, b);
    return this.memo(`compare:${series}:${a}:${b}`, [planA, planB], () =>
      comparePlans(planA, planB, { decisions: this.decisions(series, a, b) }),
    );
  }

  /** The metric × year Timeline of a series. */
  timeline(series: string): Timeline {
    const plans = this.years(series).map((y) => this.plan(series, y));
    return this.memo(`timeline:${series}`, plans, () => buildTimeline(series, plans));
  }

  private memo<T>(name: string, plans: Plan[], compute: () => T): T {
    // Plans are cached by content hash, so object identity stands for content here.
    const key = `${name}:${plans.map((p) => `${p.id}@${p.text.length}`).join(',')}`;
    const hit = this.derived.get(key) as { plans: Plan[]; value: T } | undefined;
    if (hit && hit.plans.every((p, i) => p === plans[i])) return hit.value;
    const value = compute();
    this.derived.set(key, { plans, value });
    return value;
  }
}

export { CorpusNotFoundError, CorpusUsageError };
