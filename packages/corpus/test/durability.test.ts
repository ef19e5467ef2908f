// Issue 12: fixtures are never lost or forged. A killed `add --force`, two adds of the same year at once, a
// broken meta.json or series.json, a javascript: sourceUrl — each reproduced here on a copy of real fixtures.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FixtureMeta } from '@plandiff/model';
import {
  addNotice, checkFixtures, Corpus, CorpusUsageError, recoverFixtureSwaps,
} from '../src/index.js';
import { lockPath, withFixtureLock } from '../src/fixture-lock.js';

const bundled = new Corpus();
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A fixtures folder holding a copy of the bundled npc-gwr-resolution series (2021–2025). */
function fixturesCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'plandiff-durable-'));
  roots.push(root);
  cpSync(join(bundled.dir, 'npc-gwr-resolution'), join(root, 'npc-gwr-resolution'), { recursive: true });
  return root;
}

const source = (root: string, year: number) => join(root, 'npc-gwr-resolution', String(year), 'source.txt');
const crashChild = fileURLToPath(new URL('./crash/add-then-die.ts', import.meta.url));

/** Replaces npc-gwr-resolution/2024 with the 2025 notice in a child process that SIGKILLs itself at `point`. */
function killedAdd(root: string, point: 'before-swap' | 'between-renames') {
  const newNotice = join(root, 'new-notice.txt');
  cpSync(source(root, 2025), newNotice);
  return spawnSync(process.execPath, ['--import', 'tsx', crashChild, root, newNotice, 'npc-gwr-resolution', '2024', point], { encoding: 'utf8' });
}

describe('add --force killed between its renames', () => {
  it('leaves the old or the new year complete; check names the leftovers; the next add recovers them', () => {
    const root = fixturesCopy();
    const child = killedAdd(root, 'between-renames');
    expect(child.signal).toBe('SIGKILL');
    const seriesDir = join(root, 'npc-gwr-resolution');
    // The crash point of the issue: the year folder itself is gone, but complete copies sit beside it.
    expect(existsSync(join(seriesDir, '2024'))).toBe(false);
    expect(readdirSync(seriesDir).filter((n) => n.startsWith('.')).sort()).toEqual(['.2024.new', '.2024.old']);
    const report = checkFixtures(new Corpus(root)).filter((r) => r.status === 'broken');
    expect(report.map((r) => r.path)).toEqual(['npc-gwr-resolution/.2024.new', 'npc-gwr-resolution/.2024.old']);
    expect(report[0].detail).toContain('restore it as npc-gwr-resolution/2024');
    // wherever series are listed (API /api/series, CLI, viewer), the missing year is named as broken with what to do
    const listed = new Corpus(root).seriesSummary('npc-gwr-resolution');
    expect(listed.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2025]);
    expect(listed.broken?.map((b) => b.path)).toEqual(['npc-gwr-resolution/.2024.new', 'npc-gwr-resolution/.2024.old']);
    expect(listed.broken?.[0].reason).toContain('--year 2024 --force');

    recoverFixtureSwaps(root); // what the next `add` does first
    expect(readdirSync(seriesDir).filter((n) => n.startsWith('.'))).toEqual([]);
    const plan = new Corpus(root).plan('npc-gwr-resolution', 2024);
    // rolled forward: the 2024 folder now holds the complete new notice (the 2025 resolution's text)
    expect(readFileSync(source(root, 2024), 'utf8')).toBe(readFileSync(source(root, 2025), 'utf8'));
    expect(plan.tasks.length).toBeGreaterThan(0);
    expect(checkFixtures(new Corpus(root)).filter((r) => r.status === 'broken')).toEqual([]);
  });

  it('killed before the swap, keeps the old year and drops the staged one', () => {
    const root = fixturesCopy();
    const before = readFileSync(source(root, 2024), 'utf8');
    expect(killedAdd(root, 'before-swap').signal).toBe('SIGKILL');
    expect(readFileSync(source(root, 2024), 'utf8')).toBe(before);
    expect(recoverFixtureSwaps(root).map((l) => [l.kind, l.action])).toEqual([['new', 'delete']]);
    expect(readFileSync(source(root, 2024), 'utf8')).toBe(before);
    expect(readFileSync(source(root, 2024), 'utf8')).toContain('2024');
  });
});

describe('two adds of the same year at once', () => {
  it('the second fails with CorpusUsageError (exit 2) while the first holds the lock', () => {
    const root = fixturesCopy();
    const bytes = readFileSync(source(root, 2025));
    const first = withFixtureLock(root, 'npc-gwr-resolution', 2024, () => {
      expect(() => addNotice(root, { bytes, fileName: 'x.txt', series: 'npc-gwr-resolution', year: 2024, force: true }))
        .toThrow(CorpusUsageError);
      expect(() => addNotice(root, { bytes, fileName: 'x.txt', series: 'npc-gwr-resolution', year: 2024, force: true }))
        .toThrow(/is being added by process \d+ right now/);
      return 'first';
    });
    expect(first).toBe('first');
    expect(existsSync(lockPath(root, 'npc-gwr-resolution', 2024))).toBe(false); // released
    // once the first is done, an add goes through
    addNotice(root, { bytes, fileName: 'x.txt', series: 'npc-gwr-resolution', year: 2024, force: true });
  });

  it('a lock left by a killed process is taken over', () => {
    const root = fixturesCopy();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lockPath(root, 'npc-gwr-resolution', 2024), JSON.stringify({ pid: Number(dead.stdout) }));
    const result = addNotice(root, { bytes: readFileSync(source(root, 2025)), fileName: 'x.txt', series: 'npc-gwr-resolution', year: 2024, force: true });
    expect(result.plan.year).toBe(2024);
  });
});

describe('broken fixtures are named and isolated', () => {
  it('a corrupt meta.json and an invalid series.json leave the healthy series listed; check names both and goes on', () => {
    const root = fixturesCopy();
    cpSync(join(bundled.dir, 'hailar-gwr'), join(root, 'hailar-gwr'), { recursive: true });
    writeFileSync(join(root, 'npc-gwr-resolution', '2023', 'meta.json'), '{ "sourceUrl": ');
    writeFileSync(join(root, 'hailar-gwr', 'series.json'), JSON.stringify({ id: 'hailar-gwr' }));
    const corpus = new Corpus(root);
    const list = corpus.listSeries();
    const npc = list.find((s) => s.id === 'npc-gwr-resolution')!;
    expect(npc.years.map((y) => y.year)).toEqual([2021, 2022, 2024, 2025]);
    expect(npc.broken).toEqual([{ path: 'npc-gwr-resolution/2023/meta.json', reason: expect.stringContaining('not valid JSON') }]);
    const hailar = list.find((s) => s.id === 'hailar-gwr')!;
    expect(hailar.years.map((y) => y.year)).toEqual([2012, 2013, 2014, 2015]); // its years still read
    expect(hailar.broken?.[0].path).toBe('hailar-gwr/series.json');

    expect(corpus.timeline('npc-gwr-resolution').years).toEqual([2021, 2022, 2024, 2025]); // the targets table too

    const checks = checkFixtures(corpus);
    expect(checks.filter((c) => c.status === 'broken').map((c) => c.path).sort()).toEqual(['hailar-gwr/series.json', 'npc-gwr-resolution/2023/meta.json']);
    expect(checks.filter((c) => c.status === 'same')).toHaveLength(8); // every healthy year still checked
  });
});

describe('sourceUrl', () => {
  it('is http(s) only: addNotice refuses javascript:, and meta.json with one does not validate', () => {
    const root = fixturesCopy();
    expect(() => addNotice(root, {
      bytes: readFileSync(source(root, 2025)), fileName: 'x.txt', series: 'npc-gwr-resolution', year: 2030, sourceUrl: 'javascript:alert(1)',
    })).toThrow(/sourceUrl must be an http:\/\/ or https:\/\/ URL, not javascript:/);
    expect(existsSync(join(root, 'npc-gwr-resolution', '2030'))).toBe(false);
    const meta = { sourceUrl: 'javascript:alert(1)', retrievedOn: null, coverage: 'full', encoding: 'utf-8', sourceFile: 'source.txt' };
    expect(FixtureMeta.safeParse(meta).success).toBe(false);
    expect(FixtureMeta.safeParse({ ...meta, sourceUrl: 'https://www.gov.cn/zhengce/2024.htm' }).success).toBe(true);
  });
});
