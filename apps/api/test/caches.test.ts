import { describe, expect, it } from 'vitest';
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
  it('parses the same bytes once and bounds the plans it keeps', () => {
    const cache = new NoticeCache({ maxPlans: 2, maxSourceBytes: 1 << 20, maxComparisons: 2 });
    const a = noticeBytes('npc-gwr-resolution', 2021);
    const b = noticeBytes('npc-gwr-resolution', 2022);
    const c = noticeBytes('npc-gwr-resolution', 2023);
    const planA = cache.plan(a, {});
    expect(cache.plan(new Uint8Array(a), {})).toBe(planA);
    expect(cache.plan(a, { coverage: 'excerpt' })).not.toBe(planA); // options are part of the key
    cache.plan(b, {});
    cache.plan(c, {});
    expect(cache.sizes().plans).toBe(2);
    expect(cache.plan(a, {})).not.toBe(planA); // evicted, parsed again
  });

  it('bounds the plans by total source bytes', () => {
    const gwr = noticeBytes('gov-work-report', 2025); // 54,873 bytes
    const cache = new NoticeCache({ maxPlans: 10, maxSourceBytes: 60_000, maxComparisons: 2 });
    cache.plan(gwr, {});
    cache.plan(noticeBytes('gov-work-report', 2024), {}); // 52,266 more bytes: the 2025 plan goes
    expect(gwr.byteLength).toBe(54873);
    expect(cache.sizes().plans).toBe(1);
  });

  it('compares a pair of plans once', () => {
    const cache = new NoticeCache();
    const from = cache.plan(noticeBytes('npc-gwr-resolution', 2024), {});
    const to = cache.plan(noticeBytes('npc-gwr-resolution', 2025), {});
    const comparison = cache.comparison(from, to);
    expect(cache.comparison(from, to)).toBe(comparison);
    expect(cache.comparison(to, from)).not.toBe(comparison);
  });
});
