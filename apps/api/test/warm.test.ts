import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Corpus } from '@plandiff/corpus';
import type { Comparison } from '@plandiff/model';
import { startServer } from '../src/server.js';
import { warmCorpus } from '../src/warm.js';
import { StoredAnswers } from '../src/stored-answers.js';
import { DEFAULT_PLAN_POOL_LIMITS, PlanPool } from '../src/plan-pool.js';
import { FIXTURES_DIR, storedNotices } from './notices.js';

/** every series with two years: the four first ones, and the 25 provinces (2025 as DOCX, 2026 as text) */
const LATEST_PAIRS = [
  'gov-work-report/2024-2025',
  ...storedNotices().filter((n) => n.series.startsWith('gwr-') && n.year === 2025).map((n) => `${n.series}/2025-2026`),
  'hailar-gwr/2014-2015', 'hubei-sthjt-gzyd/2023-2024', 'npc-gwr-resolution/2024-2025',
];

describe('warmCorpus', () => {
  const pool = new PlanPool({ ...DEFAULT_PLAN_POOL_LIMITS, threads: 1 });
  afterAll(() => pool.close());

  it('parses all 66 stored plans, then the latest-two comparison of each series, and the Corpus keeps them', async () => {
    const stored = new StoredAnswers(new Corpus(FIXTURES_DIR), pool);
    const report = await warmCorpus(stored);
    expect(report.failed).toEqual([]);
    expect(report.aborted).toBe(false);
    expect(report.plans).toEqual(storedNotices().map(({ series, year }) => `${series}/${year}`));
    expect(report.plans).toHaveLength(66);
    expect(LATEST_PAIRS).toHaveLength(29);
    expect(report.comparisons).toEqual(LATEST_PAIRS);
    // what a reader asks for next is the very answer the warm-up computed (cached, not computed again)
    const jobs = vi.spyOn(pool, 'stored');
    const answer = await stored.answer({ kind: 'compare', series: 'gov-work-report', from: 2024, to: 2025 });
    expect(jobs).not.toHaveBeenCalled();
    const warmed = JSON.parse(answer.body.toString('utf8')) as Comparison;
    // 2025 report: 居民消费价格涨幅2%左右, 2024: 3%左右
    const cpi = warmed.targets.find((t) => t.metric === '居民消费价格涨幅');
    expect([cpi?.from?.value, cpi?.to?.value, cpi?.change.value]).toEqual([3, 2, 'lowered']);
  });

  it('stops at once when its signal is aborted', async () => {
    const stop = new AbortController();
    stop.abort();
    const report = await warmCorpus(new StoredAnswers(new Corpus(FIXTURES_DIR), pool), stop.signal);
    expect(report).toMatchObject({ aborted: true, plans: [], comparisons: [] });
  });

  describe('with a broken fixture', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-warm-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('lists the notice that fails and warms the rest (never throws)', async () => {
      const series = join(dir, 'npc-gwr-resolution');
      mkdirSync(series);
      cpSync(join(FIXTURES_DIR, 'npc-gwr-resolution', 'series.json'), join(series, 'series.json'));
      for (const year of ['2024', '2025']) cpSync(join(FIXTURES_DIR, 'npc-gwr-resolution', year), join(series, year), { recursive: true });
      mkdirSync(join(series, '2026'));
      writeFileSync(join(series, '2026', 'meta.json'), JSON.stringify({ sourceUrl: null, retrievedOn: null, coverage: 'full', encoding: 'utf-8', sourceFile: 'source.txt' }));
      writeFileSync(join(series, '2026', 'source.txt'), '');
      const report = await warmCorpus(new StoredAnswers(new Corpus(dir), pool));
      expect(report.plans).toEqual(['npc-gwr-resolution/2024', 'npc-gwr-resolution/2025']);
      expect(report.comparisons).toEqual([]);
      expect(report.failed.map((line) => line.split(':')[0])).toEqual(['npc-gwr-resolution/2026', 'npc-gwr-resolution/2025-2026']);
    });
  });
});

describe('startServer warms in the background', () => {
  it('answers while it warms, and reports the warm-up when done', async () => {
    const running = await startServer('127.0.0.1', 0, { webRoot: null });
    let warmedYet = false;
    void running.warmed?.then(() => (warmedYet = true));
    try {
      const health = await fetch(`${running.url}/api/health`);
      expect(health.status).toBe(200);
      // listening was not delayed: the health answer came before the 66 parses were done
      expect(warmedYet).toBe(false);
      const report = await running.warmed!;
      expect(report.comparisons).toEqual(LATEST_PAIRS);
      const hubei = (await (await fetch(`${running.url}/api/series/hubei-sthjt-gzyd/compare?from=2023&to=2024`)).json()) as Comparison;
      expect(hubei.summary.outside_excerpt).toBe(27);
    } finally {
      await running.close(1000);
    }
  });

  it('does not warm when told not to', async () => {
    const running = await startServer('127.0.0.1', 0, { webRoot: null, warm: false });
    expect(running.warmed).toBeNull();
    await running.close(1000);
  });
});
