import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FixtureMeta, Plan, SeriesInfo, type BrokenFixtureFile, type Comparison, type SeriesSummary, type Timeline,
} from '@plandiff/model';
import type { z } from 'zod';
import { PlanParseError, type ParseOptions } from '@plandiff/parse';
import { INGESTED_FILE, parseFixture } from './ingested-file.js';
import { buildTimeline, comparePlans, parseLinkDecisions, reverseDecisions, type LinkDecisions } from '@plandiff/compare';
import { CorpusBrokenFixtureError, CorpusNotFoundError, CorpusPlanOverBoundsError, CorpusUsageError } from './errors.js';
import { checkSeriesId, checkYear } from './ids.js';
import { planStamp, readCommittedPlan, sourceSha256 } from './committed-plan.js';
import { DEFAULT_PLAN_BOUNDS, planBoundsBreach, type PlanBounds } from './plan-bounds.js';
import { swapLeftovers } from './atomic-write.js';

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

/** The options a stored notice is parsed with (by the Corpus, `check` and the stamp of its plan.json). */
export function fixtureParseOptions(f: Pick<Fixture, 'series' | 'year' | 'meta'>): ParseOptions {
  return {
    series: f.series, year: f.year, coverage: f.meta.coverage, sourceUrl: f.meta.sourceUrl, fileName: f.meta.sourceFile,
    charset: f.meta.encoding, // read as when it was added (detected, or given with --encoding)
  };
}

/** Options of a {@link Corpus}. */
export interface CorpusOptions {
  /** bounds every plan must keep before it is compared (default {@link DEFAULT_PLAN_BOUNDS}) */
  bounds?: PlanBounds;
}

/**
 * The fixtures on disk as series, plans and comparisons. Each plan is read once and cached in memory by the
 * sha256 of its source bytes, the parser version and its options: from the committed plan.json when its
 * plan.stamp.json matches (see readCommittedPlan), else parsed. A plan over the bounds ({@link PlanBounds}) is
 * never handed out: plan() throws CorpusPlanOverBoundsError. Comparisons and timelines are cached by their
 * plans. Ids are checked so that no argument can name a path outside the fixtures folder, and symbolic links
 * inside it are never followed (a linked folder or file is a broken fixture).
 * Throws CorpusNotFoundError for an unknown series or year, CorpusUsageError for malformed ids.
 */
export class Corpus {
  readonly dir: string;
  readonly bounds: PlanBounds;
  private readonly plans = new Map<string, Plan | CorpusPlanOverBoundsError>();
  /** source path → the stat it had when hashed, and that hash: a file unchanged on disk is not read again */
  private readonly sourceKeys = new Map<string, { mtimeMs: number; size: number; key: string }>();
  private readonly derived = new Map<string, unknown>();

  constructor(dir: string = defaultFixturesDir(), options: CorpusOptions = {}) {
    this.dir = resolve(dir);
    this.bounds = options.bounds ?? DEFAULT_PLAN_BOUNDS;
  }

  /**
   * Symbolic links among the series folders and the files and folders of each series and year (never
   * followed), as paths inside fixtures/, sorted. For `check` and the series listing.
   */
  symlinks(): string[] {
    const found: string[] = [];
    const walk = (dir: string, depth: number) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const d of entries) {
        const path = join(dir, d.name);
        if (d.isSymbolicLink()) found.push(relative(this.dir, path));
        else if (d.isDirectory() && depth < 2 && !d.name.startsWith('.')) walk(path, depth + 1);
      }
    };
    walk(this.dir, 0);
    return found.sort();
  }

  /** Ids of every series folder that has a series.json, sorted (dot folders — leftovers of writes — are not series). */
  seriesIds(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.') && existsSync(join(this.dir, d.name, 'series.json')))
      .map((d) => d.name)
      .sort();
  }

  /** series.json of a series, validated. Throws CorpusNotFoundError, CorpusBrokenFixtureError (invalid file). */
  seriesInfo(series: string): SeriesInfo {
    const path = join(this.dir, checkSeriesId(series), 'series.json');
    if (!existsSync(path)) throw new CorpusNotFoundError(`no series ${series} in fixtures`);
    return readJson(path, `${series}/series.json`, SeriesInfo);
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
    for (const [path, shown] of [[join(this.dir, series), series], [dir, `${series}/${y}`], [metaPath, `${series}/${y}/meta.json`]]) {
      if (lstatSync(path).isSymbolicLink()) throw new CorpusBrokenFixtureError(shown, 'a symbolic link, never followed: put the real folder or file in fixtures/');
    }
    const meta = readJson(metaPath, `${series}/${y}/meta.json`, FixtureMeta);
    const sourcePath = join(dir, meta.sourceFile);
    if (meta.sourceFile.includes('/') || meta.sourceFile.includes('\\') || !existsSync(sourcePath)) {
      throw new CorpusBrokenFixtureError(`${series}/${y}/meta.json`, `its sourceFile ${JSON.stringify(meta.sourceFile)} is not a file of the folder`);
    }
    if (lstatSync(sourcePath).isSymbolicLink()) {
      throw new CorpusBrokenFixtureError(`${series}/${y}/${meta.sourceFile}`, 'a symbolic link, never followed: put the notice itself in the folder');
    }
    return { series, year: y, dir, meta, sourcePath };
  }

  /**
   * Every series with issuer, names and the coverage of each year. A broken file never hides the healthy ones:
   * a year whose meta.json or source cannot be read is left out and named in the series' `broken`; a series
   * whose series.json is invalid is listed by its id with unknown names and its `broken` file, and so is a series
   * folder that is a symbolic link (never followed).
   */
  listSeries(): SeriesSummary[] {
    const listed = this.seriesIds().map((id) => this.seriesSummary(id));
    // a linked series folder is never followed: listed by its name with the link as its broken file
    const linked = this.symlinks()
      .filter((path) => !path.includes('/') && /^[a-z0-9][a-z0-9-]{0,63}$/.test(path))
      .map((id): SeriesSummary => ({
        id, issuer: 'unknown', documentKind: 'unknown', name: { zh: id, en: id }, years: [],
        broken: [{ path: id, reason: 'a symbolic link, never followed: put the real series folder in fixtures/' }],
      }));
    return [...listed, ...linked].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** One series with its healthy years; unreadable files are named in `broken` (see {@link listSeries}). */
  seriesSummary(series: string): SeriesSummary {
    const broken: BrokenFixtureFile[] = [];
    let info: SeriesInfo;
    try {
      info = this.seriesInfo(series);
    } catch (error) {
      if (!(error instanceof CorpusBrokenFixtureError)) throw error;
      broken.push({ path: error.path, reason: error.reason });
      info = { id: series, issuer: 'unknown', documentKind: 'unknown', name: { zh: series, en: series } };
    }
    const years: SeriesSummary['years'] = [];
    const seriesDir = join(this.dir, series);
    for (const l of swapLeftovers(seriesDir)) {
      if (l.kind === 'tmp') continue; // an incomplete write in progress or abandoned: never a year
      const year = relative(seriesDir, l.target);
      broken.push({
        path: relative(this.dir, l.path),
        reason: l.action === 'restore'
          ? `${series}/${year} was left between the two renames of an interrupted \`add --force\`: run \`plandiff check\` to see it and \`plandiff add … --series ${series} --year ${year} --force\` again (or rename this folder to ${year}) to restore it`
          : `leftover of an interrupted \`add\`; the next \`plandiff add\` of ${series}/${year} deletes it`,
      });
    }
    for (const link of this.symlinks()) {
      if (link.startsWith(`${series}/`)) broken.push({ path: link, reason: 'a symbolic link, never followed: put the real folder or file in fixtures/' });
    }
    for (const year of this.years(series)) {
      try {
        const f = this.fixture(series, year);
        years.push({ year, coverage: f.meta.coverage, title: this.plan(series, year).meta.title });
      } catch (error) {
        if (error instanceof CorpusBrokenFixtureError) broken.push({ path: error.path, reason: error.reason });
        else if (error instanceof PlanParseError) broken.push({ path: `${series}/${year}`, reason: error.message });
        else if (error instanceof CorpusPlanOverBoundsError) broken.push({ path: `${series}/${year}`, reason: error.message });
        else throw error;
      }
    }
    const named = new Set<string>();
    const once = broken.filter((b) => !named.has(b.path) && named.add(b.path));
    return { ...info, years, ...(once.length > 0 ? { broken: once } : {}) };
  }

  /**
   * The Plan of `series/year`, read once per source hash + parser version + options: the committed plan.json when
   * its stamp matches, else parsed. Throws CorpusNotFoundError, CorpusBrokenFixtureError, PlanParseError, and
   * CorpusPlanOverBoundsError when the plan crosses {@link bounds} (remembered: it is not read again).
   */
  plan(series: string, year: number | string): Plan {
    const f = this.fixture(series, year);
    const options = fixtureParseOptions(f);
    const hash = this.sourceKey(f.sourcePath);
    // a PDF/Word/spreadsheet source is parsed from its stored ingest result (ingested.json), HTML/text from itself
    const ingested = join(f.dir, INGESTED_FILE);
    const key = `${hash}:${existsSync(ingested) ? this.sourceKey(ingested) : ''}:${JSON.stringify(options)}`;
    let plan = this.plans.get(key);
    if (!plan) {
      // the committed plan.json when its stamp (parser version, source sha256, options) matches, else read as check does
      const read = readCommittedPlan(f.dir, planStamp(hash, options)) ?? parseFixture(f);
      const breach = planBoundsBreach(read, this.bounds);
      plan = breach ? new CorpusPlanOverBoundsError(`${f.series}/${f.year}`, breach.code, breach.message) : read;
      this.plans.set(key, plan);
    }
    if (plan instanceof CorpusPlanOverBoundsError) throw plan;
    return plan;
  }

  /** sha256 of a source file, read and hashed again only when its size or mtime changed. */
  private sourceKey(path: string): string {
    const stat = statSync(path);
    const known = this.sourceKeys.get(path);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.key;
    const key = sourceSha256(readFileSync(path));
    this.sourceKeys.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, key });
    return key;
  }

  /**
   * Human link decisions from fixtures/<series>/links/<from>-<to>.json, or the mirrored <to>-<from>.json, or
   * undefined when there is neither.
   * Throws an Error naming the file when it is not valid JSON or not of the LinkDecisionsFile shape.
   */
  decisions(series: string, from: number, to: number): LinkDecisions | undefined {
    const forward = this.readDecisionsFile(series, from, to);
    if (forward) return forward;
    // A file is written for one order; the other order honours it mirrored, so a pin holds both ways.
    return reverseDecisions(this.readDecisionsFile(series, to, from));
  }

  private readDecisionsFile(series: string, from: number, to: number): LinkDecisions | undefined {
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

  /** The metric × year Timeline of a series, over its readable years (a broken year is left out, see {@link listSeries}). */
  timeline(series: string): Timeline {
    const plans = this.years(series).flatMap((y) => {
      try {
        return [this.plan(series, y)];
      } catch (error) {
        if (error instanceof CorpusBrokenFixtureError || error instanceof CorpusPlanOverBoundsError) return [];
        throw error;
      }
    });
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

/**
 * Reads and validates a JSON file of fixtures/. Throws CorpusBrokenFixtureError naming `shownPath` when it is not
 * JSON or not of the schema's shape (the first zod issue is the reason).
 */
function readJson<T>(path: string, shownPath: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CorpusBrokenFixtureError(shownPath, `not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusBrokenFixtureError(shownPath, `${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  return parsed.data;
}

export { CorpusBrokenFixtureError, CorpusNotFoundError, CorpusPlanOverBoundsError, CorpusUsageError };
