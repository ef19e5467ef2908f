import type { Corpus } from '@plandiff/corpus';
import { WeightedLru } from './lru.js';
import { fixturesStamp } from './fixtures-stamp.js';
import type { PlanPool } from './plan-pool.js';
import { PreparedJson } from './representation.js';
import type { StoredQuery } from './stored-job.js';

/** How long an answer about stored fixtures is reused before the fixtures folder is looked at again. */
export const STORED_ANSWER_FRESH_MS = 1000;

/**
 * Answers about stored fixtures (series lists, plans, comparisons, timelines, collections, cross-sections) as
 * prepared JSON. Nothing heavy runs on the event loop: a missing answer is computed in the worker pool (see
 * PlanPool.stored, under its time budget; 503 + Retry-After past it), and equal requests share one job. A cached
 * answer is served from the loop: within `freshForMs` (1 s) as it is, later while the fixtures folder's
 * fingerprint ({@link fixturesStamp}, read asynchronously at most once per window) is the one it was computed
 * under — a fixture changed on disk is answered at most about 1 s late. Bounded (LRU, 256 answers, 256 MiB of
 * JSON). Errors are not kept, except a plan over the bounds (the worker's Corpus remembers it anyway).
 */
export class StoredAnswers {
  private readonly answers: WeightedLru<{ value: PreparedJson; stamp: string; at: number }>;
  private readonly inFlight = new Map<string, Promise<PreparedJson>>();
  private stamp: { at: number; value: Promise<string> } | null = null;

  constructor(
    readonly corpus: Corpus,
    private readonly pool: PlanPool,
    private readonly freshForMs = STORED_ANSWER_FRESH_MS,
    maxAnswers = 256,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.answers = new WeightedLru(maxAnswers, 256 * 1024 * 1024);
  }

  /**
   * The answer to `query` as prepared JSON. Rejects with the Corpus's errors (CorpusNotFoundError 404,
   * CorpusUsageError 400, CorpusBrokenFixtureError 500, CorpusPlanOverBoundsError 422, PlanParseError) and the
   * pool's ProblemError `busy` / `over-time-budget` (503).
   */
  async answer(query: StoredQuery): Promise<PreparedJson> {
    const key = JSON.stringify(query);
    const hit = this.answers.get(key);
    const now = this.now();
    if (hit && now - hit.at < this.freshForMs) return hit.value;
    const stamp = await this.currentStamp();
    if (hit && hit.stamp === stamp) {
      hit.at = now;
      return hit.value;
    }
    const flightKey = `${key}\0${stamp}`;
    let flight = this.inFlight.get(flightKey);
    if (!flight) {
      flight = this.pool
        .stored(this.corpus.dir, query)
        .then((json) => {
          const value = new PreparedJson(Buffer.from(json.buffer, json.byteOffset, json.byteLength));
          this.answers.set(key, { value, stamp, at: this.now() }, json.byteLength);
          return value;
        })
        .finally(() => this.inFlight.delete(flightKey));
      this.inFlight.set(flightKey, flight);
    }
    return flight;
  }

  /** Stops the pool's threads (jobs in flight fail). */
  close(): Promise<void> {
    return this.pool.close();
  }

  private currentStamp(): Promise<string> {
    const now = this.now();
    if (!this.stamp || now - this.stamp.at >= this.freshForMs) this.stamp = { at: now, value: fixturesStamp(this.corpus.dir) };
    return this.stamp.value;
  }
}
