import { WeightedLru } from './lru.js';

/** How long an answer about stored fixtures is reused before the Corpus is asked again. */
export const STORED_ANSWER_FRESH_MS = 1000;

/**
 * Answers about stored fixtures (series lists, plans, comparisons, timelines), reused for `freshForMs`
 * (default 1 s) before the Corpus is asked again. The Corpus itself parses once per content hash but reads and
 * hashes the source files on every call so that it notices a changed fixture; under load that check dominated a
 * warm request, so here it runs at most once per second per answer. A fixture changed on disk is therefore
 * answered at most 1 s late, well within the 300 s that Cache-Control already lets clients reuse an answer.
 * Bounded (LRU, 256 answers); errors are never kept.
 */
export class StoredAnswers {
  private readonly answers: WeightedLru<{ value: unknown; at: number }>;

  constructor(
    private readonly freshForMs = STORED_ANSWER_FRESH_MS,
    maxAnswers = 256,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.answers = new WeightedLru(maxAnswers);
  }

  /** The answer stored under `key` if younger than the freshness window, else `compute()` (stored on success). */
  get<T>(key: string, compute: () => T): T {
    const hit = this.answers.get(key);
    const now = this.now();
    if (hit && now - hit.at < this.freshForMs) return hit.value as T;
    const value = compute();
    this.answers.set(key, { value, at: now });
    return value;
  }
}
