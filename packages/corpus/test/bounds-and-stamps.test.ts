// Issue 22: a stored plan over the bounds is listed and refused, never compared; a committed plan.json whose stamp
// matches its source is read instead of parsing; symbolic links in fixtures/ are never followed and are reported.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addNotice, checkFixtures, Corpus, NoticeRefusedError, CorpusBrokenFixtureError, CorpusPlanOverBoundsError, PLAN_STAMP_FILE, planBoundsBreach,
} from '../src/index.js';

const bundled = new Corpus();
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function fixturesCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'plandiff-bounds-'));
  roots.push(root);
  cpSync(join(bundled.dir, 'npc-gwr-resolution'), join(root, 'npc-gwr-resolution'), { recursive: true });
  return root;
}

/** Writes `text` as the stored notice of npc-gwr-resolution/<year> (meta.json kept, plan.json and stamp removed). */
function replaceSource(root: string, year: number, text: string): void {
  const dir = join(root, 'npc-gwr-resolution', String(year));
  writeFileSync(join(dir, 'source.txt'), text);
  rmSync(join(dir, 'plan.json'), { force: true });
  rmSync(join(dir, PLAN_STAMP_FILE), { force: true });
}

describe('bounds of a stored plan', () => {
  it('a 20,000-label text is listed as broken naming the bound, and comparing it throws before any alignment', () => {
    const root = fixturesCopy();
    replaceSource(root, 2024, '（一）；'.repeat(20_000));
    const corpus = new Corpus(root);
    const summary = corpus.seriesSummary('npc-gwr-resolution');
    expect(summary.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2025]);
    expect(summary.broken).toEqual([
      { path: 'npc-gwr-resolution/2024', reason: expect.stringContaining('19999 tasks, over the limit of 5000') },
    ]);
    const started = performance.now();
    expect(() => corpus.comparison('npc-gwr-resolution', 2024, 2025)).toThrow(CorpusPlanOverBoundsError);
    // the refusal is remembered: no second parse (and never an alignment of 19,999 × 20 tasks)
    expect(() => corpus.plan('npc-gwr-resolution', 2024)).toThrow(/TOO_MANY_TASKS|over the limit of 5000/);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(corpus.timeline('npc-gwr-resolution').years).not.toContain(2024);
  });

  it('one task holding a whole file crosses the per-task bound; real plans keep every bound', () => {
    const text = readFileSync(join(bundled.dir, 'npc-gwr-resolution', '2025', 'source.txt'), 'utf8');
    const plan = bundled.plan('npc-gwr-resolution', 2025);
    expect(plan.tasks.length).toBeGreaterThan(1);
    expect(planBoundsBreach(plan)).toBeNull();
    const long = { tasks: [{ ...plan.tasks[0], text: text.repeat(Math.ceil(20_001 / text.length)) }], targets: [] };
    expect(planBoundsBreach(long)?.code).toBe('TASK_TOO_LONG');
    expect(planBoundsBreach(plan, { maxTasks: plan.tasks.length - 1, maxTargets: 5_000, maxTaskChars: 20_000 })?.code).toBe('TOO_MANY_TASKS');
  });
});

describe('add of a degenerate text', () => {
  it("refuses the issue's 20,000 labels as DEGENERATE_STRUCTURE, and even with --force by the plan bounds; nothing is written", () => {
    const root = fixturesCopy();
    const bytes = new TextEncoder().encode('（一）；'.repeat(20_000));
    const before = readdirSync(join(root, 'npc-gwr-resolution'));
    expect(() => addNotice(root, { bytes, fileName: 'l.txt', series: 'npc-gwr-resolution', year: 2026 })).toThrow(NoticeRefusedError);
    expect(() => addNotice(root, { bytes, fileName: 'l.txt', series: 'npc-gwr-resolution', year: 2026 })).toThrow(/DEGENERATE_STRUCTURE|bare number label/);
    expect(() => addNotice(root, { bytes, fileName: 'l.txt', series: 'npc-gwr-resolution', year: 2026, force: true })).toThrow(
      'refused (TOO_MANY_TASKS): it reads as 19999 tasks, over the limit of 5000',
    );
    expect(readdirSync(join(root, 'npc-gwr-resolution'))).toEqual(before);
  });
});

describe('committed plan.json', () => {
  it('is read when its stamp matches the source on disk, and parsed again when the source changed', () => {
    const root = fixturesCopy();
    checkFixtures(new Corpus(root), true); // writes the stamps
    const dir = join(root, 'npc-gwr-resolution', '2025');
    const committed = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
    expect(new Corpus(root).plan('npc-gwr-resolution', 2025)).toEqual(committed);
    // a marked plan.json proves the Corpus read the file instead of parsing
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ ...committed, meta: { ...committed.meta, title: 'read from plan.json' } }));
    expect(new Corpus(root).plan('npc-gwr-resolution', 2025).meta.title).toBe('read from plan.json');
    // the source changed: the stamp no longer matches, so the source is parsed
    writeFileSync(join(dir, 'source.txt'), readFileSync(join(dir, 'source.txt'), 'utf8') + '\n');
    expect(new Corpus(root).plan('npc-gwr-resolution', 2025).meta.title).toBe(committed.meta.title);
  });
});

describe('symbolic links in fixtures/', () => {
  it('a linked source or series folder is never followed, and check and the series listing name it', () => {
    const root = fixturesCopy();
    const outside = mkdtempSync(join(tmpdir(), 'plandiff-outside-'));
    roots.push(outside);
    writeFileSync(join(outside, 'secret.txt'), 'not a notice');
    const source = join(root, 'npc-gwr-resolution', '2023', 'source.txt');
    rmSync(source);
    symlinkSync(join(outside, 'secret.txt'), source);
    mkdirSync(join(outside, 'linked'));
    cpSync(join(root, 'npc-gwr-resolution', '2025'), join(outside, 'linked', '2025'), { recursive: true });
    writeFileSync(join(outside, 'linked', 'series.json'), readFileSync(join(root, 'npc-gwr-resolution', 'series.json')));
    symlinkSync(join(outside, 'linked'), join(root, 'linked-series'));

    const corpus = new Corpus(root);
    expect(() => corpus.plan('npc-gwr-resolution', 2023)).toThrow(CorpusBrokenFixtureError);
    expect(() => corpus.plan('linked-series', 2025)).toThrow(/symbolic link/);
    expect(corpus.seriesIds()).toEqual(['npc-gwr-resolution']);
    expect(corpus.seriesSummary('npc-gwr-resolution').broken).toEqual([
      { path: 'npc-gwr-resolution/2023/source.txt', reason: expect.stringContaining('symbolic link') },
    ]);
    const listed = corpus.listSeries();
    expect(listed.map((series) => series.id)).toEqual(['linked-series', 'npc-gwr-resolution']);
    expect(listed[0]).toMatchObject({ years: [], broken: [{ path: 'linked-series', reason: expect.stringContaining('symbolic link') }] });
    const broken = checkFixtures(corpus).filter((r) => r.status === 'broken').map((r) => r.path);
    expect(broken).toEqual(['linked-series', 'npc-gwr-resolution/2023/source.txt']);
  });
});
