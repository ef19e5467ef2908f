import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Comparison } from '@plandiff/model';
import { createApp } from '../src/app.js';
import { Problem } from '../src/problem.js';
import { form, noticeBytes, pdfLikeBytes } from './notices.js';

const app = createApp({ webRoot: null });

function post(body: BodyInit | null, query = '', headers: Record<string, string> = {}) {
  return app.request(`/api/compare${query}`, { method: 'POST', body, headers });
}

async function comparisonOf(res: Response): Promise<Comparison> {
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('plandiff-comparison-schema')).toBe('2');
  return Comparison.parse(await res.json());
}

async function problemOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return Problem.parse(await res.json());
}

describe('POST /api/compare', () => {
  it('compares an uploaded DOCX (the 2025 Beijing report as published) with the stored 2026 report', async () => {
    const docx = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../packages/ingest/test/data/docx/beijing-2025.docx', import.meta.url))));
    const c = await comparisonOf(await post(form({ from: docx, to: 'gwr-beijing/2026' }, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')));
    expect(c.from.year).toBe(2025);
    expect(c.to.year).toBe(2026);
    // 2025: 地区生产总值增长5%左右 — the same target in the 2026 report's words is compared, not added or dropped
    const gdp = c.targets.find((t) => t.from?.metricKey === 'gdp_growth');
    expect(gdp?.from).toMatchObject({ value: 5, modifier: 'about' });
  });

  it('compares two uploaded notices (multipart from and to)', async () => {
    const c = await comparisonOf(await post(form({
      from: noticeBytes('npc-gwr-resolution', 2024), to: noticeBytes('npc-gwr-resolution', 2025),
    })));
    expect(c.schemaVersion).toBe(2);
  });

  it('compares an uploaded notice with a stored series/year given as a field, like the stored comparison', async () => {
    const c = await comparisonOf(await post(form({ from: noticeBytes('gov-work-report', 2024), to: 'gov-work-report/2025' })));
    expect(c.to).toEqual({ id: 'gov-work-report/2025', year: 2025 });
    const stored = Comparison.parse(await (await app.request('/api/series/gov-work-report/compare?from=2024&to=2025')).json());
    expect(c.summary).toEqual(stored.summary);
  });

  it('takes the stored side from the query for a multipart upload', async () => {
    const c = await comparisonOf(await post(form({ to: noticeBytes('npc-gwr-resolution', 2023) }), '?from=npc-gwr-resolution/2022'));
    expect(c.from).toEqual({ id: 'npc-gwr-resolution/2022', year: 2022 });
  });

  it('takes a raw body as the side the query leaves open', async () => {
    const c = await comparisonOf(await post(noticeBytes('npc-gwr-resolution', 2021), '?to=npc-gwr-resolution/2022', { 'Content-Type': 'text/plain' }));
    expect(c.to.id).toBe('npc-gwr-resolution/2022');
    const reverse = await comparisonOf(await post(noticeBytes('npc-gwr-resolution', 2021), '?from=npc-gwr-resolution/2022', { 'Content-Type': 'text/plain' }));
    expect(reverse.from.id).toBe('npc-gwr-resolution/2022');
  });

  it('passes the coverage of an uploaded excerpt to the comparison (Hubei 2023 is an excerpt)', async () => {
    const stored = Comparison.parse(await (await app.request('/api/series/hubei-sthjt-gzyd/compare?from=2023&to=2024')).json());
    const upload = (coverage: string) =>
      post(form({ from: noticeBytes('hubei-sthjt-gzyd', 2023), to: 'hubei-sthjt-gzyd/2024', fromCoverage: coverage }));
    const excerpt = await comparisonOf(await upload('excerpt'));
    expect(excerpt.summary).toEqual(stored.summary);
    expect(excerpt.summary.outside_excerpt).toBeGreaterThan(0);
    const full = await comparisonOf(await upload('full'));
    expect(full.summary.outside_excerpt ?? 0).toBe(0);
    expect(full.summary.added).toBeGreaterThan(excerpt.summary.added);
    const viaQuery = await comparisonOf(await post(noticeBytes('hubei-sthjt-gzyd', 2023), '?to=hubei-sthjt-gzyd/2024&coverage=excerpt', { 'Content-Type': 'text/plain' }));
    expect(viaQuery.summary).toEqual(stored.summary);
  });

  it('accepts a GBK upload against a stored year of the same series', async () => {
    await comparisonOf(await post(form({ from: noticeBytes('hailar-gwr', 2012), to: 'hailar-gwr/2013' })));
  });

  it('compares two stored years named as fields, the same as GET compare', async () => {
    const c = await comparisonOf(await post(form({ from: 'gov-work-report/2024', to: 'gov-work-report/2025' })));
    const stored = Comparison.parse(await (await app.request('/api/series/gov-work-report/compare?from=2024&to=2025')).json());
    expect(c).toEqual(stored);
  });

  it('refuses requests that leave a side open or name it twice (400)', async () => {
    await problemOf(await post(noticeBytes('npc-gwr-resolution', 2021), '', { 'Content-Type': 'text/plain' }), 400);
    await problemOf(await post(form({ from: noticeBytes('npc-gwr-resolution', 2021) })), 400);
    await problemOf(await post(form({ from: 'npc-gwr-resolution/2021', to: 'npc-gwr-resolution/2022' }), '?to=npc-gwr-resolution/2023'), 400);
    await problemOf(await post(form({ from: 'not a reference', to: 'npc-gwr-resolution/2022' })), 400);
    await problemOf(await post(null, '?from=npc-gwr-resolution/2021&to=npc-gwr-resolution/2021'), 400);
    await problemOf(await post(null, '?from=npc-gwr-resolution/2021&to=npc-gwr-resolution/2022&coverage=most'), 400);
  });

  it('answers 404 for a stored side that does not exist and refuses path tricks with 400', async () => {
    await problemOf(await post(form({ from: noticeBytes('npc-gwr-resolution', 2021), to: 'npc-gwr-resolution/2030' })), 404);
    await problemOf(await post(form({ from: noticeBytes('npc-gwr-resolution', 2021), to: '../fixtures/2024' })), 400);
    await problemOf(await post(null, '?from=%2Fetc%2Fpasswd&to=npc-gwr-resolution/2022'), 400);
  });

  it('refuses a PDF-like upload with 415/422 and an oversized body with 413', async () => {
    const res = await post(form({ from: pdfLikeBytes(), to: 'npc-gwr-resolution/2022' }, 'application/pdf'));
    expect([415, 422]).toContain(res.status);
    await problemOf(res, res.status);
    const small = createApp({ webRoot: null, maxBodyBytes: 4096 });
    const big = await small.request('/api/compare?to=gov-work-report/2025', {
      method: 'POST', body: noticeBytes('gov-work-report', 2024), headers: { 'Content-Type': 'text/plain' },
    });
    await problemOf(big, 413);
  });
});
