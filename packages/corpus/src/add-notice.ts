import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { SeriesInfo, type Coverage, type FixtureMeta, type Plan } from '@plandiff/model';
import { kindName, parsePlan, readKind } from '@plandiff/parse';
import { CorpusUsageError } from './errors.js';
import { checkSeriesId, checkYear } from './ids.js';
import { recoverFolderSwaps, writeFileAtomically, writeFolderAtomically, type SwapLeftover } from './atomic-write.js';
import { lockHeld, withFixtureLock } from './fixture-lock.js';
import { checkSourceUrl } from './source-url.js';
import { serialisePlan } from './snapshot.js';

export interface AddNoticeInput {
  /** the notice's original bytes, stored untouched */
  bytes: Uint8Array;
  /** original file name: its extension (.html, .htm, .txt) names source.<ext> */
  fileName: string;
  series: string;
  year: number | string;
  sourceUrl?: string | null;
  coverage?: Coverage;
  retrievedOn?: string | null;
  notes?: string;
  /** replace an existing series/year, and store a notice whose quality is doubtful or unusable (the verdict goes into meta.json) */
  force?: boolean;
  /** the series does not exist yet and is to be created (without it an unknown series is refused as a likely typo) */
  newSeries?: boolean;
  /** the notice's encoding as the user gave it (`--encoding gbk`): wins over `<meta>` and detection; check re-reads with meta.json's encoding */
  charset?: string;
  /** for a new series: series.json fields (otherwise taken from the parsed notice) */
  issuer?: string;
  documentKind?: string;
  nameZh?: string;
  nameEn?: string;
  /** for a new series: its kind (plan by default; bulletin stores reports of results such as 统计公报) */
  seriesKind?: 'plan' | 'bulletin';
  /** for a new series: the region it speaks for (links a bulletin series to the plan series of that region) */
  region?: string;
}

export interface AddNoticeResult {
  plan: Plan;
  dir: string;
  seriesCreated: boolean;
}

/**
 * A notice `addNotice` will not store without `--force`: its quality verdict is doubtful or unusable.
 * `reasons` are the verdict's warning codes (NO_OUTLINE, YEAR_MISMATCH, NOT_A_PLAN_TEXT …); the message names
 * each with its explanation, on one line.
 */
export class NoticeRefusedError extends CorpusUsageError {
  readonly verdict: string;
  readonly reasons: string[];
  constructor(plan: Plan) {
    const quality = plan.quality ?? { verdict: 'ok', reasons: [] };
    const explained = quality.reasons.map((code) => {
      const warning = plan.warnings.find((w) => w.code === code);
      return warning ? `${code} (${warning.message})` : code;
    });
    super(`refused: the notice reads as ${quality.verdict}: ${explained.join('; ')}. Nothing was written; see README "Add a new year's notice" for what to do, or add --force to store it with this verdict recorded`);
    this.name = 'NoticeRefusedError';
    this.verdict = quality.verdict;
    this.reasons = quality.reasons;
  }
}

/**
 * A notice whose document kind does not belong in the series (issue 19): a report of results (统计公报) in a plan
 * series, a plan in a bulletin series, or a news item anywhere. The message names the document's kind and where it
 * belongs; nothing is written, and --force does not override it (a result is never stored as a target).
 */
export class NoticeKindError extends CorpusUsageError {
  constructor(readonly documentKind: string, message: string) {
    super(message);
    this.name = 'NoticeKindError';
  }
}

/**
 * Whether a parsed notice may be stored in a series of `seriesKind`; throws {@link NoticeKindError} when not.
 * plan series: plan and mixed documents (工作总结和工作计划: its plan part gives targets); bulletin series: reports of
 * results; a news item or notice: nowhere.
 */
export function checkNoticeKind(plan: Plan, seriesKind: 'plan' | 'bulletin', series: string): void {
  const kind = plan.kind ?? 'plan';
  const byTitle = readKind({ title: plan.meta.title, openingLines: [], text: '', hasOutline: true });
  const name = byTitle.kind === kind ? byTitle.name : kindName(kind);
  if (kind === 'notice') {
    throw new NoticeKindError(kind, `refused: this is a ${name}, not a plan or a report of results: nothing was written. Store the plan or bulletin it reports on instead`);
  }
  if (seriesKind === 'plan' && kind === 'results') {
    throw new NoticeKindError(kind, `refused: this is a ${name}, not a plan; store it in a bulletin series with --new-series --kind bulletin (series ${series} holds plans). Nothing was written`);
  }
  if (seriesKind === 'bulletin' && kind !== 'results') {
    throw new NoticeKindError(kind, `refused: this is a ${name}, not a report of results; series ${series} is a bulletin series. Store it in a plan series. Nothing was written`);
  }
}

/**
 * The existing series id closest to `id` by edit distance (Levenshtein), or null when there is none within
 * a third of the id's length (a typo, not a different name).
 */
export function nearestSeriesId(fixturesDir: string, id: string): string | null {
  if (!existsSync(fixturesDir)) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const entry of readdirSync(fixturesDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !existsSync(join(fixturesDir, entry.name, 'series.json'))) continue;
    const d = editDistance(id, entry.name);
    if (d < bestDistance) {
      bestDistance = d;
      best = entry.name;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.ceil(id.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

const DOCUMENT_KINDS = ['政府工作报告', '工作要点', '工作计划', '决议', '统计公报', '状况公报'];

/**
 * source.<ext> for a notice: html, htm or txt. Pages served as .shtml/.xhtml/.php/.jsp/.aspx are stored as html;
 * a name with no such extension is sniffed from the first 2 KiB (an XML declaration, comments, then <!doctype html
 * or <html>).
 */
export function sourceExtension(fileName: string, bytes: Uint8Array): string {
  const ext = extname(fileName).slice(1).toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'txt') return ext;
  if (ext === 'shtml' || ext === 'xhtml' || ext === 'php' || ext === 'jsp' || ext === 'aspx') return 'html';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html)/.test(head) ? 'html' : 'txt';
}

/**
 * Adds a notice to fixtures/: parses it first (so a binary or empty file is refused before anything is
 * written), then writes `<series>/<year>/{source.<ext>, meta.json, plan.json}` in one atomic step, and creates
 * `<series>/series.json` when the series is new. Nothing is half-written on failure.
 * The whole add holds the lock of series/year ({@link withFixtureLock}): a concurrent add of the same year fails
 * with CorpusUsageError (exit 2). Leftovers of an earlier killed add are recovered first ({@link recoverFixtureSwaps}).
 * Refuses (nothing written) — CorpusUsageError — when the series/year exists and `force` is not set, when ids
 * are malformed, when the sourceUrl is not http(s), when the year is locked, when the series is unknown and
 * `newSeries` is not set (naming the nearest existing id), and — NoticeRefusedError — when the plan's quality verdict
 * is not ok and `force` is not set. With `force` a doubtful notice is stored and meta.json records
 * `quality: { verdict, reasons, forced: true }`.
 * Throws PlanParseError (from the parser) when the notice is unusable as bytes (empty, binary, no Chinese).
 */
export function addNotice(fixturesDir: string, input: AddNoticeInput): AddNoticeResult {
  const series = checkSeriesId(input.series);
  const year = checkYear(input.year);
  const sourceUrl = checkSourceUrl(input.sourceUrl ?? null);
  mkdirSync(fixturesDir, { recursive: true });
  return withFixtureLock(fixturesDir, series, year, () => {
    recoverFixtureSwaps(fixturesDir);
    return addLockedNotice(fixturesDir, { ...input, series, year, sourceUrl });
  });
}

/**
 * Recovers the leftovers of interrupted replacements (a killed `add --force`) in every series folder of
 * `fixturesDir`, except for years whose lock a live process holds right now (see {@link recoverFolderSwaps}).
 * Output: what was recovered or cleaned.
 */
export function recoverFixtureSwaps(fixturesDir: string): SwapLeftover[] {
  if (!existsSync(fixturesDir)) return [];
  const unlocked = (l: SwapLeftover) => {
    const year = /(\d{4})$/.exec(l.target)?.[1];
    return year === undefined || !lockHeld(fixturesDir, basename(dirname(l.target)), Number(year));
  };
  return [
    ...recoverFolderSwaps(fixturesDir, (l) => !/\d{4}$/.test(l.target)),
    ...readdirSync(fixturesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .flatMap((d) => recoverFolderSwaps(join(fixturesDir, d.name), unlocked)),
  ];
}

function addLockedNotice(fixturesDir: string, input: AddNoticeInput & { series: string; year: number; sourceUrl: string | null }): AddNoticeResult {
  const { series, year } = input;
  const dir = join(fixturesDir, series, String(year));
  if (existsSync(dir) && !input.force) {
    throw new CorpusUsageError(`fixtures/${series}/${year} exists already; add --force to replace it`);
  }
  const coverage = input.coverage ?? 'full';
  const ext = sourceExtension(input.fileName, input.bytes);
  const plan = parsePlan(input.bytes, { series, year, coverage, sourceUrl: input.sourceUrl, fileName: `source.${ext}`, charset: input.charset ?? null });
  const seriesPath = join(fixturesDir, series, 'series.json');
  if (!existsSync(seriesPath) && !input.newSeries) {
    const nearest = nearestSeriesId(fixturesDir, series);
    throw new CorpusUsageError(`no series "${series}" in fixtures/${nearest ? `: did you mean "${nearest}"?` : '.'} To start a new series add --new-series`);
  }
  const existingKind = existsSync(seriesPath) ? readSeriesKind(seriesPath) : null;
  checkNoticeKind(plan, existingKind ?? input.seriesKind ?? 'plan', series);
  const quality = plan.quality ?? { verdict: 'ok' as const, reasons: [] };
  if (quality.verdict !== 'ok' && !input.force) throw new NoticeRefusedError(plan);
  const meta: FixtureMeta = {
    sourceUrl: input.sourceUrl,
    retrievedOn: input.retrievedOn ?? null,
    coverage,
    encoding: plan.meta.encoding,
    sourceFile: `source.${ext}`,
    ...(input.notes ? { notes: input.notes } : {}),
    quality: { verdict: quality.verdict, reasons: quality.reasons, forced: quality.verdict !== 'ok' },
  };
  let seriesCreated = false;
  if (!existsSync(seriesPath)) {
    const title = plan.meta.title ?? '';
    const info: SeriesInfo = SeriesInfo.parse({
      id: series,
      issuer: input.issuer ?? plan.meta.issuer ?? 'unknown',
      documentKind: input.documentKind ?? DOCUMENT_KINDS.find((k) => title.includes(k)) ?? 'unknown',
      name: { zh: input.nameZh ?? (title.replace(/^\d{4}年/, '') || series), en: input.nameEn ?? series },
      ...(input.seriesKind === 'bulletin' ? { kind: 'bulletin' } : {}),
      ...(input.region ? { region: input.region } : {}),
    });
    mkdirSync(join(fixturesDir, series), { recursive: true });
    writeFileAtomically(seriesPath, JSON.stringify(info, null, 2) + '\n');
    seriesCreated = true;
  }
  // A replaced fixture keeps none of its old files (an old source.<other ext> must not linger).
  writeFolderAtomically(dir, {
    [`source.${ext}`]: input.bytes,
    'meta.json': JSON.stringify(meta, null, 2) + '\n',
    'plan.json': serialisePlan(plan),
  });
  return { plan, dir, seriesCreated };
}

/** The kind of a stored series (series.json `kind`, plan when absent or unreadable: the add's own check decides). */
function readSeriesKind(path: string): 'plan' | 'bulletin' {
  try {
    return SeriesInfo.parse(JSON.parse(readFileSync(path, 'utf8'))).kind ?? 'plan';
  } catch {
    return 'plan';
  }
}

/** Reads a file for addNotice, refusing a folder or missing path with CorpusUsageError. */
export function readNoticeFile(path: string): Uint8Array {
  if (!existsSync(path)) throw new CorpusUsageError(`no such file: ${path}`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CorpusUsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}
