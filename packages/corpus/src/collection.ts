import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Collection, type CollectionSummary, type CrossSection } from '@plandiff/model';
import { buildCrossSection, type CrossSectionMember } from '@plandiff/compare';
import type { Corpus } from './corpus.js';
import { CorpusNotFoundError } from './errors.js';
import { checkSeriesId, checkYear } from './ids.js';

/** fixtures/collections/ of a corpus. */
export function collectionsDir(corpus: Corpus): string {
  return join(corpus.dir, 'collections');
}

/** Ids of every fixtures/collections/<id>.json, sorted (none when the folder does not exist). */
export function collectionIds(corpus: Corpus): string[] {
  const dir = collectionsDir(corpus);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[a-z0-9][a-z0-9-]*\.json$/.test(f))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * Reads and validates fixtures/collections/<id>.json with the model's Collection schema.
 * Throws CorpusUsageError for a malformed id, CorpusNotFoundError when there is no such file, and an Error naming the
 * file when it is not JSON, does not match the schema, or its `id` differs from its file name.
 */
export function readCollection(corpus: Corpus, id: string): Collection {
  const path = join(collectionsDir(corpus), `${checkSeriesId(id)}.json`);
  if (!existsSync(path)) throw new CorpusNotFoundError(`no collection ${id} in fixtures/collections`);
  let collection: Collection;
  try {
    collection = Collection.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`collections/${id}.json is malformed: ${(error as Error).message.split('\n')[0]}`);
  }
  if (collection.id !== id) throw new Error(`collections/${id}.json names itself ${JSON.stringify(collection.id)}`);
  for (const s of collection.series) checkSeriesId(s);
  return collection;
}

/**
 * A collection with what is stored of it: each member series (stored or not, and its years) and the years any
 * member has. A member listed but not stored is reported (`stored: false`), never an error, so that a province
 * added later with `plandiff add … --series gwr-hubei` appears without any change of code.
 */
export function collectionSummary(corpus: Corpus, id: string): CollectionSummary {
  const collection = readCollection(corpus, id);
  const stored = new Set(corpus.seriesIds());
  const members = collection.series.map((s) => ({ id: s, stored: stored.has(s), years: stored.has(s) ? corpus.years(s) : [] }));
  const years = [...new Set(members.flatMap((m) => m.years))].sort((a, b) => a - b);
  return { ...collection, members, years };
}

/** Every collection of the corpus as {@link collectionSummary}. */
export function listCollections(corpus: Corpus): CollectionSummary[] {
  return collectionIds(corpus).map((id) => collectionSummary(corpus, id));
}

/**
 * The metric × series CrossSection of collection `id` for `year` (see buildCrossSection in @plandiff/compare).
 * Each member is `ok` with its parsed plan, `missing_series` (no such series stored), `missing_year` (the series has
 * no plan of that year) or `broken` (its stored notice no longer parses; the error is not fatal for the others).
 * The reference series' plan of the same year is used when stored, else `reference` is null.
 * Throws CorpusUsageError for a malformed id or year, CorpusNotFoundError for an unknown collection.
 */
export function crossSection(corpus: Corpus, id: string, year: number | string): CrossSection {
  const y = checkYear(year);
  const collection = readCollection(corpus, id);
  const stored = new Set(corpus.seriesIds());
  const members: CrossSectionMember[] = collection.series.map((s) => {
    const label = collection.labels?.[s];
    const base = { id: s, name: label?.zh ?? null, nameEn: label?.en ?? null };
    if (!stored.has(s)) return { ...base, status: 'missing_series', plan: null };
    if (!corpus.years(s).includes(y)) return { ...base, status: 'missing_year', plan: null };
    try {
      return { ...base, status: 'ok', plan: corpus.plan(s, y) };
    } catch {
      return { ...base, status: 'broken', plan: null };
    }
  });
  const ref = collection.reference;
  const reference = ref && stored.has(ref) && corpus.years(ref).includes(y) ? { series: ref, plan: corpus.plan(ref, y) } : null;
  return buildCrossSection({ collection: collection.id, year: y, members, reference });
}

/** The result of checking one collection file: valid or not, and what is stored of it. */
export interface CollectionCheck {
  id: string;
  ok: boolean;
  /** `25 of 31 series stored` when valid; the reason (file named) when not */
  detail: string;
}

/**
 * Validates every fixtures/collections/<id>.json (for `plandiff check`): each must parse with the Collection schema,
 * name itself after its file, and list only well-formed series ids. Members not stored are counted, not errors.
 * Output: one CollectionCheck per file, sorted by id. Never throws for one bad file.
 */
export function checkCollections(corpus: Corpus): CollectionCheck[] {
  return collectionIds(corpus).map((id) => {
    try {
      const s = collectionSummary(corpus, id);
      return { id, ok: true, detail: `${s.members.filter((m) => m.stored).length} of ${s.members.length} series stored` };
    } catch (error) {
      return { id, ok: false, detail: (error as Error).message };
    }
  });
}
