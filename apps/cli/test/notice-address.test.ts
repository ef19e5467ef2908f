import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';

/**
 * `plandiff add <url>` and `plandiff parse <url>` against a local server: a cover page (the Hubei 2024 notice's,
 * 鄂环发〔2024〕1号) whose 附件 link serves the notice as HTML, and a GBK page whose charset is only in the header.
 */
const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const hubeiText = readFileSync(join(fixtures, 'hubei-sthjt-gzyd', '2024', 'source.txt'), 'utf8');
const gbkPage = readFileSync(fileURLToPath(new URL('../../../packages/parse/test/cases/gbk-http-charset-only.html', import.meta.url)));
const TITLE = '湖北省生态环境厅关于印发2024年全省生态环境工作要点的通知';

const cover = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="${TITLE}">
<meta name="PubDate" content="2024-02-20"><title>${TITLE}_湖北省生态环境厅</title></head><body>
<h1>${TITLE}</h1><p>文号：鄂环发〔2024〕1号</p>
<p>《2024年全省生态环境工作要点》已经第2次厅长办公会议审定通过，现印发给你们，请按要求落实。</p>
<p><a href="/attachment/download.jsp?id=1">附件：2024年全省生态环境工作要点</a></p>
<p><a href="/attachment/P020240220.ofd">附件（OFD版）</a></p></body></html>`;
const attachment = `<html><head><meta charset="utf-8"><title>2024年全省生态环境工作要点</title></head><body>${
  hubeiText.split('\n').filter((l) => l.trim() !== '').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</body></html>`;

let server: Server;
let base = '';
let dir: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s), fixturesDir: dir });

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/cover.shtml') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(cover);
    if (path === '/old-cover') return void res.writeHead(301, { location: '/cover.shtml' }).end();
    if (path === '/attachment/download.jsp') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(attachment);
    if (path === '/gbk.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=gbk' }).end(gbkPage);
    return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-address-'));
  cpSync(join(fixtures, 'hubei-sthjt-gzyd'), join(dir, 'hubei-sthjt-gzyd'), { recursive: true });
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a web address in place of a file', () => {
  it('parse <url>: decodes with the HTTP charset and records the final URL', async () => {
    expect(await run('parse', `${base}/gbk.html`, '--json')).toBe(0);
    const plan = JSON.parse(out.join('\n'));
    expect(plan.meta.encoding).toBe('gbk');
    expect(plan.meta.sourceUrl).toBe(`${base}/gbk.html`);
    expect(plan.tasks.filter((t: { number: string | null }) => t.number !== null)).toHaveLength(3);
    expect(err.join('\n')).toContain(`fetched ${base}/gbk.html`);
  });

  it('add <cover url>: reads its 附件, records the final URL, the day and the cover page in meta.json', async () => {
    const code = await run('add', `${base}/old-cover`, '--series', 'hubei-sthjt-gzyd', '--year', '2024', '--force');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toContain(`fetched ${base}/attachment/download.jsp?id=1`);
    expect(out[0]).toContain('Other attachments (--attachment N): 2. 附件（OFD版）');
    const meta = JSON.parse(readFileSync(join(dir, 'hubei-sthjt-gzyd', '2024', 'meta.json'), 'utf8'));
    expect(meta.sourceUrl).toBe(`${base}/attachment/download.jsp?id=1`);
    expect(meta.retrievedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(meta.notes).toBe(`Attachment 1 of 2 (附件：2024年全省生态环境工作要点) of the cover page ${base}/cover.shtml (${TITLE}; 2024-02-20; 鄂环发〔2024〕1号).`);
    expect(readdirSync(join(dir, 'hubei-sthjt-gzyd', '2024'))).toContain('source.html');
  });

  it('refuses an OFD attachment, a 404 and --attachment with a file, each with a reason (exit 2)', async () => {
    expect(await run('parse', `${base}/cover.shtml`, '--attachment', '2')).toBe(2);
    expect(err.pop()).toContain('is an OFD file, which plandiff does not read');
    expect(await run('parse', `${base}/nothing.shtml`)).toBe(2);
    expect(err.pop()).toContain('answered HTTP 404');
    expect(await run('parse', join(fixtures, 'hubei-sthjt-gzyd', '2024', 'source.txt'), '--attachment', '1')).toBe(2);
    expect(err.pop()).toContain('--attachment applies to a web address');
  });
});
