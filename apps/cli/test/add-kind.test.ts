import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';

// The real bulletin of issue 19 (packages/parse/test/cases/statistical-bulletin-2015.html, PROVENANCE.md there).
const bulletin = fileURLToPath(new URL('../../../packages/parse/test/cases/statistical-bulletin-2015.html', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
let dir: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s), fixturesDir: dir });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-kind-'));
  cpSync(join(fixtures, 'hailar-gwr', 'series.json'), join(dir, 'hailar-gwr', 'series.json'));
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('plandiff add and the kind of a document', () => {
  it('refuses a 统计公报 in a plan series, naming its kind, exit 2, nothing written (not even with --force)', async () => {
    expect(await run('add', bulletin, '--series', 'hailar-gwr', '--year', '2015')).toBe(2);
    expect(err.join('\n')).toContain('this is a 统计公报 (a report of results), not a plan; store it in a bulletin series with --new-series --kind bulletin');
    expect(await run('add', bulletin, '--series', 'hailar-gwr', '--year', '2015', '--force')).toBe(2);
    expect(readdirSync(join(dir, 'hailar-gwr'))).toEqual(['series.json']);
    expect(await run('add', bulletin, '--series', 'wanzai-gwr', '--year', '2015', '--new-series')).toBe(2);
    expect(existsSync(join(dir, 'wanzai-gwr'))).toBe(false);
  });

  it('stores it in a new bulletin series with --kind bulletin: 0 targets, its results, series.json kind bulletin', async () => {
    expect(await run('add', bulletin, '--series', 'wanzai-bulletin', '--year', '2015', '--new-series', '--kind', 'bulletin', '--region', '万载县')).toBe(0);
    expect(out.join('\n')).toMatch(/0 targets, 2\d\d results \(results\)/);
    const info = JSON.parse(readFileSync(join(dir, 'wanzai-bulletin', 'series.json'), 'utf8'));
    expect(info).toMatchObject({ kind: 'bulletin', region: '万载县', documentKind: '统计公报' });
    const plan = JSON.parse(readFileSync(join(dir, 'wanzai-bulletin', '2015', 'plan.json'), 'utf8'));
    expect(plan.targets).toEqual([]);
    expect(plan.results.find((r: { value: number }) => r.value === 1102284).period).toEqual({ year: 2015 });
  });

  it('refuses a plan in a bulletin series', async () => {
    mkdirBulletin();
    const report = join(fixtures, 'hailar-gwr', '2015', 'source.txt');
    expect(await run('add', report, '--series', 'wanzai-bulletin', '--year', '2015')).toBe(2);
    expect(err.join('\n')).toContain('not a report of results; series wanzai-bulletin is a bulletin series');
  });

  it('refuses a news item anywhere, in words', async () => {
    const news = join(dir, 'news.txt');
    writeFileSync(news, '我市召开2025年生态环境保护工作会议\n本报讯（记者 王晓明）3月12日，市生态环境局召开全市生态环境保护工作会议，总结2024年工作，部署2025年重点任务。\n会议指出，2024年全市空气质量优良天数比例达到86.5%。会议要求各地进一步提高政治站位。\n');
    expect(await run('add', news, '--series', 'hailar-gwr', '--year', '2025', '--force')).toBe(2);
    expect(err.join('\n')).toContain('this is a news item or notice (not a plan)');
  });
});

function mkdirBulletin(): void {
  cpSync(join(fixtures, 'hailar-gwr', 'series.json'), join(dir, 'wanzai-bulletin', 'series.json'));
  const path = join(dir, 'wanzai-bulletin', 'series.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), id: 'wanzai-bulletin', kind: 'bulletin' }));
}
