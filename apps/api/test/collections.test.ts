import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CollectionSummary, CrossSection } from '@plandiff/model';
import { createApp } from '../src/app.js';
import { Problem } from '../src/problem.js';

const app = createApp({ webRoot: null });

async function expectProblem(path: string, status: number) {
  const res = await app.request(path);
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = Problem.parse(await res.json());
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
}

describe('GET /api/collections', () => {
  it('lists provincial-gwr: 31 provinces listed, 25 stored, the six others reported as not stored', async () => {
    const res = await app.request('/api/collections');
    expect(res.status).toBe(200);
    const list = z.array(CollectionSummary).parse(await res.json());
    const c = list.find((x) => x.id === 'provincial-gwr')!;
    expect(c.name.zh).toBe('省级政府工作报告');
    expect(c.reference).toBe('gov-work-report');
    expect(c.members).toHaveLength(31);
    expect(c.members.filter((m) => !m.stored).map((m) => m.id)).toEqual([
      'gwr-shanghai', 'gwr-zhejiang', 'gwr-hubei', 'gwr-guangdong', 'gwr-sichuan', 'gwr-xizang',
    ]);
    expect(c.years).toEqual([2025, 2026]);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{22}"$/);
  });

  it('answers one collection, 404 problem+json for an unknown one and 400 for an id that could name a path', async () => {
    const res = await app.request('/api/collections/provincial-gwr');
    expect(CollectionSummary.parse(await res.json()).series[0]).toBe('gwr-beijing');
    expect((await expectProblem('/api/collections/no-such', 404)).detail).toContain('no-such');
    await expectProblem('/api/collections/..%2F..%2Fetc', 400);
  });
});

describe('GET /api/collections/:id/targets?year=', () => {
  it('answers the CrossSection of 2026: 25 provinces ok, reference null (no national report of 2026 is stored)', async () => {
    const res = await app.request('/api/collections/provincial-gwr/targets?year=2026');
    expect(res.status).toBe(200);
    const cs = CrossSection.parse(await res.json());
    expect(cs).toMatchObject({ collection: 'provincial-gwr', year: 2026, reference: null });
    expect(cs.series?.filter((s) => s.status === 'ok')).toHaveLength(25);
    expect(cs.series?.find((s) => s.id === 'gwr-hebei')).toMatchObject({ status: 'ok', coverage: 'excerpt', name: '河北' });
    expect(cs.series?.find((s) => s.id === 'gwr-sichuan')).toMatchObject({ status: 'missing_series', coverage: null });
  });

  it('says missing_year for every member of a year nothing is stored for, instead of failing', async () => {
    const cs = CrossSection.parse(await (await app.request('/api/collections/provincial-gwr/targets?year=2024')).json());
    expect(new Set(cs.series?.map((s) => s.status))).toEqual(new Set(['missing_year', 'missing_series']));
    // no province has a 2024 report stored: every province cell is "not found" (no key), none "not set" (null);
    // rows, if any, come from the national reference of 2024 alone
    for (const row of cs.metrics) expect(Object.keys(row.values)).toEqual([]);
    expect(cs.reference?.year).toBe(2024);
    expect(cs.reference?.values.gdp_growth).toMatchObject({ value: 5, modifier: 'about' });
  });

  it('gives the 2025 cross-section from the 25 provincial reports stored as DOCX', async () => {
    const cs = CrossSection.parse(await (await app.request('/api/collections/provincial-gwr/targets?year=2025')).json());
    expect(cs.series?.filter((s) => s.status === 'ok')).toHaveLength(25);
    const gdp = cs.metrics.find((row) => row.metricKey === 'gdp_growth');
    // 2025年北京市政府工作报告: 地区生产总值增长5%左右
    expect(gdp?.values['gwr-beijing']).toMatchObject({ value: 5, modifier: 'about' });
  });

  it('answers If-None-Match with 304 and the same ETag', async () => {
    const first = await app.request('/api/collections/provincial-gwr/targets?year=2026');
    const etag = first.headers.get('etag')!;
    const again = await app.request('/api/collections/provincial-gwr/targets?year=2026', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
  });

  it('refuses a missing or malformed year with 400 and an unknown collection with 404', async () => {
    expect((await expectProblem('/api/collections/provincial-gwr/targets', 400)).detail).toContain('year');
    await expectProblem('/api/collections/provincial-gwr/targets?year=26', 400);
    await expectProblem('/api/collections/provincial-gwr/targets?year=1800', 400);
    await expectProblem('/api/collections/no-such/targets?year=2026', 404);
  });

  it('is described in the OpenAPI document with the CrossSection and CollectionSummary schemas', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/collections', '/api/collections/{id}', '/api/collections/{id}/targets']));
    expect(doc.paths['/api/collections/{id}/targets'].get.parameters?.map((p) => p.name)).toEqual(['id', 'year']);
    expect(doc.components.schemas).toHaveProperty('CrossSection');
    expect(doc.components.schemas).toHaveProperty('CollectionSummary');
  });
});
