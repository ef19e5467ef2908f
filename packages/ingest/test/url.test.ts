import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parsePlan } from './parse-plan.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INGEST_LIMITS } from '../src/limits.js';
import { readSpreadsheet } from '../src/sheets/index.js';
import { fetchNotice, readCoverPage, readNoticeAddress } from '../src/url/index.js';

const data = (name: string) => readFileSync(new URL(`./data/sheets/${name}`, import.meta.url));
/** a shared case the parse package already keeps a copy of (packages/parse/test/cases, PROVENANCE.md there) */
const sharedCase = (name: string) => readFileSync(new URL(`../../parse/test/cases/${name}`, import.meta.url));

const TITLE = '湖北省生态环境厅关于印发2024年全省生态环境工作要点的通知';
/** A site menu as government CMSs render it: many links, no text of the notice. */
const MENU = ['首页', '机构概况', '政务公开', '政策法规', '地方法规', '规范性文件', '政策解读', '环境质量', '信息公开目录', '依申请公开', '互动交流', '办事服务', '专题专栏']
  .map((name, i) => `<li><a href="/col/${i}/index.shtml">${name}</a></li>`).join('');

const COVER = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="${TITLE}"><meta name="PubDate" content="2024-02-20 09:30">
<title>${TITLE}_湖北省生态环境厅</title></head><body>
<div class="nav"><ul>${MENU}</ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zcfg/">政策法规</a></div>
<div class="article"><h1>${TITLE}</h1>
<p class="info">发布时间：2024-02-20　来源：湖北省生态环境厅　文号：鄂环发〔2024〕1号</p>
<p>各市、州、直管市及神农架林区生态环境局，厅机关各处室，各专员办、厅属各单位：</p>
<p>《2024年全省生态环境工作要点》已经第2次厅长办公会议审定通过，现印发给你们，请按要求落实。</p>
<p>湖北省生态环境厅</p><p>2024年2月20日</p>
<p>附件：</p>
<p><a href="./P020240220381230578196.ofd">1.2024年全省生态环境工作要点.ofd</a></p>
<p><a href="./P020240220381230578201.xlsx">2.2024年全省生态环境工作要点任务分解表.xlsx</a></p>
<p><a href="/attachment/download.jsp?id=3">附件3：联络员名单</a></p>
</div>
<div class="footer"><a href="/about.shtml">网站地图</a> <a href="/contact.shtml">联系我们</a> 主办：湖北省生态环境厅</div>
</body></html>`;

const PLAIN_NOTICE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年全市生态环境工作要点</title></head><body>
<div class="nav">${MENU}</div><h1>2024年全市生态环境工作要点</h1>
${'<p>一、深入打好蓝天保卫战。推进钢铁企业超低排放改造，加强重污染天气应对，完善大气污染联防联控机制。</p>'.repeat(40)}
<p>附件：<a href="/files/名单.xls">参会人员名单.xls</a></p></body></html>`;

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    const redirect = /^\/(r|s)(\d+)$/.exec(path);
    if (redirect) {
      const n = Number(redirect[2]);
      const last = redirect[1] === 'r' ? 5 : 6;
      // relative and absolute Location headers, as servers send both
      const next = n + 1 >= last ? '/zcfg/cover.shtml' : n % 2 ? `${redirect[1]}${n + 1}` : `${base}/${redirect[1]}${n + 1}`;
      return send(302, 'text/html', '', { location: next });
    }
    switch (path) {
      case '/zcfg/cover.shtml': return send(200, 'text/html; charset=utf-8', COVER);
      case '/zcfg/P020240220381230578201.xlsx': return send(200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data('hubei-2024-task-table.xlsx'));
      case '/zcfg/P020240220381230578196.ofd': return send(200, 'application/ofd', 'PK');
      case '/attachment/download.jsp': return send(200, 'application/vnd.ms-excel', data('publicity-hires-2023.xls'), { 'content-disposition': "attachment; filename*=UTF-8''%E8%81%94%E7%BB%9C%E5%91%98%E5%90%8D%E5%8D%95.xls" });
      case '/plain.shtml': return send(200, 'text/html; charset=utf-8', PLAIN_NOTICE);
      case '/gbk.html': return send(200, 'text/html; charset=gbk', sharedCase('gbk-http-charset-only.html'));
      case '/to-ftp': return send(301, 'text/html', '', { location: 'ftp://127.0.0.1/x.doc' });
      case '/endless': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(64 * 1024, 0x41);
        const pump = () => { while (res.write(chunk)) { /* fill the socket */ } };
        res.on('drain', pump);
        res.on('close', () => res.off('drain', pump));
        pump();
        return undefined;
      }
      case '/slow': {
        const timer = setTimeout(() => send(200, 'text/plain', 'late'), 5000);
        res.on('close', () => clearTimeout(timer));
        return undefined;
      }
      default: return send(404, 'text/html; charset=utf-8', '<h1>404 页面不存在</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const quick = { timeoutMs: 3000, maxBytes: 4 * 1024 * 1024 };

describe('a cover page with 附件', () => {
  it('is recognised as a cover: its attachments listed in order, title, date and 文号 taken from it', () => {
    const cover = readCoverPage(COVER, `${base}/zcfg/cover.shtml`);
    expect(cover.isCover).toBe(true);
    expect(cover.attachments.map((a) => [a.index, a.name, a.extension])).toEqual([
      [1, '1.2024年全省生态环境工作要点.ofd', 'ofd'],
      [2, '2.2024年全省生态环境工作要点任务分解表.xlsx', 'xlsx'],
      [3, '附件3：联络员名单', null],
    ]);
    expect(cover.attachments[1].url).toBe(`${base}/zcfg/P020240220381230578201.xlsx`);
    expect(cover.hints).toEqual({ title: TITLE, date: '2024-02-20', docNumber: '鄂环发〔2024〕1号' });
  });

  it('reads the plan attachment (not the OFD, not the 名单) and the tasks come through', async () => {
    const notice = await readNoticeAddress(`${base}/zcfg/cover.shtml`, quick);
    expect(notice.coverUrl).toBe(`${base}/zcfg/cover.shtml`);
    expect(notice.attachment?.index).toBe(2);
    expect(notice.sourceUrl).toBe(`${base}/zcfg/P020240220381230578201.xlsx`);
    expect(notice.fileName).toBe('2.2024年全省生态环境工作要点任务分解表.xlsx');
    expect(notice.retrievedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(notice.hints?.docNumber).toBe('鄂环发〔2024〕1号');
    const sheet = await readSpreadsheet(notice.bytes, 'xlsx', { name: notice.fileName }, DEFAULT_INGEST_LIMITS);
    const plan = parsePlan(sheet.body.kind === 'html' ? sheet.body.html : '');
    expect(plan.tasks).toHaveLength(25);
    expect(plan.tasks[0].assignments[0].lead).toEqual(['环评处']);
  });

  it('--attachment picks by index or name; an OFD is refused with what to do; a missing one lists them', async () => {
    const byName = await readNoticeAddress(`${base}/zcfg/cover.shtml`, { ...quick, attachment: '联络员名单' });
    expect(byName.attachment?.index).toBe(3);
    expect(byName.fileName).toBe('联络员名单.xls');
    await expect(readNoticeAddress(`${base}/zcfg/cover.shtml`, { ...quick, attachment: 1 })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('is an OFD file, which plandiff does not read: take the PDF or Word version'),
    });
    await expect(readNoticeAddress(`${base}/zcfg/cover.shtml`, { ...quick, attachment: 9 })).rejects.toMatchObject({
      code: 'NO_NOTICE_IN_BUNDLE', message: expect.stringContaining('1. 1.2024年全省生态环境工作要点.ofd; 2. 2.2024年'),
    });
  });

  it('a page that carries the notice itself is read as the page, even when it links a list', async () => {
    const notice = await readNoticeAddress(`${base}/plain.shtml`, quick);
    expect(notice.coverUrl).toBeNull();
    expect(notice.attachment).toBeNull();
    expect(notice.attachments.map((a) => a.name)).toEqual(['参会人员名单.xls']);
    expect(notice.fileName).toBe('plain.shtml');
    expect(new TextDecoder().decode(notice.bytes)).toBe(PLAIN_NOTICE);
  });
});

describe('fetching under bounds', () => {
  it('follows 5 redirects (relative and absolute) and records the final URL', async () => {
    const notice = await fetchNotice(`${base}/r0`, quick);
    expect(notice.finalUrl).toBe(`${base}/zcfg/cover.shtml`);
    expect(new TextDecoder().decode(notice.bytes)).toBe(COVER);
  });

  it('refuses a 6th redirect, and a redirect to another scheme', async () => {
    await expect(fetchNotice(`${base}/s0`, quick)).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('redirects more than 5 times') });
    await expect(fetchNotice(`${base}/to-ftp`, quick)).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('only http and https') });
    await expect(fetchNotice('file:///etc/passwd', quick)).rejects.toMatchObject({ code: 'FETCH_FAILED' });
  });

  it('passes a GBK page whose charset is only in the HTTP header to parse with that charset', async () => {
    const page = await fetchNotice(`${base}/gbk.html`, quick);
    expect(page.mediaType).toBe('text/html; charset=gbk');
    const plan = parsePlan(page.bytes, { mediaType: page.mediaType, sourceUrl: page.finalUrl });
    expect(plan.meta.encoding).toBe('gbk');
    expect(plan.meta.sourceUrl).toBe(`${base}/gbk.html`);
    expect(plan.tasks.find((t) => t.number === '1')?.assignments[0]?.lead).toEqual(['市大气办']);
  });

  it('a 404 is FETCH_FAILED with the status', async () => {
    await expect(fetchNotice(`${base}/zcfg/gone.shtml`, quick)).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('answered HTTP 404') });
  });

  it('an endless body is cut at the bound: TOO_LARGE', async () => {
    await expect(fetchNotice(`${base}/endless`, { timeoutMs: 5000, maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'TOO_LARGE', message: expect.stringContaining('sent more than 1048576 bytes'),
    });
  });

  it('a server that does not answer in time is FETCH_FAILED', async () => {
    const started = performance.now();
    await expect(fetchNotice(`${base}/slow`, { timeoutMs: 300, maxBytes: 1024 })).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('did not answer within 300 ms') });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('an attachment linked twice (an icon, then its name)', () => {
  it('is listed once, under its name', () => {
    const page = '<html><body><p>附件：</p><a href="/f/P0202.docx"><img src="/i/doc.png"></a> <a href="/f/P0202.docx">2024年工作要点.docx</a></body></html>';
    expect(readCoverPage(page, 'http://127.0.0.1/x.html').attachments.map((a) => [a.index, a.name])).toEqual([[1, '2024年工作要点.docx']]);
  });
});
