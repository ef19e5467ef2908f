import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/server.js';
import { noticeBytes } from './notices.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

describe('graceful shutdown', () => {
  it('lets a request in flight finish, then stops accepting connections', async () => {
    const running = await startServer('127.0.0.1', 0, { webRoot: null });
    const { port } = new URL(running.url);
    const notice = noticeBytes('npc-gwr-resolution', 2023);
    // Send the headers and half the body, close the server, then send the rest.
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: Number(port), path: '/api/parse', method: 'POST',
          headers: { 'Content-Type': 'text/plain', 'Content-Length': notice.byteLength } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write(notice.subarray(0, 1000));
      setTimeout(() => req.end(notice.subarray(1000)), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const closed = running.close(5000);
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(body).text).toContain('2023年');
    await closed;
    await expect(fetch(`${running.url}/api/health`)).rejects.toThrow();
  });

  it('exits 0 on SIGTERM and SIGINT after printing its address (src/server.ts)', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        cwd: apiDir, env: { ...process.env, HOST: '127.0.0.1', PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 60_000);
        child.stdout.on('data', () => {
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(out).toContain(`${signal}: closing`);
      expect(out).toMatch(/GET \/api\/health 200 \d+\.\dms/);
    }
  }, 90_000); // starts the server twice through tsx

  it('`npm start` ends the server on SIGTERM to the process it started (every layer execs the next)', async () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    // the compiled server as a user starts it: without the test runner's NODE_OPTIONS (its @plandiff/source
    // condition would point plain node at the TypeScript sources)
    const { NODE_OPTIONS: _testConditions, ...userEnv } = process.env;
    const child = spawn('npm', ['start'], {
      cwd: root, env: { ...userEnv, HOST: '127.0.0.1', PORT: '0', PLANDIFF_SKIP_BUILD: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${out}${err}`)), 60_000);
      child.stdout.on('data', () => {
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM'); // to npm's own pid, as a process manager would
    await exited;
    for (let i = 0; i < 50 && !out.includes('SIGTERM: closing'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain('SIGTERM: closing');
    let stillListening = true;
    for (let i = 0; i < 50 && stillListening; i++) {
      stillListening = await fetch(`${url}/api/health`).then(() => true, () => false);
      if (stillListening) await new Promise((r) => setTimeout(r, 100));
    }
    expect(stillListening).toBe(false);
  }, 90_000);
});
