import type { Comparison, Plan } from '@plandiff/model';
import { parsePlan, type ParseOptions } from '@plandiff/parse';
import { comparePlans } from '@plandiff/compare';
import { planCacheKey } from '@plandiff/corpus';
import { WeightedLru } from './lru.js';

/** Limits of the cache of POSTed notices: entries, and total source bytes behind the cached plans. */
export interface NoticeCacheLimits {
  maxPlans: number;
  maxSourceBytes: number;
  maxComparisons: number;
}

export const DEFAULT_NOTICE_CACHE_LIMITS: NoticeCacheLimits = {
  maxPlans: 64,
  maxSourceBytes: 32 * 1024 * 1024,
  maxComparisons: 64,
};

/**
 * Parsed plans and comparisons of notices that clients POST, computed once per content: a plan is keyed by the
 * sha256 of its bytes, the parser version and the parse options ({@link planCacheKey}); a comparison by the
 * identities of its two plans. Both are bounded LRUs held in memory only (nothing is written anywhere), so a
 * stream of different uploads cannot grow the server without bound.
 * Errors of parsePlan (PlanParseError) pass through and are not cached.
 */
export class NoticeCache {
  private readonly plans: WeightedLru<Plan>;
  private readonly comparisons: WeightedLru<Comparison>;
  private readonly planIds = new WeakMap<Plan, number>();
  private nextPlanId = 1;

  constructor(limits: NoticeCacheLimits = DEFAULT_NOTICE_CACHE_LIMITS) {
    this.plans = new WeightedLru(limits.maxPlans, limits.maxSourceBytes);
    this.comparisons = new WeightedLru(limits.maxComparisons, Number.POSITIVE_INFINITY);
  }

  /** The Plan of a notice's bytes, parsed once per (bytes, options). */
  plan(bytes: Uint8Array, options: ParseOptions): Plan {
    const key = planCacheKey(bytes, JSON.stringify(options));
    let plan = this.plans.get(key);
    if (!plan) {
      plan = parsePlan(bytes, options);
      this.plans.set(key, plan, bytes.byteLength);
    }
    return plan;
  }

  /** The Comparison of two plans (uploaded or stored), computed once per pair of plan objects. */
  comparison(from: Plan, to: Plan): Comparison {
    const key = `${this.identity(from)}>${this.identity(to)}`;
    let comparison = this.comparisons.get(key);
    if (!comparison) {
      comparison = comparePlans(from, to);
      this.comparisons.set(key, comparison);
    }
    return comparison;
  }

  /** Number of cached plans and comparisons (for tests and health). */
  sizes(): { plans: number; comparisons: number } {
    return { plans: this.plans.size, comparisons: this.comparisons.size };
  }

  // Plans are handed out once per content, so an object's identity stands for its content here.
  private identity(plan: Plan): number {
    let id = this.planIds.get(plan);
    if (id === undefined) {
      id = this.nextPlanId++;
      this.planIds.set(plan, id);
    }
    return id;
  }
}
