import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { Plan } from '@plandiff/model';
import { createApp, maxBodyFromEnv } from '../src/app.js';
import { listenAddress } from '../src/server.js';
import { Problem } from '../src/problem.js';

describe('GET /api/health', () => {
  it('answers ok with the parser version, never cached', async () => {
    const res = await createApp({ webRoot: null }).request('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { status: string; parserVersion: string };
    expect(body.status).toBe('ok');
    expect(body.parserVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('GET /api/openapi.json', () => {
  const app = createApp({ webRoot: null });

  it('describes every route, generated from the zod schemas of the model', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, unknown> } }>>;
      components: { schemas: Record<string, { properties: Record<string, unknown>; required: string[] }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/collections', '/api/collections/{id}', '/api/collections/{id}/outcomes', '/api/collections/{id}/targets', '/api/compare', '/api/health', '/api/parse',
      '/api/series', '/api/series/{series}', '/api/series/{series}/compare', '/api/series/{series}/outcomes', '/api/series/{series}/plans/{year}',
      '/api/series/{series}/targets',
    ]);
    expect(Object.keys(doc.components.schemas.Plan.properties).sort()).toEqual(Object.keys(Plan.shape).sort());
    for (const name of ['Plan', 'Comparison', 'Timeline', 'SeriesSummary', 'Section', 'Problem', 'Outcomes', 'CollectionOutcomes']) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    const compare = doc.paths['/api/compare'].post;
    expect(compare.parameters!.map((p) => `${p.in}:${p.name}`)).toEqual(expect.arrayContaining(['query:from', 'query:to', 'query:coverage']));
    expect(Object.keys(compare.requestBody!.content)).toEqual(expect.arrayContaining(['multipart/form-data', 'text/plain', 'text/html']));
    const plans = doc.paths['/api/series/{series}/plans/{year}'].get;
    expect(plans.parameters!.map((p) => `${p.in}:${p.name}`)).toEqual(['path:series', 'path:year']);
  });
});

describe('unknown routes', () => {
  const app = createApp({ webRoot: null });
  it('answers 404 problem+json for an unknown /api path, with no Allow header', async () => {
    for (const [method, path] of [['GET', '/api/nope'], ['GET', '/api'], ['POST', '/api/nope'], ['GET', '/api/series/gov-work-report/plans']]) {
      const res = await app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('allow')).toBeNull();
      const p = Problem.parse(await res.json());
      expect(p.instance).toBe(path);
    }
  });

  it('answers 405 problem+json with an Allow header for a wrong method on a known route (RFC 9110 §15.5.6)', async () => {
    const cases: [string, string, string][] = [
      ['GET', '/api/parse', 'POST'],
      ['GET', '/api/compare', 'POST'],
      ['POST', '/api/series', 'GET, HEAD'],
      ['DELETE', '/api/series/gov-work-report', 'GET, HEAD'],
      ['PUT', '/api/series/hubei-sthjt-gzyd/plans/2024', 'GET, HEAD'],
      ['POST', '/api/series/gov-work-report/compare?from=2024&to=2025', 'GET, HEAD'],
      ['PATCH', '/api/health', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('allow'), `${method} ${path}`).toBe(allow);
      const p = Problem.parse(await res.json());
      expect(p.status).toBe(405);
      expect(p.type).toBe('tag:plandiff,2026:problems/method-not-allowed');
      expect(p.instance).toBe(new URL(path, 'http://x').pathname);
      expect(p.detail).toContain(`not ${method}`);
    }
  });

  it('still answers the right method of a route that has a 405 for others', async () => {
    expect((await app.request('/api/series/npc-gwr-resolution')).status).toBe(200);
    expect((await app.request('/api/series/npc-gwr-resolution', { method: 'HEAD' })).status).toBe(200);
  });
});

describe('CORS', () => {
  it('is off by default', async () => {
    const res = await createApp({ webRoot: null }).request('/api/health', { headers: { Origin: 'https://example.org' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin when on, and exposes ETag', async () => {
    const res = await createApp({ webRoot: null, cors: true }).request('/api/health', { headers: { Origin: 'https://example.org' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('allows only the listed origins when given a list', async () => {
    const app = createApp({ webRoot: null, cors: ['https://viewer.example'] });
    const ok = await app.request('/api/health', { headers: { Origin: 'https://viewer.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://viewer.example');
    const other = await app.request('/api/health', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/api/parse', {
      method: 'OPTIONS', headers: { Origin: 'https://viewer.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });
});

describe('request log', () => {
  it('writes one line per request: method path status ms', async () => {
    const lines: string[] = [];
    const app = createApp({ webRoot: null, log: (line) => lines.push(line) });
    await app.request('/api/health');
    await app.request('/api/series/nope?x=1');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/api\/health 200 \d+\.\dms$/);
    expect(lines[1]).toMatch(/^GET \/api\/series\/nope 404 \d+\.\dms$/);
  });
});

describe('PLANDIFF_MAX_BODY', () => {
  it('reads a whole number of bytes and refuses anything else', () => {
    expect(maxBodyFromEnv({ PLANDIFF_MAX_BODY: '1048576' })).toBe(1048576);
    expect(maxBodyFromEnv({})).toBeUndefined();
    expect(() => maxBodyFromEnv({ PLANDIFF_MAX_BODY: '5MB' })).toThrow(/whole number of bytes/);
    expect(() => maxBodyFromEnv({ PLANDIFF_MAX_BODY: '0' })).toThrow(/whole number of bytes/);
  });
});

describe('HOST and PORT', () => {
  it('default to 127.0.0.1:8787 and are validated', () => {
    expect(listenAddress({})).toEqual({ host: '127.0.0.1', port: 8787 });
    expect(listenAddress({ HOST: '0.0.0.0', PORT: '0' })).toEqual({ host: '0.0.0.0', port: 0 });
    expect(() => listenAddress({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => listenAddress({ PORT: 'http' })).toThrow(/PORT/);
  });
});

describe('the viewer', () => {
  const root = mkdtempSync(join(tmpdir(), 'plandiff-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>plandiff viewer</title><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("viewer");');
  // what the web build writes next to each script (apps/web/precompress.ts)
  const bigScript = `const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `第${i}项`))};`;
  writeFileSync(join(root, 'assets', 'big.js'), bigScript);
  writeFileSync(join(root, 'assets', 'big.js.br'), brotliCompressSync(bigScript));
  writeFileSync(join(root, 'assets', 'big.js.gz'), gzipSync(bigScript));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const app = createApp({ webRoot: root });

  it('serves built files and falls back to index.html for client routes', async () => {
    const js = await app.request('/assets/app.js');
    expect(js.status).toBe(200);
    expect(await js.text()).toBe('console.log("viewer");');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await app.request('/series/gov-work-report/compare/2024/2025');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('plandiff viewer');
    const root = await app.request('/');
    expect(root.status).toBe(200);
    expect(root.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the build-time brotli or gzip copy of a script to a browser that accepts it, cached for a year', async () => {
    const br = await app.request('/assets/big.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(Buffer.byteLength(bigScript));
    expect(brotliDecompressSync(brBytes).toString()).toBe(bigScript);
    const gz = await app.request('/assets/big.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(bigScript);
    const plain = await app.request('/assets/big.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(bigScript);
  });

  it('answers 404, not the page, for a missing file', async () => {
    const missing = await app.request('/assets/missing-3f9a.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('plandiff viewer');
  });

  it('never falls back for /api paths and never serves outside its root', async () => {
    const api = await app.request('/api/unknown');
    expect(api.headers.get('content-type')).toBe('application/problem+json');
    const escape = await app.request('/assets/..%2F..%2F..%2Fetc%2Fpasswd');
    expect(await escape.text()).not.toContain('root:');
  });

  it('says how to build the viewer when dist is missing', async () => {
    const missing = createApp({ webRoot: join(root, 'no-such-dist') });
    const res = await missing.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('pnpm --filter @plandiff/web build');
  });
});
