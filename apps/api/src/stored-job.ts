/**
 * The worker-thread side of answers about stored fixtures (issue 22: a stored comparison of 20,000 tasks held the
 * event loop for 27 s). Runs one {@link StoredQuery} against a Corpus kept per fixtures folder in this thread and
 * answers the JSON bytes, or the Corpus error as plain data that {@link storedFailureError} rebuilds on the main
 * thread, so the API maps it to the same problem as before (404, 400, 422, 500).
 */
import {
  collectionOutcomesOf, collectionSummary, Corpus, CorpusBrokenFixtureError, CorpusNotFoundError, CorpusPlanOverBoundsError, CorpusUsageError,
  crossSection, listCollections, outcomes, type PlanBounds,
} from '@plandiff/corpus';
import { PlanParseError, type PlanParseErrorCode } from '@plandiff/parse';

/** One answer about stored fixtures, as the routes ask for it. */
export type StoredQuery =
  | { kind: 'series-list' }
  | { kind: 'series'; series: string }
  | { kind: 'plan'; series: string; year: number }
  | { kind: 'compare'; series: string; from: number; to: number }
  | { kind: 'timeline'; series: string }
  | { kind: 'collections' }
  | { kind: 'collection'; id: string }
  | { kind: 'cross-section'; id: string; year: number }
  | { kind: 'outcomes'; series: string; year: number | null }
  | { kind: 'collection-outcomes'; id: string; year: number };

/** A stored job: which fixtures folder, with which plan bounds, and the query. */
export interface StoredJob {
  op: 'stored';
  dir: string;
  bounds: PlanBounds;
  query: StoredQuery;
}

/** A Corpus error carried across the thread boundary. */
export type StoredFailure =
  | { ok: false; failure: 'corpus'; error: 'not-found' | 'usage'; message: string }
  | { ok: false; failure: 'corpus'; error: 'broken'; path: string; reason: string }
  | { ok: false; failure: 'corpus'; error: 'over-bounds'; plan: string; code: string; message: string }
  | { ok: false; failure: 'corpus'; error: 'parse'; code: string; message: string };

const corpora = new Map<string, Corpus>();

function corpusOf(job: StoredJob): Corpus {
  const key = `${job.dir}\0${JSON.stringify(job.bounds)}`;
  let corpus = corpora.get(key);
  if (!corpus) {
    corpus = new Corpus(job.dir, { bounds: job.bounds });
    corpora.set(key, corpus);
  }
  return corpus;
}

function answerOf(corpus: Corpus, q: StoredQuery): unknown {
  switch (q.kind) {
    case 'series-list': return corpus.listSeries();
    case 'series': return corpus.seriesSummary(q.series);
    case 'plan': return corpus.plan(q.series, q.year);
    case 'compare': return corpus.comparison(q.series, q.from, q.to);
    case 'timeline': return corpus.timeline(q.series);
    case 'collections': return listCollections(corpus);
    case 'collection': return collectionSummary(corpus, q.id);
    case 'cross-section': return crossSection(corpus, q.id, q.year);
    case 'outcomes': return outcomes(corpus, q.series, q.year ?? undefined);
    case 'collection-outcomes': return collectionOutcomesOf(corpus, q.id, q.year);
  }
}

/**
 * Runs a stored job in this thread. Output: `{ ok: true, json }` (UTF-8 JSON of the answer) or a
 * {@link StoredFailure}. Throws only on a bug or an unexpected error (tinypool then rejects the task → 500).
 */
export function runStoredJob(job: StoredJob): { ok: true; json: Uint8Array } | StoredFailure {
  try {
    return { ok: true, json: new TextEncoder().encode(JSON.stringify(answerOf(corpusOf(job), job.query))) };
  } catch (error) {
    if (error instanceof CorpusNotFoundError) return { ok: false, failure: 'corpus', error: 'not-found', message: error.message };
    if (error instanceof CorpusUsageError) return { ok: false, failure: 'corpus', error: 'usage', message: error.message };
    if (error instanceof CorpusBrokenFixtureError) return { ok: false, failure: 'corpus', error: 'broken', path: error.path, reason: error.reason };
    if (error instanceof CorpusPlanOverBoundsError) return { ok: false, failure: 'corpus', error: 'over-bounds', plan: error.plan, code: error.code, message: error.message };
    if (error instanceof PlanParseError) return { ok: false, failure: 'corpus', error: 'parse', code: error.code, message: error.message };
    throw error;
  }
}

/** The main thread's Error for a {@link StoredFailure}: the very Corpus or parser error class the worker caught. */
export function storedFailureError(f: StoredFailure): Error {
  switch (f.error) {
    case 'not-found': return new CorpusNotFoundError(f.message);
    case 'usage': return new CorpusUsageError(f.message);
    case 'broken': return new CorpusBrokenFixtureError(f.path, f.reason);
    case 'over-bounds': {
      const error = new CorpusPlanOverBoundsError(f.plan, f.code, '');
      error.message = f.message;
      return error;
    }
    case 'parse': return new PlanParseError(f.code as PlanParseErrorCode, f.message);
  }
}
