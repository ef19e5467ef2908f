import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrossSection } from '@plandiff/model';
import { runCli } from '../src/cli.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

let dir: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s), fixturesDir: dir });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-collection-'));
  for (const s of ['collections', 'gwr-beijing', 'gwr-chongqing']) cpSync(join(fixtures, s), join(dir, s), { recursive: true });
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('plandiff targets --collection', () => {
  it('prints the cross-section as JSON: every listed province with its status, no national report of 2026', async () => {
    expect(await run('targets', '--collection', 'provincial-gwr', '--year', '2026', '--json')).toBe(0);
    const cs = CrossSection.parse(JSON.parse(out.join('\n')));
    expect(cs.collection).toBe('provincial-gwr');
    expect(cs.reference).toBeNull();
    expect(cs.series?.filter((s) => s.status === 'ok').map((s) => s.id)).toEqual(['gwr-beijing', 'gwr-chongqing']);
    expect(cs.series?.find((s) => s.id === 'gwr-hubei')?.status).toBe('missing_series');
  });

  it('shows a province added later with plandiff add, with no other change', async () => {
    const source = join(fixtures, 'gwr-hebei', '2026', 'source.txt');
    expect(await run('add', source, '--series', 'gwr-hebei', '--year', '2026', '--issuer', '河北省人民政府', '--kind', '政府工作报告',
      '--name-zh', '河北省政府工作报告', '--name-en', 'Hebei: Government Work Report', '--coverage', 'excerpt', '--new-series')).toBe(0);
    out = [];
    expect(await run('targets', '--collection', 'provincial-gwr', '--year', '2026', '--json')).toBe(0);
    const cs = CrossSection.parse(JSON.parse(out.join('\n')));
    expect(cs.series?.find((s) => s.id === 'gwr-hebei')).toMatchObject({ status: 'ok', coverage: 'excerpt', name: '河北' });
  });

  it('prints a text table naming the provinces not stored, and CSV with a BOM', async () => {
    expect(await run('targets', '--collection', 'provincial-gwr', '--year', '2026')).toBe(0);
    expect(out[0]).toMatch(/^provincial-gwr 2026: \d+ metrics × 2 of 31 series stored · reference: none stored for this year/);
    expect(out[0]).toContain('gwr-hubei (missing series)');
    out = [];
    expect(await run('targets', '--collection', 'provincial-gwr', '--year', '2026', '--csv')).toBe(0);
    expect(out[0].startsWith('\uFEFFseries,name,status,coverage,quality,metric_key,metric,figure')).toBe(true);
  });

  it('exits 2 with one line for a missing year, an unknown collection, a bad year, or a series and a collection at once', async () => {
    for (const argv of [
      ['targets', '--collection', 'provincial-gwr'],
      ['targets', '--collection', 'no-such', '--year', '2026'],
      ['targets', '--collection', '../x', '--year', '2026'],
      ['targets', '--collection', 'provincial-gwr', '--year', '20x6'],
      ['targets', 'gwr-beijing', '--collection', 'provincial-gwr', '--year', '2026'],
      ['targets'],
    ]) {
      err = [];
      expect(await run(...argv), argv.join(' ')).toBe(2);
      expect(err, argv.join(' ')).toHaveLength(1);
    }
  });
});

describe('plandiff check and collections', () => {
  it('reports each collection with what is stored of it, and fails (exit 1) on a malformed one', async () => {
    expect(await run('check')).toBe(0);
    expect(out.join('\n')).toContain('ok      collections/provincial-gwr  2 of 31 series stored');
    writeFileSync(join(dir, 'collections', 'broken.json'), '{"id": "broken"}');
    out = [];
    expect(await run('check')).toBe(1);
    expect(out.join('\n')).toMatch(/error\s+collections\/broken  collections\/broken\.json is malformed/);
  });
});
