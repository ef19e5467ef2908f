// Issue 12: one upload can never stop the service. Each finding of the issue is reproduced here against the real
// app (and, where the event loop matters, a real socket). Costs are measured in bench/, never timed here.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { Plan, type SeriesSummary } from '@plandiff/model';
import { Corpus } from '@plandiff/corpus';
import { createApp } from '../src/app.js';
import { startServer } from '../src/server.js';
import { DEFAULT_PLAN_POOL_LIMITS, PlanPool, type PlanPoolLimits } from '../src/plan-pool.js';
import { noticeBytes } from './notices.js';

const encoder = new TextEncoder();
const pools: PlanPool[] = [];
function pool(limits: Partial<PlanPoolLimits> = {}): PlanPool {
  const p = new PlanPool({ ...DEFAULT_PLAN_POOL_LIMITS, threads: 1, ...limits });
  pools.push(p);
  return p;
}
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

/** The upload: a plan line `增长` + 500,000 spaces + `1%` (froze the server for 299 s before). */
const SPACES_UPLOAD = encoder.encode(`2025年全市工作要点\n一、总体要求\n（一）推动经济增长。地区生产总值增长5%左右。\n增长${' '.repeat(500_000)}1%\n`);
/** A notice the parser needs seconds for: a line of 1.5 MB of `5%` (linear, but slow enough to outlast a 1 s budget). */
const SLOW_UPLOAD = encoder.encode(`2025年全市工作要点\n一、总体要求\n（一）推动经济增长。\n${'5%'.repeat(750_000)}\n（二）稳定就业。\n`);

describe('uploads run off the event loop', () => {
  it('answers the 500k-space upload with its plan, while /api/health keeps answering', async () => {
    // a budget far over the parse (≈ 0.1 s idle): under CI's load a cold worker thread once took the default 20 s
    const running = await startServer('127.0.0.1', 0, { webRoot: null, warm: false, planPool: pool({ budgetMs: 120_000 }) });
    try {
      const upload = fetch(`${running.url}/api/parse`, { method: 'POST', body: SPACES_UPLOAD, headers: { 'Content-Type': 'text/plain' } });
      const health = await fetch(`${running.url}/api/health`);
      expect(health.status).toBe(200);
      const res = await upload;
      expect(res.status).toBe(200);
      const plan = Plan.parse(await res.json());
      expect(plan.tasks.map((t) => t.text).join('\n')).toContain('地区生产总值增长5%左右');
    } finally {
      await running.close(1000);
    }
  });

  it('stops a job over the time budget with 503 problem+json and Retry-After; health answered meanwhile', async () => {
    const running = await startServer('127.0.0.1', 0, { webRoot: null, warm: false, planPool: pool({ budgetMs: 1000 }) });
    try {
      let uploadDone = false;
      const upload = fetch(`${running.url}/api/parse`, { method: 'POST', body: SLOW_UPLOAD, headers: { 'Content-Type': 'text/plain' } })
        .finally(() => (uploadDone = true));
      await new Promise((r) => setTimeout(r, 300)); // the job is running in its thread now
      const health = await fetch(`${running.url}/api/health`);
      expect(health.status).toBe(200);
      expect(uploadDone).toBe(false); // health was answered while the upload was still being parsed
      const res = await upload;
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('retry-after')).toBe('5');
      const body = (await res.json()) as { code: string; detail: string };
      expect(body.code).toBe('TIME_BUDGET');
      expect(body.detail).toContain('1 s budget');
    } finally {
      await running.close(1000);
    }
  });

  it('refuses an upload beyond the queue bound with 503 busy and Retry-After', async () => {
    const app = createApp({ webRoot: null, planPool: pool({ maxQueue: 0, budgetMs: 30_000 }) });
    const post = (body: Uint8Array<ArrayBuffer>) => app.request('/api/parse', { method: 'POST', body, headers: { 'Content-Type': 'text/plain' } });
    const answers = await Promise.all([post(noticeBytes('gov-work-report', 2025)), post(noticeBytes('npc-gwr-resolution', 2024))]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 503]); // one thread, no queue: one is read, one refused
    const refused = answers.find((r) => r.status === 503)!;
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(((await refused.json()) as { code: string }).code).toBe('BUSY');
  });
});

describe('a client that goes away', () => {
  it('stops its job: the worker is free again long before the upload would have been parsed', async () => {
    const planPool = pool({ budgetMs: 120_000 });
    const running = await startServer('127.0.0.1', 0, { webRoot: null, warm: false, planPool });
    try {
      // about 3 MB of `5%` in a plan: ~18 s of parsing here (linear, see bench:adversarial), far beyond the wait below
      const huge = encoder.encode(`2025年全市工作要点\n一、总体要求\n（一）推动经济增长。地区生产总值增长5%左右。\n${'5%'.repeat(1_500_000)}\n（二）稳定就业。城镇新增就业1万人。\n`);
      const client = new AbortController();
      const upload = fetch(`${running.url}/api/parse`, { method: 'POST', body: huge, headers: { 'Content-Type': 'text/plain' }, signal: client.signal })
        .catch((error: unknown) => error);
      for (let i = 0; i < 100 && planPool.load().inFlight === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(planPool.load().inFlight).toBe(1);
      client.abort();
      await upload;
      for (let i = 0; i < 100 && planPool.load().inFlight > 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(planPool.load().inFlight).toBe(0);
    } finally {
      await running.close(1000);
    }
  });
});

describe('output bounds', () => {
  it('refuses a plan with more tasks than the limit with 422 TOO_MANY_TASKS', async () => {
    const output = { ...DEFAULT_PLAN_POOL_LIMITS.output, maxTasks: 20 };
    const app = createApp({ webRoot: null, planPool: pool({ output }) });
    const res = await app.request('/api/parse', { method: 'POST', body: noticeBytes('gov-work-report', 2025), headers: { 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe('TOO_MANY_TASKS');
    expect(body.detail).toMatch(/reads as \d+ tasks, over the limit of 20/);
  });

  it('refuses 5 MiB of `（一）` labels (a 97 MB Plan before) by its task limit', async () => {
    const app = createApp({ webRoot: null, planPool: pool(), maxBodyBytes: 6 * 1024 * 1024 });
    const labels = encoder.encode(`2025年全市工作要点\n一、总体要求\n${'（一）\n'.repeat(200_000)}`);
    const res = await app.request('/api/parse', { method: 'POST', body: labels, headers: { 'Content-Type': 'text/plain' } });
    expect([422, 503]).toContain(res.status); // refused by the task limit, or by the time budget on a slow machine
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('headers and input rules', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'plandiff-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>plandiff</title>');
  const app = createApp({ webRoot, planPool: pool() });

  it.each(['/', '/api/health', '/api/series'])('%s carries CSP, nosniff and Referrer-Policy', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses a cross-origin text/plain POST (a CORS "simple" request) with 403', async () => {
    const res = await app.request('http://127.0.0.1:8787/api/parse', {
      method: 'POST', body: noticeBytes('npc-gwr-resolution', 2024),
      headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toContain('https://evil.example');
    const site = await app.request('http://127.0.0.1:8787/api/compare?to=gov-work-report/2025', {
      method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(site.status).toBe(403);
  });

  it('answers a same-origin POST and one without Origin (curl, the CLI)', async () => {
    for (const headers of [{ Origin: 'http://127.0.0.1:8787', 'Sec-Fetch-Site': 'same-origin' }, {}] as Record<string, string>[]) {
      const res = await app.request('http://127.0.0.1:8787/api/parse', {
        method: 'POST', body: noticeBytes('npc-gwr-resolution', 2024), headers: { 'Content-Type': 'text/plain', ...headers },
      });
      expect(res.status).toBe(200);
    }
  });

  it('refuses a gzip-encoded body with 415 saying so (not "contains NUL bytes")', async () => {
    const res = await app.request('/api/parse', {
      method: 'POST', body: new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]),
      headers: { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' },
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('accept-encoding')).toBe('identity');
    const body = (await res.json()) as { detail: string; code: string };
    expect(body.code).toBe('CONTENT_ENCODING');
    expect(body.detail).toContain('Content-Encoding "gzip"');
  });
});

describe('aborted requests', () => {
  it('are logged as INFO, not as an ERROR with a stack', async () => {
    const lines: string[] = [];
    const running = await startServer('127.0.0.1', 0, { webRoot: null, warm: false, planPool: pool(), log: (l) => lines.push(l) });
    try {
      const { port } = new URL(running.url);
      await new Promise<void>((resolve) => {
        const req = httpRequest({ host: '127.0.0.1', port: Number(port), path: '/api/parse', method: 'POST', headers: { 'Content-Type': 'text/plain', 'Content-Length': 100_000 } });
        req.on('error', () => resolve());
        req.write('2025年全市工作要点\n');
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 200);
      });
      for (let i = 0; i < 50 && !lines.some((l) => l.includes('/api/parse')); i++) await new Promise((r) => setTimeout(r, 20));
      expect(lines.filter((l) => l.startsWith('ERROR'))).toEqual([]);
      expect(lines).toContainEqual(expect.stringMatching(/^INFO POST \/api\/parse: the client aborted the request$/));
    } finally {
      await running.close(1000);
    }
  });
});

describe('a broken fixture', () => {
  it('leaves /api/series 200 with the healthy series and marks the broken file; its plan answers 500 naming it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plandiff-broken-'));
    const fixtures = new URL('../../../fixtures/', import.meta.url);
    for (const series of ['npc-gwr-resolution', 'hailar-gwr']) cpSync(new URL(`${series}/`, fixtures), join(root, series), { recursive: true });
    writeFileSync(join(root, 'npc-gwr-resolution', '2023', 'meta.json'), '{"sourceUrl": "javascript:alert(1)"}');
    const app = createApp({ webRoot: null, corpus: new Corpus(root), planPool: pool() });
    const res = await app.request('/api/series');
    expect(res.status).toBe(200);
    const list = (await res.json()) as SeriesSummary[];
    expect(list.map((s) => s.id)).toEqual(['hailar-gwr', 'npc-gwr-resolution']);
    const npc = list.find((s) => s.id === 'npc-gwr-resolution')!;
    expect(npc.years.map((y) => y.year)).toEqual([2021, 2022, 2024, 2025]);
    expect(npc.broken?.[0].path).toBe('npc-gwr-resolution/2023/meta.json');
    const plan = await app.request('/api/series/npc-gwr-resolution/plans/2023');
    expect(plan.status).toBe(500);
    expect(((await plan.json()) as { detail: string }).detail).toContain('fixtures/npc-gwr-resolution/2023/meta.json cannot be read');
  });
});
