import type { ParseOptions } from '@plandiff/parse';
import { planCacheKey } from '@plandiff/corpus';
import { WeightedLru } from './lru.js';
import { PlanPool } from './plan-pool.js';
import { jsonBytes, PreparedJson } from './representation.js';

/** Limits of the cache of POSTed notices: entries, and total bytes of the cached answers' JSON. */
export interface NoticeCacheLimits {
  maxPlans: number;
  /** total bytes of cached Plan JSON */
  maxPlanBytes: number;
  maxComparisons: number;
  /** total bytes of cached Comparison JSON */
  maxComparisonBytes: number;
}

export const DEFAULT_NOTICE_CACHE_LIMITS: NoticeCacheLimits = {
  maxPlans: 64,
  maxPlanBytes: 64 * 1024 * 1024,
  maxComparisons: 64,
  maxComparisonBytes: 64 * 1024 * 1024,
};

/**
 * One side of a comparison: a stored Plan object (from the Corpus) or an uploaded notice's Plan as the JSON the
 * worker made. Either is answered by `jsonAnswer` and sent to a worker as its JSON bytes.
 */
export type PlanSide = object;

/** One side of a comparison request: a Plan at hand (stored, or an upload parsed before), or a notice to parse. */
export type ComparisonSide = { plan: PlanSide } | { notice: Uint8Array; options: ParseOptions };

/**
 * Parsed plans and comparisons of notices that clients POST, computed once per content in the {@link PlanPool}
 * (off the event loop): a plan is keyed by the sha256 of its bytes, the parser version and the parse options
 * ({@link planCacheKey}); a comparison by the identities of its two sides. Both are LRUs bounded by entry count
 * and by the bytes of their JSON (an entry weighs what it costs), held in memory only. Equal requests in flight
 * share one job. Errors of the pool (PlanParseError, ProblemError 422/503) pass through and are not cached.
 */
export class NoticeCache {
  private readonly plans: WeightedLru<PreparedJson>;
  private readonly comparisons: WeightedLru<PreparedJson>;
  /** jobs running, with how many requests still wait for each: when the last one goes away, the job is aborted */
  private readonly inFlight = new Map<string, { answer: Promise<PreparedJson>; waiting: number; abort: AbortController }>();
  private readonly sideIds = new WeakMap<object, number>();
  /** the content key of each cached upload plan, so a comparison keys it the same whether parsed before or not */
  private readonly uploadKeys = new WeakMap<object, string>();
  private nextSideId = 1;

  constructor(
    readonly pool: PlanPool = new PlanPool(),
    limits: NoticeCacheLimits = DEFAULT_NOTICE_CACHE_LIMITS,
  ) {
    this.plans = new WeightedLru(limits.maxPlans, limits.maxPlanBytes);
    this.comparisons = new WeightedLru(limits.maxComparisons, limits.maxComparisonBytes);
  }

  /**
   * The Plan of a notice's bytes (as prepared JSON), parsed once per (bytes, options). `signal`: the request's
   * own; when every request waiting for the job has been aborted, the job is stopped (its thread freed).
   */
  plan(bytes: Uint8Array, options: ParseOptions, signal?: AbortSignal): Promise<PreparedJson> {
    const key = planCacheKey(bytes, JSON.stringify(options));
    return this.cached(this.plans, `plan ${key}`, key, (jobSignal) => this.pool.parse(bytes, options, jobSignal), signal, (plan) => this.uploadKeys.set(plan, key));
  }

  /**
   * The Comparison of two sides, computed once per pair of contents: a notice not parsed yet is parsed in the same
   * worker job as the comparison (one queue slot per request), and its Plan is cached on the way.
   */
  comparison(from: ComparisonSide, to: ComparisonSide, signal?: AbortSignal): Promise<PreparedJson> {
    // An upload is keyed by its content key whether or not its plan is cached; a stored plan by its identity.
    const resolved = [from, to].map((side) => {
      if ('plan' in side) return { side, key: this.sideKey(side.plan) };
      const planKey = planCacheKey(side.notice, JSON.stringify(side.options));
      const cached = this.plans.get(planKey);
      return cached ? { side: { plan: cached }, key: `u${planKey}` } : { side, key: `u${planKey}`, planKey };
    });
    const key = `${resolved[0].key}>${resolved[1].key}`;
    return this.cached(this.comparisons, `comparison ${key}`, key, async (jobSignal) => {
      const jobSide = (r: (typeof resolved)[number]) =>
        'plan' in r.side ? { planJson: jsonBytes(r.side.plan) } : { notice: r.side.notice, options: r.side.options };
      const done = await this.pool.compare(jobSide(resolved[0]), jobSide(resolved[1]), jobSignal);
      for (const [r, json] of [[resolved[0], done.plans.from], [resolved[1], done.plans.to]] as const) {
        if (json && r.planKey) this.remember(r.planKey, prepared(json), json.byteLength);
      }
      return done.json;
    }, signal);
  }

  /** Number of cached plans and comparisons (for tests and health). */
  sizes(): { plans: number; comparisons: number } {
    return { plans: this.plans.size, comparisons: this.comparisons.size };
  }

  private remember(planKey: string, plan: PreparedJson, weight: number): void {
    this.plans.set(planKey, plan, weight);
    this.uploadKeys.set(plan, planKey);
  }

  private sideKey(plan: PlanSide): string {
    const uploadKey = this.uploadKeys.get(plan);
    return uploadKey === undefined ? `p${this.identity(plan)}` : `u${uploadKey}`;
  }

  private cached(
    lru: WeightedLru<PreparedJson>, flightKey: string, key: string, make: (jobSignal: AbortSignal) => Promise<Uint8Array>,
    signal: AbortSignal | undefined, made: (answer: PreparedJson) => void = () => undefined,
  ): Promise<PreparedJson> {
    const hit = lru.get(key);
    if (hit) return Promise.resolve(hit);
    let flight = this.inFlight.get(flightKey);
    if (!flight) {
      const abort = new AbortController();
      const answer = make(abort.signal)
        .then((json) => {
          const answerJson = prepared(json);
          lru.set(key, answerJson, json.byteLength);
          made(answerJson);
          return answerJson;
        })
        .finally(() => this.inFlight.delete(flightKey));
      flight = { answer, waiting: 0, abort };
      this.inFlight.set(flightKey, flight);
    }
    const joined = flight;
    joined.waiting++;
    if (signal) {
      signal.addEventListener('abort', () => {
        if (--joined.waiting === 0) joined.abort.abort();
      }, { once: true });
    }
    return joined.answer;
  }

  // Sides are handed out once per content, so an object's identity stands for its content here.
  private identity(side: PlanSide): number {
    let id = this.sideIds.get(side);
    if (id === undefined) {
      id = this.nextSideId++;
      this.sideIds.set(side, id);
    }
    return id;
  }
}

function prepared(json: Uint8Array): PreparedJson {
  return new PreparedJson(Buffer.from(json.buffer, json.byteOffset, json.byteLength));
}
