import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { Comparison } from '@plandiff/model';
import { startServer, type RunningServer } from '../src/server.js';
import { noticeBytes } from './notices.js';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer('127.0.0.1', 0, { webRoot: null });
});
afterAll(async () => {
  await running.close(1000);
});

/** A raw HTTP/1.1 request (no URL normalisation by the client), answering status and body text. */
function raw(path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(running.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: Number(port), path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('over a real socket on 127.0.0.1', () => {
  it('listens on loopback and answers health and a compressed comparison', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${running.url}/api/health`)).status).toBe(200);
    const res = await fetch(`${running.url}/api/series/gov-work-report/compare?from=2024&to=2025`, {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    const c = Comparison.parse(await res.json());
    expect(c.to.year).toBe(2025);
  });

  it('answers 413 to an upload over the limit', async () => {
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x41);
    const res = await fetch(`${running.url}/api/parse`, { method: 'POST', body: big, headers: { 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('parses an upload over the socket', async () => {
    const res = await fetch(`${running.url}/api/parse`, {
      method: 'POST', body: noticeBytes('hailar-gwr', 2014), headers: { 'Content-Type': 'text/plain' },
    });
    expect(res.status).toBe(200);
  });

  it('never reaches outside fixtures/ with raw dot-dot or encoded paths', async () => {
    for (const path of ['/api/series/../../etc/passwd', '/api/series/..%2F..%2Fetc%2Fpasswd/plans/2024', '/api/series/%2e%2e/plans/2024']) {
      const res = await raw(path);
      expect([400, 404]).toContain(res.status);
      expect(res.body).not.toContain('root:');
    }
  });
});
