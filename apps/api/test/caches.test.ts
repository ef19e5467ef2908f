import { afterAll, describe, expect, it } from 'vitest';
import type { Comparison, Plan } from '@plandiff/model';
import { Corpus } from '@plandiff/corpus';
import { DEFAULT_PLAN_POOL_LIMITS, PlanPool } from '../src/plan-pool.js';
import { StoredAnswers } from '../src/stored-answers.js';
import { NoticeCache } from '../src/notice-cache.js';
import { noticeBytes } from './notices.js';

describe('StoredAnswers', () => {
  it('reuses an answer within the freshness window and asks again after it', () => {
    let now = 0;
    let computed = 0;
    const answers = new StoredAnswers(1000, 8, () => now);
    const compute = () => ({ n: ++computed });
    const first = answers.get('plan:gov-work-report:2025', compute);
    now = 999;
    expect(answers.get('plan:gov-work-report:2025', compute)).toBe(first);
    now = 1000;
    expect(answers.get('plan:gov-work-report:2025', compute)).toEqual({ n: 2 });
    expect(computed).toBe(2);
  });

  it('never keeps an error', () => {
    const answers = new StoredAnswers(1000, 8, () => 0);
    expect(() => answers.get('k', () => { throw new Error('no plan'); })).toThrow('no plan');
    expect(answers.get('k', () => 'found')).toBe('found');
  });

  it('keeps at most maxAnswers, dropping the least recently used', () => {
    let computed = 0;
    const answers = new StoredAnswers(1000, 2, () => 0);
    const compute = () => ++computed;
    answers.get('a', compute);
    answers.get('b', compute);
    answers.get('a', compute); // a is now the most recently used
    answers.get('c', compute); // evicts b
    expect(answers.get('a', compute)).toBe(1);
    expect(answers.get('b', compute)).toBe(4);
  });
});

describe('NoticeCache', () => {
  const pool = new PlanPool({ ...DEFAULT_PLAN_POOL_LIMITS, threads: 1 });
  afterAll(() => pool.close());

  it('parses the same bytes once (in the worker pool) and bounds the plans it keeps', async () => {
    const cache = new NoticeCache(pool, { maxPlans: 2, maxPlanBytes: 1 << 24, maxComparisons: 2, maxComparisonBytes: 1 << 24 });
    const a = noticeBytes('npc-gwr-resolution', 2021);
    const planA = await cache.plan(a, {});
    expect((JSON.parse(planA.body.toString('utf8')) as Plan).year).toBe(2021);
    expect(await cache.plan(new Uint8Array(a), {})).toBe(planA);
    expect(await cache.plan(a, { coverage: 'excerpt' })).not.toBe(planA); // options are part of the key
    await cache.plan(noticeBytes('npc-gwr-resolution', 2022), {});
    await cache.plan(noticeBytes('npc-gwr-resolution', 2023), {});
    expect(cache.sizes().plans).toBe(2);
    expect(await cache.plan(a, {})).not.toBe(planA); // evicted, parsed again
  });

  it('weighs each plan by the bytes of its JSON', async () => {
    const cache = new NoticeCache(pool, { maxPlans: 10, maxPlanBytes: 200_000, maxComparisons: 2, maxComparisonBytes: 1 << 24 });
    const first = await cache.plan(noticeBytes('gov-work-report', 2025), {});
    expect(first.body.byteLength).toBeGreaterThan(100_000); // a government work report's Plan is over 100 kB of JSON
    await cache.plan(noticeBytes('gov-work-report', 2024), {}); // together over 200 kB: the 2025 plan goes
    expect(cache.sizes().plans).toBe(1);
  });

  it('compares a pair of plans once, and shares one job between equal requests in flight', async () => {
    const cache = new NoticeCache(pool);
    const [from, again] = await Promise.all([
      cache.plan(noticeBytes('npc-gwr-resolution', 2024), {}),
      cache.plan(noticeBytes('npc-gwr-resolution', 2024), {}),
    ]);
    expect(again).toBe(from);
    const to = await cache.plan(noticeBytes('npc-gwr-resolution', 2025), {});
    const comparison = await cache.comparison({ plan: from }, { plan: to });
    expect(await cache.comparison({ plan: from }, { plan: to })).toBe(comparison);
    expect(await cache.comparison({ plan: to }, { plan: from })).not.toBe(comparison);
  });

  it('parses an upload inside its comparison job and keeps its plan for the next request', async () => {
    const cache = new NoticeCache(pool);
    const stored = new Corpus().plan('npc-gwr-resolution', 2025);
    const notice = noticeBytes('npc-gwr-resolution', 2024);
    const comparison = await cache.comparison({ notice, options: {} }, { plan: stored });
    expect((JSON.parse(comparison.body.toString('utf8')) as Comparison).to.year).toBe(2025);
    expect(cache.sizes().plans).toBe(1); // the upload's plan, parsed on the way
    const plan = await cache.plan(notice, {});
    expect(await cache.comparison({ plan }, { plan: stored })).toBe(comparison); // same contents, same answer
  });
});
