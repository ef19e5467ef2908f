import { describe, expect, it } from 'vitest';
import { CollectionOutcomes, Outcomes } from '@plandiff/model';
import { createApp } from '../src/app.js';
import { Problem } from '../src/problem.js';

// Real fixtures: the national reports 2021–2025 (targets of N, results in the review of N+1).
const app = createApp({ webRoot: null });

describe('GET /api/series/:series/outcomes', () => {
  it('answers the Outcomes of the national series, 2022 GDP 5.5%左右 missed with 3%, cacheable with an ETag', async () => {
    const res = await app.request('/api/series/gov-work-report/outcomes?year=2022');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    const o = Outcomes.parse(await res.json());
    expect(new Set(o.rows.map((r) => r.year))).toEqual(new Set([2022]));
    const gdp = o.rows.find((r) => r.metricKey === 'gdp_growth')!;
    expect(gdp).toMatchObject({ verdict: 'missed', rule: 'about_rate', gap: -2.5, result: { value: 3 }, resultFrom: { plan: 'gov-work-report/2023' } });
    expect(gdp.ruleText).toContain('0.5');
    const again = await app.request('/api/series/gov-work-report/outcomes?year=2022', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('answers every judged year without ?year= (2021–2024; 2025 has no review stored)', async () => {
    const o = Outcomes.parse(await (await app.request('/api/series/gov-work-report/outcomes')).json());
    expect([...new Set(o.rows.map((r) => r.year))]).toEqual([2021, 2022, 2023, 2024]);
    expect(o.rows.find((r) => r.year === 2024 && r.metricKey === 'cpi')).toMatchObject({ verdict: 'met', result: { value: 0.2 } });
  });

  it('answers problem+json: 404 for an unknown series, 400 for a malformed year', async () => {
    const missing = await app.request('/api/series/no-such/outcomes');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(Problem.parse(await missing.json()).detail).toContain('no-such');
    expect((await app.request('/api/series/gov-work-report/outcomes?year=20x5')).status).toBe(400);
  });
});

describe('GET /api/collections/:id/outcomes?year=', () => {
  it('lists every province of provincial-gwr: the 25 stored with 2025 plans and 2026 reviews have rows, the others none', async () => {
    const res = await app.request('/api/collections/provincial-gwr/outcomes?year=2025');
    expect(res.status).toBe(200);
    const c = CollectionOutcomes.parse(await res.json());
    expect(c).toMatchObject({ collection: 'provincial-gwr', year: 2025 });
    expect(Object.keys(c.series)).toHaveLength(31);
    expect(Object.values(c.series).filter((rows) => rows.length > 0)).toHaveLength(25);
    expect(c.series['gwr-shanghai'] ?? []).toEqual([]);
    const gdp = (id: string) => c.series[id].find((r) => r.metricKey === 'gdp_growth');
    // 北京 2025: 地区生产总值增长5%左右; its 2026 review: 增长5.4%
    expect(gdp('gwr-beijing')).toMatchObject({ verdict: 'met', target: { value: 5, modifier: 'about' }, result: { value: 5.4 }, resultFrom: { plan: 'gwr-beijing/2026' } });
    // 辽宁 2025: 5%以上; its 2026 review: 3.7% — missed
    expect(gdp('gwr-liaoning')).toMatchObject({ verdict: 'missed', target: { value: 5, modifier: 'at_least' }, result: { value: 3.7 } });
  });

  it('needs ?year= (400) and an existing collection (404)', async () => {
    expect((await app.request('/api/collections/provincial-gwr/outcomes')).status).toBe(400);
    expect((await app.request('/api/collections/no-such/outcomes?year=2025')).status).toBe(404);
  });
});
