import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PreparedJson } from '../src/representation.js';
import type { Comparison, Plan } from '@plandiff/model';
import { Corpus } from '@plandiff/corpus';
import { DEFAULT_PLAN_POOL_LIMITS, PlanPool } from '../src/plan-pool.js';
import { StoredAnswers } from '../src/stored-answers.js';
import { NoticeCache } from '../src/notice-cache.js';
import { noticeBytes } from './notices.js';

describe('StoredAnswers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-stored-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'a.json'), '1');

  /** A stand-in for the worker pool that counts its jobs and answers `{"n":<job number>}` (or fails when told). */
  function countingPool(fail = { now: false }) {
    const pool = { jobs: 0, stored: async () => {
      pool.jobs++;
      if (fail.now) throw new Error('no plan');
      return new TextEncoder().encode(JSON.stringify({ n: pool.jobs }));
    }, close: async () => undefined };
    return pool;
  }
  const corpus = new Corpus(dir);
  const json = (p: PreparedJson) => JSON.parse(p.body.toString('utf8')) as unknown;

  it('serves a cached answer from the loop, within the window as it is and later while the fixtures are unchanged', async () => {
    let now = 0;
    const pool = countingPool();
    const answers = new StoredAnswers(corpus, pool as unknown as PlanPool, 1000, 8, () => now);
    const first = await answers.answer({ kind: 'series-list' });
    now = 999;
    expect(await answers.answer({ kind: 'series-list' })).toBe(first);
    now = 5000; // past the window, but no file changed: no job
    expect(await answers.answer({ kind: 'series-list' })).toBe(first);
    expect(pool.jobs).toBe(1);
    writeFileSync(join(dir, 'b.json'), '2'); // a fixture added
    now = 7000;
    expect(json(await answers.answer({ kind: 'series-list' }))).toEqual({ n: 2 });
  });

  it('runs one job for equal requests in flight, and never keeps an error', async () => {
    const fail = { now: true };
    const pool = countingPool(fail);
    const answers = new StoredAnswers(corpus, pool as unknown as PlanPool, 1000, 8, () => 0);
    const plan = { kind: 'plan', series: 'gov-work-report', year: 2025 } as const;
    await expect(Promise.all([answers.answer(plan), answers.answer(plan)])).rejects.toThrow('no plan');
    expect(pool.jobs).toBe(1);
    fail.now = false;
    expect(json(await answers.answer(plan))).toEqual({ n: 2 });
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
