import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { Comparison, Plan, SeriesSummary, Timeline } from '@plandiff/model';
import { createApp } from '../src/app.js';
import { Problem } from '../src/problem.js';

const app = createApp({ webRoot: null });

async function json(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  return { res, body: res.status === 304 ? null : await res.json() };
}

async function expectProblem(path: string, status: number, init?: RequestInit) {
  const res = await app.request(path, init);
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = Problem.parse(await res.json());
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(0);
  // every problem names its reason in a stable code the viewer translates
  expect(body.code).toMatch(/^[A-Z][A-Z_]+$/);
  return body;
}

describe('GET /api/series', () => {
  it('lists the four stored series and the 25 provincial reports with the years and coverage of each', async () => {
    const { res, body } = await json('/api/series');
    expect(res.status).toBe(200);
    const series = z.array(SeriesSummary).parse(body);
    expect(series.map((s) => s.id).filter((id) => !id.startsWith('gwr-'))).toEqual(['gov-work-report', 'hailar-gwr', 'hubei-sthjt-gzyd', 'npc-gwr-resolution']);
    expect(series.filter((s) => s.id.startsWith('gwr-'))).toHaveLength(25);
    const gwr = series.find((s) => s.id === 'gov-work-report')!;
    expect(gwr.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    const hubei = series.find((s) => s.id === 'hubei-sthjt-gzyd')!;
    expect(hubei.issuer).toBe('湖北省生态环境厅');
    expect(hubei.years.map((y) => [y.year, y.coverage])).toEqual([[2023, 'excerpt'], [2024, 'full']]);
    expect(series.find((s) => s.id === 'hailar-gwr')!.years.map((y) => y.year)).toEqual([2012, 2013, 2014, 2015]);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{22}"$/);
  });
});

describe('GET /api/series/:series', () => {
  it('answers one series', async () => {
    const { res, body } = await json('/api/series/npc-gwr-resolution');
    expect(res.status).toBe(200);
    const s = SeriesSummary.parse(body);
    expect(s.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('answers 404 problem+json for an unknown series', async () => {
    const p = await expectProblem('/api/series/no-such-series', 404);
    expect(p.detail).toContain('no-such-series');
    expect(p.type).toBe('tag:plandiff,2026:problems/not-found');
    expect(p.code).toBe('NOT_FOUND');
  });

  it('refuses ids that could name a path outside fixtures/ with 400, never reading them', async () => {
    for (const path of [
      '/api/series/..%2F..%2Fetc',
      '/api/series/%2Fetc%2Fpasswd',
      '/api/series/..%5C..%5Cwindows',
      '/api/series/gov-work-report%2F..%2F..',
      '/api/series/..%2Ffixtures/plans/2024',
      '/api/series/gov-work-report/plans/..%2F2024',
      '/api/series/gov-work-report/plans/%2Fetc',
      '/api/series/GOV-WORK-REPORT',
    ]) {
      const p = await expectProblem(path, 400);
      expect(p.title).toBe('Bad request');
    }
  });

  it('never serves a file for a dot-dot path, plain or encoded (the URL resolves it, the route is unknown)', async () => {
    for (const path of ['/api/series/../../../etc/passwd', '/api/series/%2E%2E/%2E%2E/etc/passwd', '/api/series/%2e%2e']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('root:');
    }
  });
});

describe('GET /api/series/:series/plans/:year', () => {
  it('answers the parsed Plan of gov-work-report 2025, which carries the 5% GDP target text', async () => {
    const { res, body } = await json('/api/series/gov-work-report/plans/2025');
    expect(res.status).toBe(200);
    const plan = Plan.parse(body);
    expect(plan.id).toBe('gov-work-report/2025');
    expect(plan.year).toBe(2025);
    expect(plan.text).toContain('国内生产总值增长5%左右');
  });

  it('marks the Hubei 2023 excerpt as coverage excerpt', async () => {
    const plan = Plan.parse((await json('/api/series/hubei-sthjt-gzyd/plans/2023')).body);
    expect(plan.meta.coverage).toBe('excerpt');
  });

  it('answers 404 for a year that is not stored and 400 for one that is not a year', async () => {
    await expectProblem('/api/series/gov-work-report/plans/2019', 404);
    await expectProblem('/api/series/no-such-series/plans/2024', 404);
    await expectProblem('/api/series/gov-work-report/plans/20x5', 400);
    await expectProblem('/api/series/gov-work-report/plans/12345', 400);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await app.request('/api/series/gov-work-report/plans/2022');
    const head = await app.request('/api/series/gov-work-report/plans/2022', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(await head.text()).toBe('');
  });

  it('answers If-None-Match with 304 and the same ETag', async () => {
    const first = await app.request('/api/series/gov-work-report/plans/2024');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await app.request('/api/series/gov-work-report/plans/2024', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await again.text()).toBe('');
    const weak = await app.request('/api/series/gov-work-report/plans/2024', { headers: { 'If-None-Match': `W/${etag}` } });
    expect(weak.status).toBe(304);
    const other = await app.request('/api/series/gov-work-report/plans/2024', { headers: { 'If-None-Match': '"something-else"' } });
    expect(other.status).toBe(200);
    const otherYear = await app.request('/api/series/gov-work-report/plans/2023', { headers: { 'If-None-Match': etag } });
    expect(otherYear.status).toBe(200);
  });

  it('compresses JSON with br or gzip when asked, one ETag per coding, and 304 across codings', async () => {
    const plain = await app.request('/api/series/gov-work-report/plans/2025');
    const identity = Buffer.from(await plain.arrayBuffer());
    const br = await app.request('/api/series/gov-work-report/plans/2025', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(identity.length / 2);
    expect(brotliDecompressSync(brBytes).equals(identity)).toBe(true);
    const gz = await app.request('/api/series/gov-work-report/plans/2025', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(identity)).toBe(true);
    expect(new Set([plain.headers.get('etag'), br.headers.get('etag'), gz.headers.get('etag')]).size).toBe(3);
    const revalidate = await app.request('/api/series/gov-work-report/plans/2025', {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': br.headers.get('etag')! },
    });
    expect(revalidate.status).toBe(304);
    const refused = await app.request('/api/series/gov-work-report/plans/2025', { headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });
});

describe('GET /api/series/:series/compare', () => {
  it('compares 2024 → 2025 into a Comparison that validates against the contract schema', async () => {
    const { res, body } = await json('/api/series/gov-work-report/compare?from=2024&to=2025');
    expect(res.status).toBe(200);
    const comparison = Comparison.parse(body);
    expect(comparison.from).toEqual({ id: 'gov-work-report/2024', year: 2024 });
    expect(comparison.to).toEqual({ id: 'gov-work-report/2025', year: 2025 });
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await app.request('/api/series/gov-work-report/compare?from=2024&to=2025', {
      headers: { 'If-None-Match': res.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('compares in either order', async () => {
    const comparison = Comparison.parse((await json('/api/series/gov-work-report/compare?from=2025&to=2021')).body);
    expect(comparison.from.year).toBe(2025);
    expect(comparison.to.year).toBe(2021);
  });

  it('refuses the same year twice, missing or malformed years with 400 and unknown years with 404', async () => {
    const same = await expectProblem('/api/series/gov-work-report/compare?from=2024&to=2024', 400);
    expect(same.detail).toContain('different');
    await expectProblem('/api/series/gov-work-report/compare?from=2024', 400);
    await expectProblem('/api/series/gov-work-report/compare?from=abc&to=2025', 400);
    await expectProblem('/api/series/gov-work-report/compare?from=2024&to=2030', 404);
    await expectProblem('/api/series/nope/compare?from=2024&to=2025', 404);
  });
});

describe('GET /api/series/:series/targets', () => {
  it('answers the Timeline of a series over its stored years', async () => {
    const { res, body } = await json('/api/series/gov-work-report/targets');
    expect(res.status).toBe(200);
    const timeline = Timeline.parse(body);
    expect(timeline.series).toBe('gov-work-report');
    expect(timeline.years).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('answers 404 for an unknown series', async () => {
    await expectProblem('/api/series/unknown/targets', 404);
  });
});
