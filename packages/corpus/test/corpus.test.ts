import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus, CorpusNotFoundError, CorpusUsageError, planCacheKey, parsePlanRef } from '../src/index.js';
import { writeFolderAtomically } from '../src/atomic-write.js';

const corpus = new Corpus();

describe('Corpus over the bundled fixtures', () => {
  it('lists the four series and the 25 provincial reports (gwr-*) with their years and coverage', () => {
    const series = corpus.listSeries();
    expect(series.map((s) => s.id).filter((id) => !id.startsWith('gwr-'))).toEqual(['gov-work-report', 'hailar-gwr', 'hubei-sthjt-gzyd', 'npc-gwr-resolution']);
    expect(series.filter((s) => s.id.startsWith('gwr-')).map((s) => s.years.map((y) => y.year))).toEqual(Array(25).fill([2025, 2026]));
    const hubei = series.find((s) => s.id === 'hubei-sthjt-gzyd')!;
    expect(hubei.issuer).toBe('湖北省生态环境厅');
    expect(hubei.years.map((y) => [y.year, y.coverage])).toEqual([[2023, 'excerpt'], [2024, 'full']]);
    expect(corpus.years('gov-work-report')).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(corpus.years('hailar-gwr')).toEqual([2012, 2013, 2014, 2015]);
  });

  it('parses a plan once and serves the cached Plan after that', () => {
    const a = corpus.plan('npc-gwr-resolution', 2024);
    const b = corpus.plan('npc-gwr-resolution', '2024');
    expect(b).toBe(a);
    expect(a.id).toBe('npc-gwr-resolution/2024');
  });

  it('keys the cache by the source bytes and the parser version', () => {
    const bytes = readFileSync(join(corpus.dir, 'npc-gwr-resolution', '2024', 'source.txt'));
    const changed = Buffer.concat([bytes, Buffer.from('\n')]);
    expect(planCacheKey(bytes)).toMatch(/^[0-9a-f]{64}$/);
    expect(planCacheKey(bytes)).toBe(planCacheKey(Buffer.from(bytes)));
    expect(planCacheKey(changed)).not.toBe(planCacheKey(bytes));
  });

  it('reads the GBK Hailar notice as gb18030/gbk text', () => {
    const plan = corpus.plan('hailar-gwr', 2013);
    expect(plan.meta.encoding).toMatch(/gb/i);
    expect(plan.text).not.toContain('\uFFFD');
  });

  it('refuses ids that could leave fixtures/ and names what is unknown', () => {
    for (const bad of ['..', '../etc', 'a/b', '%2e%2e', '/etc/passwd', 'A', '']) {
      expect(() => corpus.plan(bad, 2024)).toThrow(CorpusUsageError);
    }
    expect(() => corpus.plan('gov-work-report', '../2024')).toThrow(CorpusUsageError);
    expect(() => corpus.plan('no-such-series', 2024)).toThrow(CorpusNotFoundError);
    expect(() => corpus.plan('gov-work-report', 2019)).toThrow(/no plan gov-work-report\/2019/);
    expect(() => corpus.comparison('gov-work-report', 2024, 2024)).toThrow(/two different years/);
  });

  it('reads series/year references', () => {
    expect(parsePlanRef('gov-work-report/2025')).toEqual({ series: 'gov-work-report', year: 2025 });
    expect(parsePlanRef('./2025.txt')).toBeNull();
  });
});

describe('writeFolderAtomically', () => {
  it('leaves the old folder untouched and no temporary folder behind when a write fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'plandiff-atomic-'));
    const dir = join(root, '2024');
    mkdirSync(dir);
    writeFileSync(join(dir, 'meta.json'), 'old');
    expect(() => writeFolderAtomically(dir, { 'plan.json': 'new', 'missing/sub.json': 'x' })).toThrow();
    expect(readFileSync(join(dir, 'meta.json'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['2024']);
    writeFolderAtomically(dir, { 'plan.json': 'new' });
    expect(readdirSync(dir)).toEqual(['plan.json']);
    rmSync(root, { recursive: true });
  });
});

describe('Corpus cache', () => {
  it('parses a source again after it changed on disk, and not before', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plandiff-corpus-'));
    const { cpSync } = await import('node:fs');
    cpSync(join(corpus.dir, 'npc-gwr-resolution'), join(root, 'npc-gwr-resolution'), { recursive: true });
    const local = new Corpus(root);
    const first = local.plan('npc-gwr-resolution', 2023);
    expect(local.plan('npc-gwr-resolution', 2023)).toBe(first);
    const source = join(root, 'npc-gwr-resolution', '2023', 'source.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace('决定批准这个报告。', '决定批准这个报告。会议要求，坚决完成全年目标任务。'));
    const second = local.plan('npc-gwr-resolution', 2023);
    expect(second).not.toBe(first);
    expect(second.text).toContain('坚决完成全年目标任务');
    rmSync(root, { recursive: true });
  });
});

describe('link decisions', () => {
  it('honours a pin from fixtures/<series>/links and names a malformed file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plandiff-links-'));
    const { cpSync } = await import('node:fs');
    cpSync(join(corpus.dir, 'npc-gwr-resolution'), join(root, 'npc-gwr-resolution'), { recursive: true });
    const local = new Corpus(root);
    mkdirSync(join(root, 'npc-gwr-resolution', 'links'));
    const from = local.plan('npc-gwr-resolution', 2024).tasks[0];
    const to = local.plan('npc-gwr-resolution', 2025).tasks[0];
    writeFileSync(join(root, 'npc-gwr-resolution', 'links', '2024-2025.json'),
      JSON.stringify({ pin: [{ from: [from.id], to: [to.id], note: 'both open with 听取和审议了国务院总理李强所作的政府工作报告' }] }));
    const link = local.comparison('npc-gwr-resolution', 2024, 2025).links.find((l) => l.from.includes(from.id));
    expect(link).toMatchObject({ to: [to.id], pinned: true });
    // the same file holds for the other order, mirrored: 2025 → 2024 pins 2025's first task to 2024's
    const mirrored = local.comparison('npc-gwr-resolution', 2025, 2024).links.find((l) => l.from.includes(to.id));
    expect(mirrored).toMatchObject({ to: [from.id], pinned: true });
    writeFileSync(join(root, 'npc-gwr-resolution', 'links', '2023-2024.json'), JSON.stringify({ pin: [{ from: 't1' }] }));
    expect(() => local.comparison('npc-gwr-resolution', 2023, 2024)).toThrow(/npc-gwr-resolution\/links\/2023-2024.json is malformed/);
    rmSync(root, { recursive: true });
  });
});

describe('sourceExtension', () => {
  it('stores gov.cn .shtml pages and sniffed pages as html, text as txt', async () => {
    const { sourceExtension } = await import('../src/index.js');
    const text = readFileSync(join(corpus.dir, 'npc-gwr-resolution', '2024', 'source.txt'));
    expect(sourceExtension('t20240220_5088951.shtml', text)).toBe('html');
    expect(sourceExtension('2024.htm', text)).toBe('htm');
    expect(sourceExtension('download', Buffer.from('<!-- trs -->\n<!DOCTYPE html><html><body>…</body></html>'))).toBe('html');
    expect(sourceExtension('download', text)).toBe('txt');
  });
});
