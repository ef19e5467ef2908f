// Issue 22, findings 2 and 6: a 5 MB body of 51,507 tiny file parts stalled /api/health 1.5 s inside FormData; a
// file part named .html with type=text/plain was parsed as HTML (the 2024 report → 1 task instead of 79).
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/server.js';
import { countParts } from '../src/body.js';
import { noticeBytes } from './notices.js';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer('127.0.0.1', 0, { webRoot: null, warm: false });
});
afterAll(() => running.close(1000));

/** A multipart body of `parts` tiny file parts (about 5 MB for 51,507 parts, as in the issue). */
function manyParts(parts: number): { body: Buffer; type: string } {
  const boundary = 'plandiffboundary7MA4YW';
  const part = `--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\n${'x'.repeat(8)}\r\n`;
  return { body: Buffer.from(part.repeat(parts) + `--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

/** POSTs `body` over a plain socket (one prepared write) and resolves with the raw answer once the server closes or answers. */
function rawPost(path: string, type: string, body: Buffer): Promise<string> {
  const { port } = new URL(running.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: ${type}\r\nContent-Length: ${body.byteLength}\r\nConnection: close\r\n\r\n`);
      socket.write(body);
    });
    let text = '';
    socket.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => resolve(text)).on('error', reject);
  });
}

describe('multipart bodies', () => {
  it('refuses 51,507 parts with 413 TOO_MANY_PARTS before parsing them; /api/health keeps answering meanwhile', async () => {
    const { body, type } = manyParts(51_507);
    expect(body.byteLength).toBeGreaterThan(5_000_000);
    expect(body.byteLength).toBeLessThan(5 * 1024 * 1024); // within the body limit: the part count refuses it
    await fetch(`${running.url}/api/health`); // the first answer of a fresh server compiles its routes
    // raw sockets: the client's own cost (this test process is the server too) stays off the measured loop
    const uploads = Array.from({ length: 5 }, () => rawPost('/api/parse', type, body));
    let longest = 0;
    let settled = false;
    void Promise.allSettled(uploads).then(() => (settled = true));
    while (!settled) {
      const started = performance.now();
      expect((await fetch(`${running.url}/api/health`)).status).toBe(200);
      longest = Math.max(longest, performance.now() - started);
      await new Promise((r) => setTimeout(r, 10));
    }
    // before: 1.5 s per body and 8.3 s for five; now each body is refused at its first chunk over 8 parts (well under
    // a millisecond of work on the loop); the bound is for the scheduling of a machine shared with other test runs
    expect(longest).toBeLessThan(500);
    for (const answer of await Promise.all(uploads)) {
      expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'TOO_MANY_PARTS', detail: expect.stringContaining('at most 8 parts') });
    }
  }, 60_000);

  it('counts parts by their delimiter lines only (a boundary inside content does not count)', () => {
    const { body, type } = manyParts(8);
    expect(countParts(body, type)).toBe(8);
    expect(() => countParts(manyParts(9).body, type)).toThrow('at most 8 parts');
    expect(() => countParts(body, 'multipart/form-data')).toThrow('no boundary');
    const inside = Buffer.from(`--b\r\nContent-Disposition: form-data; name="file"; filename="x.txt"\r\n\r\nsee --b here\r\n--b--\r\n`);
    expect(countParts(inside, 'multipart/form-data; boundary="b"')).toBe(1);
  });

  it('reads a part declared text/plain as text even when it is named .html (the 2024 report: 79 tasks)', async () => {
    const form = new FormData();
    form.append('file', new Blob([noticeBytes('gov-work-report', 2024)], { type: 'text/plain' }), '2024.html');
    const answer = await fetch(`${running.url}/api/parse`, { method: 'POST', body: form });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { tasks: unknown[] }).tasks).toHaveLength(79);
  });
});
