import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Plan } from '@plandiff/model';
import { parseNotice } from '@plandiff/parse';
import { createApp } from '../src/app.js';
import { DEFAULT_PLAN_POOL_LIMITS, PlanPool } from '../src/plan-pool.js';
import { Problem } from '../src/problem.js';
import { form, noticeBytes, pdfLikeBytes, storedNotices } from './notices.js';

const app = createApp({ webRoot: null });

function post(body: BodyInit, headers: Record<string, string> = {}, query = '') {
  return app.request(`/api/parse${query}`, { method: 'POST', body, headers });
}

async function problemOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return Problem.parse(await res.json());
}

describe('POST /api/parse', () => {
  it('parses a GBK notice sent raw (hailar-gwr 2013) and reports the detected encoding', async () => {
    const res = await post(noticeBytes('hailar-gwr', 2013), { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const plan = Plan.parse(await res.json());
    expect(['gb18030', 'gbk']).toContain(plan.meta.encoding);
    expect(plan.text).toContain('海拉尔区');
  });

  it('parses a notice sent as a multipart file, with coverage given as a field', async () => {
    const res = await post(form({ file: noticeBytes('hubei-sthjt-gzyd', 2023), coverage: 'excerpt' }));
    expect(res.status).toBe(200);
    const plan = Plan.parse(await res.json());
    expect(plan.meta.coverage).toBe('excerpt');
    expect(plan.text).toContain('2023年全省生态环境工作要点');
  });

  it('takes coverage from the query for a raw body, and defaults it to full', async () => {
    const bytes = noticeBytes('npc-gwr-resolution', 2024);
    const excerpt = Plan.parse(await (await post(bytes, { 'Content-Type': 'text/plain' }, '?coverage=excerpt')).json());
    expect(excerpt.meta.coverage).toBe('excerpt');
    const full = Plan.parse(await (await post(bytes, { 'Content-Type': 'text/plain' })).json());
    expect(full.meta.coverage).toBe('full');
    expect(full.text).toContain('2024年经济社会发展的总体要求');
  });

  it('answers the same bytes with the same ETag (parsed once per content hash)', async () => {
    const bytes = noticeBytes('npc-gwr-resolution', 2025);
    const a = await post(bytes, { 'Content-Type': 'text/plain' });
    const b = await post(bytes, { 'Content-Type': 'text/plain' });
    expect(a.headers.get('etag')).toBeTruthy();
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    expect(await a.text()).toBe(await b.text());
  });

  it('refuses a PDF-like body (random bytes after a PDF header) with a 415 or 422 problem carrying the reading code', async () => {
    const res = await post(pdfLikeBytes(), { 'Content-Type': 'application/octet-stream' });
    expect([415, 422]).toContain(res.status);
    const p = await problemOf(res, res.status);
    expect(p.code).toMatch(/^[A-Z_]+$/);
    expect(p.code).not.toBe('BINARY');
  });

  it('refuses a body declared as JSON or as an image with 415 before reading it', async () => {
    const p = await problemOf(await post('{"a":1}', { 'Content-Type': 'application/json' }), 415);
    expect(p.detail).toContain('application/json');
    expect(p.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    await problemOf(await post(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { 'Content-Type': 'image/png' }), 415);
  });

  it('reads a DOCX sent raw or as a multipart file (2025 Beijing report, saved by WPS) in the worker pool', async () => {
    const docx = readFileSync(fileURLToPath(new URL('../../../packages/ingest/test/data/docx/beijing-2025.docx', import.meta.url)));
    const raw = await post(new Uint8Array(docx), { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(raw.status).toBe(200);
    const plan = Plan.parse(await raw.json());
    expect(plan.meta.title).toBe('2025年北京市政府工作报告');
    expect(plan.meta.source).toEqual({ format: 'docx', member: null, pages: null, retrievedFrom: null });
    expect(plan.text).toContain('地区生产总值增长5%左右');
    expect(plan.sections.find((s) => s.label === '一、')?.origin).toEqual({ paragraph: 6 });
    const multipart = await post(form({ file: new Uint8Array(docx) }, 'application/octet-stream'));
    expect(multipart.status).toBe(200);
    expect(Plan.parse(await multipart.json()).meta.title).toBe('2025年北京市政府工作报告');
  });

  it("refuses Word's owner file (~$name.doc, 162 bytes) with 422 and code OWNER_FILE", async () => {
    const owner = new Uint8Array(162);
    owner.set([4, ...new TextEncoder().encode('wang')], 0);
    const p = await problemOf(await post(form({ file: owner }, 'application/msword', '~$告.doc')), 422);
    expect(p.code).toBe('OWNER_FILE');
    expect(p.detail).toContain('not the document');
  });

  it('refuses an empty body with 422 (EMPTY_FILE: there is nothing to read)', async () => {
    const p = await problemOf(await post(new Uint8Array(0), { 'Content-Type': 'text/plain' }), 422);
    expect(p.code).toBe('EMPTY_FILE');
  });

  it('refuses a 6 MB body with 413 while streaming, without reading it all', async () => {
    const chunk = new TextEncoder().encode('各地区各部门要坚持稳中求进工作总基调。'.repeat(1150)); // 65,550 bytes
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 6 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const res = await app.request('/api/parse', {
      method: 'POST', body, headers: { 'Content-Type': 'text/plain' }, duplex: 'half',
    } as RequestInit);
    const p = await problemOf(res, 413);
    expect(p.detail).toContain('5242880 bytes');
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(5 * 1024 * 1024 + 3 * chunk.byteLength);
  });

  it('refuses a body whose Content-Length is over the limit with 413 without reading a byte', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const res = await app.request('/api/parse', {
      method: 'POST', body, duplex: 'half',
      headers: { 'Content-Type': 'text/plain', 'Content-Length': String(6 * 1024 * 1024) },
    } as RequestInit);
    await problemOf(res, 413);
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pre-pull one chunk on creation; none is read
  });

  it('honours a smaller configured limit (maxBodyBytes)', async () => {
    const small = createApp({ webRoot: null, maxBodyBytes: 1000 });
    const res = await small.request('/api/parse', { method: 'POST', body: noticeBytes('npc-gwr-resolution', 2021) });
    const p = await problemOf(res, 413);
    expect(p.detail).toContain('1000 bytes');
  });

  it('answers 400 for a bad coverage value and for a multipart body without a file', async () => {
    await problemOf(await post(noticeBytes('npc-gwr-resolution', 2021), { 'Content-Type': 'text/plain' }, '?coverage=partial'), 400);
    await problemOf(await post(form({ coverage: 'full' })), 400);
    await problemOf(await post('--x\r\nbroken', { 'Content-Type': 'multipart/form-data; boundary=zzz' }), 400);
  });

  it('answers 100 concurrent uploads of the 41 real notices (16 + the 25 provincial reports of 2026), each with its own Plan', async () => {
    const notices = storedNotices(true);
    expect(notices).toHaveLength(41);
    const expected = new Map(
      await Promise.all(notices.map(async (n) => [
        `${n.series}/${n.year}`,
        JSON.stringify(await parseNotice(noticeBytes(n.series, n.year), { fileName: null, mediaType: 'text/plain' })),
      ] as const)),
    );
    // a queue long enough for all 100 and a budget a loaded CI machine meets: this test is about every answer being
    // the right Plan under concurrency (the queue bound's 503 has its own test in protection.test.ts)
    const pool = new PlanPool({ ...DEFAULT_PLAN_POOL_LIMITS, maxQueue: 100, budgetMs: 300_000 });
    const fresh = createApp({ webRoot: null, planPool: pool });
    const answers = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const n = notices[i % notices.length];
        const res = await fresh.request('/api/parse', {
          method: 'POST', body: noticeBytes(n.series, n.year), headers: { 'Content-Type': 'text/plain' },
        });
        return { n, status: res.status, text: await res.text() };
      }),
    );
    for (const { n, status, text } of answers) {
      expect(status, `${n.series}/${n.year}`).toBe(200);
      expect(text, `${n.series}/${n.year}`).toBe(expected.get(`${n.series}/${n.year}`));
      Plan.parse(JSON.parse(text));
    }
    const hailar = JSON.parse(answers.find((a) => a.n.series === 'hailar-gwr')!.text) as Plan;
    expect(['gb18030', 'gbk']).toContain(hailar.meta.encoding);
  }, 120_000); // parses all 41 notices twice: allow for a machine shared with other jobs
});
