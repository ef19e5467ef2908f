import { readFileSync } from 'node:fs';
import { parsePlan } from './parse-plan.js';
import { Deflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INGEST_LIMITS } from '../src/limits.js';
import { readSpreadsheet } from '../src/sheets/index.js';
import type { IngestHints, IngestedNotice } from '../src/types.js';
import { readZip, sniffMemberFormat } from '../src/zip.js';
import { buildZip } from './zip-helpers.js';

const data = (name: string) => new Uint8Array(readFileSync(new URL(`./data/sheets/${name}`, import.meta.url)));
const NOTICE = '国家税务总局江西省税务局2023年度拟录用公务员公示公告（第一批）.doc';
const LIST = '附件：国家税务总局江西省税务局2023年度拟录用公务员名单（第一批）.xls';

/** A member reader for the tests: records what it was given and returns the text as a notice. */
function recordingReader() {
  const calls: { name: string | undefined; format: string; length: number }[] = [];
  const read = async (bytes: Uint8Array, hints: IngestHints): Promise<IngestedNotice> => {
    calls.push({ name: hints.name, format: sniffMemberFormat(bytes, hints.name ?? ''), length: bytes.length });
    return { format: 'text', body: { kind: 'bytes', bytes }, title: null, pages: null, member: null, members: [], warnings: [] };
  };
  return { calls, read };
}

describe('a ZIP bundle: a notice and its attachment (tax-bundle-2023.zip, GBK names without the UTF-8 flag)', () => {
  it('lists both members with their sniffed formats and reads the .doc notice, not the .xls list', async () => {
    const reader = recordingReader();
    const notice = await readZip(data('tax-bundle-2023.zip'), {}, DEFAULT_INGEST_LIMITS, reader.read);
    expect(notice.format).toBe('zip');
    expect(notice.member).toBe(NOTICE);
    expect(notice.members.map((m) => `${m.name} (${m.format}) ${m.role}`)).toEqual([`${NOTICE} (doc) read`, `${LIST} (xls) attachment`]);
    expect(reader.calls).toEqual([{ name: NOTICE, format: 'doc', length: notice.members[0].bytes }]);
  });

  it('end to end with a DOC member reader (word-extractor): the notice is judged unusable NOT_A_PLAN_TEXT', async () => {
    const readDoc = async (bytes: Uint8Array): Promise<IngestedNotice> => {
      // word-extractor ships no types (ingest-core's DOC reader declares them); the test needs only extract → getBody
      const specifier: string = 'word-extractor';
      const { default: WordExtractor } = (await import(specifier)) as { default: new () => { extract(b: Buffer): Promise<{ getBody(): string }> } };
      const document = await new WordExtractor().extract(Buffer.from(bytes));
      const text = new TextEncoder().encode(document.getBody());
      return { format: 'doc', body: { kind: 'bytes', bytes: text }, title: null, pages: null, member: null, members: [], warnings: [] };
    };
    const notice = await readZip(data('tax-bundle-2023.zip'), {}, DEFAULT_INGEST_LIMITS, readDoc);
    const text = new TextDecoder().decode(notice.body.kind === 'bytes' ? notice.body.bytes : new Uint8Array());
    expect(text).toContain('国家税务总局江西省税务局2023年度\n拟录用公务员公示公告（第一批）');
    expect(parsePlan(text).quality).toEqual({ verdict: 'unusable', reasons: ['NOT_A_PLAN_TEXT'] });
  });

  it('hints.member picks the attachment (by index or name), read as a list of people', async () => {
    const readSheet = (bytes: Uint8Array, hints: IngestHints) => readSpreadsheet(bytes, 'xls', hints, DEFAULT_INGEST_LIMITS);
    for (const member of [2, LIST]) {
      const notice = await readZip(data('tax-bundle-2023.zip'), { member }, DEFAULT_INGEST_LIMITS, readSheet);
      expect(notice.member).toBe(LIST);
      expect(notice.members.map((m) => m.role)).toEqual(['attachment', 'read']);
      expect(notice.warnings.map((w) => w.code)).toEqual(['LIST_NOT_PLAN']);
    }
    await expect(readZip(data('tax-bundle-2023.zip'), { member: 3 }, DEFAULT_INGEST_LIMITS, readSheet)).rejects.toMatchObject({ code: 'NO_NOTICE_IN_BUNDLE' });
  });
});

describe('choosing the notice', () => {
  const text = (s: string) => new TextEncoder().encode(s);
  it('skips folders, __MACOSX/, ~$ owner files and Thumbs.db; prefers the 工作要点 over its 通知; UTF-8 names', async () => {
    const zip = buildZip([
      { name: '__MACOSX/._通知.txt', content: text('\u0000\u0005\u0016\u0007junk'), utf8: true },
      { name: '~$通知.doc', content: new Uint8Array(162).fill(1), utf8: true },
      { name: 'Thumbs.db', content: new Uint8Array(64), utf8: true },
      { name: '关于印发2024年工作要点的通知.txt', content: text('各处室：现将《2024年工作要点》印发给你们，请认真贯彻落实。'), utf8: true },
      { name: '附件/2024年全市生态环境工作要点.html', content: text('<html><head><title>2024年全市生态环境工作要点</title></head><body><p>一、深入打好蓝天保卫战</p></body></html>'), utf8: true },
      { name: 'photo.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), utf8: true },
    ]);
    const reader = recordingReader();
    const notice = await readZip(zip, {}, DEFAULT_INGEST_LIMITS, reader.read);
    expect(notice.member).toBe('附件/2024年全市生态环境工作要点.html');
    expect(notice.members.map((m) => [m.format, m.role])).toEqual([
      ['other', 'skipped'], ['other', 'skipped'], ['other', 'skipped'], ['text', 'attachment'], ['html', 'read'], ['other', 'skipped'],
    ]);
    expect(reader.calls.map((c) => c.name)).toEqual(['2024年全市生态环境工作要点.html']);
  });

  it('a bundle of nothing readable is NO_NOTICE_IN_BUNDLE, and the message lists what it holds', async () => {
    const zip = buildZip([{ name: 'photo.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), utf8: true }]);
    await expect(readZip(zip, {}, DEFAULT_INGEST_LIMITS, recordingReader().read)).rejects.toMatchObject({
      code: 'NO_NOTICE_IN_BUNDLE', message: expect.stringContaining('photo.png (other)'),
    });
  });

  it('a bundle inside a bundle is read one level deep; deeper is refused', async () => {
    const inner = buildZip([{ name: '2024年工作要点.txt', content: new TextEncoder().encode('一、总体要求'), utf8: true }]);
    const once = buildZip([{ name: 'inner.zip', content: inner, utf8: true }]);
    const notice = await readZip(once, {}, DEFAULT_INGEST_LIMITS, recordingReader().read);
    expect(notice.member).toBe('inner.zip/2024年工作要点.txt');
    const twice = buildZip([{ name: 'outer.zip', content: once, utf8: true }]);
    await expect(readZip(twice, {}, DEFAULT_INGEST_LIMITS, recordingReader().read)).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});

/** DEFLATE data of `megabytes` MB of zeros, made 1 MB at a time (the whole never sits in memory). */
function deflatedZeros(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < megabytes; i++) deflate.push(zeros, i === megabytes - 1);
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

describe('ZIP bombs and bounds are refused fast, never inflated to the end', () => {
  const bomb = deflatedZeros(100);

  it('a member declaring 10 KB that inflates to 100 MB of zeros stops at its declared size: TOO_LARGE', async () => {
    const zip = buildZip([{ name: '通知.txt', raw: bomb, declaredSize: 10_000, utf8: true }]);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    await expect(readZip(zip, {}, DEFAULT_INGEST_LIMITS, recordingReader().read)).rejects.toMatchObject({
      code: 'TOO_LARGE', message: expect.stringContaining('inflates past its declared 10000 bytes'),
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('a member declaring 1 GB is refused from the directory alone', async () => {
    const zip = buildZip([{ name: '通知.txt', raw: bomb, declaredSize: 1024 * 1024 * 1024, utf8: true }]);
    await expect(readZip(zip, {}, DEFAULT_INGEST_LIMITS, recordingReader().read)).rejects.toMatchObject({
      code: 'TOO_LARGE', message: expect.stringContaining('declares 1073741824 bytes'),
    });
  });

  it('members that together declare more than the bound, and too many members, are TOO_LARGE', async () => {
    const limits = { ...DEFAULT_INGEST_LIMITS, maxInflatedBytes: 30_000, maxMembers: 3 };
    const member = (name: string) => ({ name, content: new Uint8Array(20_000), utf8: true });
    await expect(readZip(buildZip([member('a.txt'), member('b.txt')]), {}, limits, recordingReader().read)).rejects.toMatchObject({
      code: 'TOO_LARGE', message: expect.stringContaining('declare 40000 bytes in all'),
    });
    const many = buildZip(['1', '2', '3', '4'].map((n) => ({ name: `${n}.txt`, content: new Uint8Array([0x41]), utf8: true })));
    await expect(readZip(many, {}, limits, recordingReader().read)).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('4 members') });
  });

  it('a truncated archive is TRUNCATED', async () => {
    const bytes = data('tax-bundle-2023.zip');
    await expect(readZip(bytes.subarray(0, bytes.length - 100), {}, DEFAULT_INGEST_LIMITS, recordingReader().read)).rejects.toMatchObject({ code: 'TRUNCATED' });
  });
});

describe('an XLSX that reaches the bundle reader', () => {
  it('is read as the workbook it is, not as a bundle of XML parts', async () => {
    const notice = await readZip(data('hubei-2024-task-table.xlsx'), { name: '任务分解表.xlsx' }, DEFAULT_INGEST_LIMITS, recordingReader().read);
    expect(notice.format).toBe('xlsx');
    expect(notice.members).toEqual([]);
    expect(notice.title).toBe('2024年全省生态环境工作要点任务分解表');
  });
});

describe('a password-protected bundle', () => {
  it('is ENCRYPTED, naming the members, rather than "no document"', async () => {
    const zip = buildZip([{ name: '2024年工作要点.docx', content: new Uint8Array(100), utf8: true }]);
    // set bit 0 (encrypted) of the general purpose flags in the local and the central header
    const view = new DataView(zip.buffer);
    view.setUint16(6, view.getUint16(6, true) | 1, true);
    const central = zip.length - 22 - (46 + new TextEncoder().encode('2024年工作要点.docx').length);
    view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
    await expect(readZip(zip, {}, DEFAULT_INGEST_LIMITS, recordingReader().read)).rejects.toMatchObject({
      code: 'ENCRYPTED', message: expect.stringContaining('2024年工作要点.docx'),
    });
  });
});

describe('an Excel "web page" saved as .xls inside a bundle', () => {
  it('is taken for the list it is, not for the notice, although its bytes are HTML', async () => {
    const text = (s: string) => new TextEncoder().encode(s);
    const rows = Array.from({ length: 60 }, (_, i) => `<tr><td>${i + 1}</td><td>考生${i + 1}</td><td>男</td></tr>`).join('');
    const zip = buildZip([
      { name: '拟录用人员名单.xls', content: text(`<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>序号</td><td>姓名</td><td>性别</td></tr>${rows}</table></body></html>`), utf8: true },
      { name: '说明.txt', content: text('关于拟录用人员的说明'), utf8: true },
    ]);
    const reader = recordingReader();
    const notice = await readZip(zip, {}, DEFAULT_INGEST_LIMITS, reader.read);
    expect(notice.members.map((m) => [m.name, m.format, m.role])).toEqual([['拟录用人员名单.xls', 'html', 'attachment'], ['说明.txt', 'text', 'read']]);
  });
});

describe('members the front door refuses', () => {
  it('an empty member is skipped, not a refusal of the whole bundle', async () => {
    const zip = buildZip([
      { name: '空白.txt', content: new Uint8Array(0), utf8: true },
      { name: '2024年工作要点.txt', content: new TextEncoder().encode('一、总体要求'), utf8: true },
    ]);
    const notice = await readZip(zip, {}, DEFAULT_INGEST_LIMITS, recordingReader().read);
    expect(notice.members.map((m) => [m.name, m.format, m.role])).toEqual([['空白.txt', 'other', 'skipped'], ['2024年工作要点.txt', 'text', 'read']]);
  });
});
