import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const corpusSource = (series: string, year: number) => join(fixtures, series, String(year), 'source.txt');

let dir: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s), fixturesDir: dir });

/** sha256 of every file below a folder, so a test can show nothing changed. */
function treeHash(root: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      h.update(p.slice(root.length));
      if (e.isDirectory()) walk(p);
      else h.update(readFileSync(p));
    }
  };
  walk(root);
  return h.digest('hex');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-'));
  cpSync(join(fixtures, 'npc-gwr-resolution'), join(dir, 'npc-gwr-resolution'), { recursive: true });
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('plandiff add', () => {
  it('refuses to overwrite an existing series/year without --force: exit 2, one-line reason, nothing changed', async () => {
    const before = treeHash(dir);
    const code = await run('add', corpusSource('npc-gwr-resolution', 2024), '--series', 'npc-gwr-resolution', '--year', '2024');
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/npc-gwr-resolution\/2024 exists already; add --force/);
    expect(treeHash(dir)).toBe(before);
  });

  it('adds a new year of a real notice with its bytes untouched, meta.json and plan.json', async () => {
    rmSync(join(dir, 'npc-gwr-resolution', '2025'), { recursive: true });
    const code = await run('add', corpusSource('npc-gwr-resolution', 2025), '--series', 'npc-gwr-resolution', '--year', '2025',
      '--url', 'https://example.org/npc-2025');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const stored = join(dir, 'npc-gwr-resolution', '2025');
    expect(readFileSync(join(stored, 'source.txt')).equals(readFileSync(corpusSource('npc-gwr-resolution', 2025)))).toBe(true);
    const meta = JSON.parse(readFileSync(join(stored, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ sourceUrl: 'https://example.org/npc-2025', coverage: 'full', encoding: 'utf-8', sourceFile: 'source.txt' });
    const plan = JSON.parse(readFileSync(join(stored, 'plan.json'), 'utf8'));
    expect(plan.id).toBe('npc-gwr-resolution/2025');
    expect(plan.text).toContain('同意报告提出的2025年经济社会发展的总体要求、政策取向和工作任务，决定批准这个报告');
    expect(out.join('\n')).toContain('added npc-gwr-resolution/2025');
  });

  it('replaces an existing year with --force', async () => {
    const code = await run('add', corpusSource('npc-gwr-resolution', 2024), '--series', 'npc-gwr-resolution', '--year', '2024', '--force',
      '--notes', 're-imported');
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'npc-gwr-resolution', '2024', 'meta.json'), 'utf8')).notes).toBe('re-imported');
  });

  it('refuses an empty file with exit 2 and writes nothing', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const before = treeHash(dir);
    expect(await run('add', empty, '--series', 'new-series', '--year', '2024', '--new-series')).toBe(2);
    expect(err[0]).toMatch(/^plandiff: .*empty/);
    expect(treeHash(dir)).toBe(before);
    expect(existsSync(join(dir, 'new-series'))).toBe(false);
  });

  it('refuses a malformed series id or year with exit 2', async () => {
    expect(await run('add', corpusSource('npc-gwr-resolution', 2024), '--series', '../escape', '--year', '2024')).toBe(2);
    expect(await run('add', corpusSource('npc-gwr-resolution', 2024), '--series', 'npc-gwr-resolution', '--year', 'next')).toBe(2);
    expect(existsSync(join(dir, '..', 'escape'))).toBe(false);
  });

  it('refuses a missing file with exit 2', async () => {
    expect(await run('add', join(dir, 'nope.txt'), '--series', 'npc-gwr-resolution', '--year', '2030')).toBe(2);
    expect(err[0]).toMatch(/no such file/);
  });
});

/** The 2024 State Council report with its headings dropped and its paragraphs run into one line: no outline can be found. */
function oneLineWithoutOutline(): string {
  const source = readFileSync(join(fixtures, 'gov-work-report', '2024', 'source.txt'), 'utf8');
  return source.split('\n').filter((line) => !/^\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/.test(line)).join('');
}

describe('plandiff add refuses a notice it cannot read right (exit 2, reasons listed, nothing written)', () => {
  const refused = async (argv: string[], reason: RegExp) => {
    const before = treeHash(dir);
    expect(await run(...argv)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(reason);
    expect(treeHash(dir)).toBe(before);
  };

  it('a report saved as one line without any heading: NO_OUTLINE, TOO_FEW_TASKS; --force stores it with the verdict in meta.json', async () => {
    const file = join(dir, 'one-line.txt');
    writeFileSync(file, oneLineWithoutOutline());
    await refused(['add', file, '--series', 'npc-gwr-resolution', '--year', '2030'], /refused: the notice reads as doubtful: .*NO_OUTLINE/);
    expect(err[0]).toMatch(/TOO_FEW_TASKS/);
    err = [];
    expect(await run('add', file, '--series', 'npc-gwr-resolution', '--year', '2030', '--force')).toBe(0);
    const meta = JSON.parse(readFileSync(join(dir, 'npc-gwr-resolution', '2030', 'meta.json'), 'utf8'));
    expect(meta.quality).toMatchObject({ verdict: 'doubtful', forced: true });
    expect(meta.quality.reasons).toContain('NO_OUTLINE');
    expect(out.join('\n')).toMatch(/stored with --force although doubtful/);
    // and check fails on it from then on
    out = [];
    expect(await run('check', '--update')).toBe(1);
    expect(out.join('\n')).toMatch(/doubtful +npc-gwr-resolution\/2030 +quality doubtful: NO_OUTLINE/);
  });

  it('a year that is not the notice\'s own: YEAR_MISMATCH', async () => {
    rmSync(join(dir, 'npc-gwr-resolution', '2023'), { recursive: true });
    await refused(['add', corpusSource('npc-gwr-resolution', 2024), '--series', 'npc-gwr-resolution', '--year', '2023'], /YEAR_MISMATCH \(the plan year given is 2023 but the notice names 2024/);
  });

  it('a mistyped series: refused with the nearest existing id; --new-series creates it', async () => {
    await refused(['add', corpusSource('npc-gwr-resolution', 2024), '--series', 'npc-gwr-resolutoin', '--year', '2024'],
      /no series "npc-gwr-resolutoin" in fixtures\/: did you mean "npc-gwr-resolution"\? To start a new series add --new-series/);
    err = [];
    expect(await run('add', corpusSource('npc-gwr-resolution', 2024), '--series', 'npc-gwr-resolutoin', '--year', '2024', '--new-series')).toBe(0);
    expect(existsSync(join(dir, 'npc-gwr-resolutoin', 'series.json'))).toBe(true);
  });

  it('a paragraph of weather news: NOT_A_PLAN_TEXT (unusable)', async () => {
    const file = join(dir, 'weather.txt');
    writeFileSync(file, '中央气象台今天发布天气预报，预计今天夜间到明天白天，北京晴转多云，北风二三级，最高气温12℃，最低气温零下2℃。受冷空气影响，华北、黄淮等地将出现大风降温天气，公众出行请注意防寒保暖。');
    await refused(['add', file, '--series', 'npc-gwr-resolution', '--year', '2031'], /refused: the notice reads as unusable: NOT_A_PLAN_TEXT/);
  });
});

describe('plandiff check', () => {
  it('passes on fresh snapshots and fails with exit 1 when a plan.json differs', async () => {
    expect(await run('check', '--update')).toBe(0);
    out = [];
    expect(await run('check')).toBe(0);
    expect(out.join('\n')).toMatch(/5 of 5 fixtures match/);
    const snapshot = join(dir, 'npc-gwr-resolution', '2023', 'plan.json');
    writeFileSync(snapshot, readFileSync(snapshot, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 1, "edited": true'));
    out = [];
    expect(await run('check')).toBe(1);
    expect(out.join('\n')).toMatch(/differs +npc-gwr-resolution\/2023/);
    expect(await run('check', '--update')).toBe(0);
    out = [];
    expect(await run('check')).toBe(0);
  });
});

describe('--encoding (the charset the user knows, as an HTTP charset would be)', () => {
  it('decodes a GBK notice as GBK when told, refuses an unknown label, and is refused for a stored plan', async () => {
    const gbk = join(fixtures, 'hailar-gwr', '2013', 'source.txt');
    expect(await run('parse', gbk, '--encoding', 'gbk', '--json')).toBe(0);
    const plan = JSON.parse(out.join('\n'));
    expect(plan.meta.encoding).toBe('gbk');
    expect(plan.text).toContain('海拉尔区');
    expect(await run('parse', gbk, '--encoding', 'klingon')).toBe(2);
    expect(err.at(-1)).toMatch(/--encoding must be an encoding label/);
    expect(await run('parse', 'npc-gwr-resolution/2022', '--encoding', 'gbk')).toBe(2);
    expect(err.at(-1)).toMatch(/--encoding describe a notice file/);
  });
});

describe('usage', () => {
  it('exits 2 on an unknown command or a plan argument that is neither file nor series/year', async () => {
    expect(await run('frobnicate')).toBe(2);
    expect(await run('parse', 'no-such-thing')).toBe(2);
    expect(err.at(-1)).toMatch(/neither a file nor a stored series\/year/);
  });

  it('exits 2 for an unknown stored series', async () => {
    expect(await run('parse', 'nope-series/2024')).toBe(2);
    expect(err.at(-1)).toMatch(/no series nope-series|no plan nope-series/);
  });

  it('prints a stored plan as JSON with --json', async () => {
    expect(await run('parse', 'npc-gwr-resolution/2022', '--json')).toBe(0);
    const plan = JSON.parse(out.join('\n'));
    expect(plan).toMatchObject({ schemaVersion: 1, id: 'npc-gwr-resolution/2022', year: 2022 });
  });
});
