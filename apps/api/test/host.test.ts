// Issue 22, findings 4 and 6: a DNS-rebinding page (Host: evil.example, Origin: http://evil.example) passed the
// Origin check; Node's own 431 answer carried none of the security headers. Raw node:http requests, so the Host
// header is exactly what is sent.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/server.js';
import { HostPolicy, allowedHostsFromEnv } from '../src/host-check.js';

let running: RunningServer;
let port: number;
beforeAll(async () => {
  running = await startServer('127.0.0.1', 0, { webRoot: null, warm: false });
  port = Number(new URL(running.url).port);
});
afterAll(() => running.close(1000));

function send(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the Host header', () => {
  it('refuses a DNS-rebinding POST (Host: evil.example, Origin: http://evil.example) with 403 naming the hosts', async () => {
    const answer = await send('/api/parse', { Host: 'evil.example', Origin: 'http://evil.example', 'Content-Type': 'text/plain' }, 'POST', '一、总体要求\n（一）推进工作。');
    expect(answer.status).toBe(403);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    const problem = JSON.parse(answer.body) as { code: string; detail: string };
    expect(problem.code).toBe('HOST_NOT_ALLOWED');
    expect(problem.detail).toContain(`127.0.0.1:${port}`);
    expect(problem.detail).toContain('PLANDIFF_ALLOWED_HOSTS');
    // reads too: a rebinding page must not read stored answers or the viewer either
    expect((await send('/api/series', { Host: `evil.example:${port}` })).status).toBe(403);
    expect((await send('/', { Host: 'evil.example' })).status).toBe(403);
  });

  it('answers the listening address and localhost on its port, and nothing on another port', async () => {
    expect((await send('/api/health', { Host: `127.0.0.1:${port}` })).status).toBe(200);
    expect((await send('/api/health', { Host: `localhost:${port}` })).status).toBe(200);
    expect((await send('/api/health', { Host: `LOCALHOST:${port}` })).status).toBe(200);
    expect((await send('/api/health', { Host: `127.0.0.1:${port + 1}` })).status).toBe(403);
  });

  it('PLANDIFF_ALLOWED_HOSTS lists other names (with or without a port), and * turns the check off', () => {
    const listed = new HostPolicy(allowedHostsFromEnv({ PLANDIFF_ALLOWED_HOSTS: 'plandiff.example, intranet:8080' }));
    expect(listed.allows('plandiff.example')).toBe(true);
    expect(listed.allows('plandiff.example:443')).toBe(true);
    expect(listed.allows('intranet:8080')).toBe(true);
    expect(listed.allows('intranet:9090')).toBe(false);
    expect(listed.allows('evil.example')).toBe(false);
    expect(new HostPolicy(allowedHostsFromEnv({ PLANDIFF_ALLOWED_HOSTS: '*' })).allows('evil.example')).toBe(true);
    expect(allowedHostsFromEnv({ PLANDIFF_ALLOWED_HOSTS: '' })).toBeNull();
  });
});

describe("Node's own answers", () => {
  it('a request with 20 KiB of headers gets 431 problem+json with the same security headers as every answer', async () => {
    const health = await send('/api/health', { Host: `127.0.0.1:${port}` });
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
      });
      let text = '';
      socket.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => resolve(text)).on('error', reject);
    });
    const [head, body] = raw.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    const headers = new Map(head.split('\r\n').slice(1).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 2)]));
    for (const name of ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy']) {
      expect(headers.get(name), name).toBe(health.headers[name]);
    }
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.parse(body)).toMatchObject({ status: 431, title: 'Request header fields too large' });
  });
});
