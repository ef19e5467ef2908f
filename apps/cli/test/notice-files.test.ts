import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';

/**
 * `plandiff add / parse / compare` on notices as people download them: a saved gov.cn-style page in
 * GBK with CRLF and a .htm name, a PDF, an empty file. Every input is built here from a real fixture.
 */
const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const source = (series: string, year: number) => join(fixtures, series, String(year), 'source.txt');
const hubeiText = readFileSync(source('hubei-sthjt-gzyd', 2024), 'utf8');

let dir: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s), fixturesDir: dir });
const listing = (root: string): string[] => readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-files-'));
  cpSync(join(fixtures, 'hubei-sthjt-gzyd'), join(dir, 'hubei-sthjt-gzyd'), { recursive: true });
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The Hubei 2024 notice as a page saved from a provincial site: gb2312 declared, GBK bytes, CRLF. */
function savedGbkPage(): Buffer {
  const paragraphs = hubeiText.split('\n').map((l) => l.trim()).filter((l) => l !== '')
    .map((l) => `<p>&nbsp;&nbsp;${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>工作要点</title>
<script>var a = "一、脚本";</script></head><body><div class="crumb">当前位置：首页 &gt; 政务公开</div>
<div class="TRS_Editor">${paragraphs.join('\n')}</div>
<div class="footer"><p>版权所有：湖北省生态环境厅 主办单位：湖北省生态环境厅</p><p>网站标识码：4200000036 鄂ICP备05003347号-1</p></div></body></html>`;
  return iconv.encode(page.replace(/\n/g, '\r\n'), 'gbk');
}

describe('plandiff add with a saved GBK .htm page', () => {
  it('stores the bytes untouched as source.htm, records gbk, and the plan has the 28 tasks of the scrape', async () => {
    const file = join(dir, 'notice.htm');
    writeFileSync(file, savedGbkPage());
    expect(await run('add', file, '--series', 'scratch-x', '--new-series', '--year', '2024', '--retrieved', '2024-02-21')).toBe(0);
    expect(err).toEqual([]);
    const stored = join(dir, 'scratch-x', '2024');
    expect(readFileSync(join(stored, 'source.htm')).equals(readFileSync(file))).toBe(true);
    expect(JSON.parse(readFileSync(join(stored, 'meta.json'), 'utf8'))).toMatchObject({ encoding: 'gbk', sourceFile: 'source.htm', retrievedOn: '2024-02-21' });
    out = [];
    expect(await run('parse', 'scratch-x/2024', '--json')).toBe(0);
    const plan = JSON.parse(out.join('\n'));
    expect(plan.tasks.filter((t: { number: string | null }) => t.number !== null)).toHaveLength(28);
    expect(plan.tasks.find((t: { id: string }) => t.id === 't2.3.7').assignments[0].lead).toEqual(['大气处']);
    expect(plan.text).not.toMatch(/版权所有|网站标识码|ICP备|脚本|当前位置/);
  });

  it('refuses when --year is not the year the notice names, and says why; --force stores it with the verdict', async () => {
    const file = join(dir, 'notice.htm');
    writeFileSync(file, savedGbkPage());
    expect(await run('add', file, '--series', 'scratch-x', '--new-series', '--year', '2030')).toBe(2);
    expect(err[0]).toMatch(/YEAR_MISMATCH \(the plan year given is 2030 but the notice names 2024/);
    expect(existsSync(join(dir, 'scratch-x'))).toBe(false);
    expect(await run('add', file, '--series', 'scratch-x', '--new-series', '--year', '2030', '--force')).toBe(0);
    expect(out.join('\n')).toMatch(/error YEAR_MISMATCH: the plan year given is 2030 but the notice names 2024/);
  });

  it('refuses --retrieved that is not a YYYY-MM-DD date before writing anything', async () => {
    const file = join(dir, 'notice.htm');
    writeFileSync(file, savedGbkPage());
    const before = listing(dir);
    for (const retrieved of ['yesterday', '2024-02-30', '20240221']) {
      err = [];
      expect(await run('add', file, '--series', 'scratch-x', '--new-series', '--year', '2024', '--retrieved', retrieved)).toBe(2);
      expect(err).toEqual([`plandiff: --retrieved must be a date written YYYY-MM-DD (e.g. 2024-02-20), not "${retrieved}"`]);
    }
    expect(listing(dir)).toEqual(before);
  });

  it('refuses a --url that is not an http(s) address before writing anything', async () => {
    const file = join(dir, 'notice.htm');
    writeFileSync(file, savedGbkPage());
    const before = listing(dir);
    expect(await run('add', file, '--series', 'scratch-x', '--new-series', '--year', '2024', '--url', 'sthjt.hubei.gov.cn/fbjd/t20240220_5088951.shtml')).toBe(2);
    expect(err).toEqual(['plandiff: --url must be the http(s) address the notice was published at, not "sthjt.hubei.gov.cn/fbjd/t20240220_5088951.shtml"']);
    expect(listing(dir)).toEqual(before);
    expect(await run('add', file, '--series', 'scratch-x', '--new-series', '--year', '2024', '--url', 'http://sthjt.hubei.gov.cn/fbjd/xxgkml/ghjh/202402/t20240220_5088951.shtml')).toBe(0);
  });

  it('refuses a Word file cut short with the file named in the one-line reason, writing nothing', async () => {
    const docx = join(dir, 'notice.docx');
    const whole = readFileSync(fileURLToPath(new URL('../../../packages/ingest/test/data/docx/beijing-2025.docx', import.meta.url)));
    writeFileSync(docx, whole.subarray(0, Math.floor(whole.length / 2)));
    const before = listing(dir);
    expect(await run('add', docx, '--series', 'scratch-x', '--new-series', '--year', '2024')).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toBe(`plandiff: ${docx}: "notice.docx" is a damaged or incomplete ZIP/Office file (its directory cannot be read — the download was probably cut short); download it again`);
    expect(listing(dir)).toEqual(before);
    expect(existsSync(join(dir, 'scratch-x'))).toBe(false);
  });
});

describe('plandiff add --force with an unusable file', () => {
  it('leaves the stored year exactly as it was', async () => {
    const stored = join(dir, 'hubei-sthjt-gzyd', '2024');
    const before = listing(stored).map((name) => [name, readFileSync(join(stored, name)).toString('base64')]);
    const pdf = join(dir, '2024.pdf');
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(hubeiText)]));
    expect(await run('add', pdf, '--series', 'hubei-sthjt-gzyd', '--year', '2024', '--force')).toBe(2);
    expect(err).toHaveLength(1);
    expect(listing(stored).map((name) => [name, readFileSync(join(stored, name)).toString('base64')])).toEqual(before);
  });
});

describe('plandiff parse / compare with notice files', () => {
  it('compare names which of the two files is unusable', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(await run('compare', source('hubei-sthjt-gzyd', 2024), empty)).toBe(2);
    expect(err).toEqual([`plandiff: ${empty}: "empty.txt" is empty: there is nothing to read`]);
  });

  it('parse <file> reads the year from the notice, or takes --year when the notice names none', async () => {
    expect(await run('parse', source('hubei-sthjt-gzyd', 2024), '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ id: 'untitled/2024', year: 2024 });
    // the 2024 resolution has no title or date line; its year is the one it approves (同意报告提出的2024年…)
    const resolution = source('npc-gwr-resolution', 2024);
    out = [];
    expect(await run('parse', resolution, '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ year: 2024 });
    const yearless = join(dir, 'resolution-without-year.txt');
    writeFileSync(yearless, readFileSync(resolution, 'utf8').replace('同意报告提出的2024年', '同意报告提出的'));
    out = [];
    expect(await run('parse', yearless, '--json')).toBe(0);
    expect(JSON.parse(out.join('\n')).year).toBeNull();
    out = [];
    expect(await run('parse', yearless, '--json', '--year', '2024')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ id: 'untitled/2024', year: 2024 });
    expect(await run('parse', yearless, '--year', 'next')).toBe(2);
    expect(err.at(-1)).toBe('plandiff: not a year: "next"');
  });

  it('parse series/year refuses --coverage and --year instead of ignoring them', async () => {
    expect(await run('parse', 'hubei-sthjt-gzyd/2024', '--coverage', 'excerpt')).toBe(2);
    expect(err.at(-1)).toBe('plandiff: --coverage describe a notice file; hubei-sthjt-gzyd/2024 is stored with its own (see its meta.json)');
    expect(await run('parse', source('hubei-sthjt-gzyd', 2024), '--coverage', 'partial')).toBe(2);
    expect(err.at(-1)).toBe('plandiff: --coverage must be full or excerpt, not partial');
  });
});

describe('plandiff check on an empty fixtures folder', () => {
  it('exits 2 with a one-line reason instead of passing with "0 of 0"', async () => {
    rmSync(join(dir, 'hubei-sthjt-gzyd'), { recursive: true });
    expect(await run('check')).toBe(2);
    expect(err).toEqual([`plandiff: no fixtures in ${dir}: nothing to check (is PLANDIFF_FIXTURES right?)`]);
  });
});
