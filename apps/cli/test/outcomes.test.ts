import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollectionOutcomes, Outcomes } from '@plandiff/model';
import { runCli } from '../src/cli.js';

// The real national reports (fixtures/gov-work-report): 2023's targets against the 2024 report's review.
const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
let dir: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s), fixturesDir: dir });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-outcomes-'));
  for (const y of ['2022', '2023', '2024']) cpSync(join(fixtures, 'gov-work-report', y), join(dir, 'gov-work-report', y), { recursive: true });
  cpSync(join(fixtures, 'gov-work-report', 'series.json'), join(dir, 'gov-work-report', 'series.json'));
  cpSync(join(fixtures, 'gwr-beijing'), join(dir, 'gwr-beijing'), { recursive: true });
  cpSync(join(fixtures, 'collections'), join(dir, 'collections'), { recursive: true });
  writeFileSync(join(dir, 'collections', 'test-outcomes.json'), JSON.stringify({
    id: 'test-outcomes', name: { zh: '测试', en: 'test' }, series: ['gov-work-report', 'gwr-beijing', 'gwr-hubei'],
  }));
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('plandiff outcomes', () => {
  it('prints the table readably: 2022 GDP 5.5%左右 missed with 3%, both sentences, the rule', async () => {
    expect(await run('outcomes', 'gov-work-report', '--year', '2022')).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('国内生产总值增长: target 5.5%左右 · result 3% → MISSED 未完成 (gap -2.5) [about_rate]');
    expect(text).toContain('result: 全年国内生产总值增长3%');
    expect(text).toContain('(gov-work-report/2023)');
  });

  it('answers JSON in the Outcomes contract, with the 2024 report’s own claim beside the 2023 figures', async () => {
    expect(await run('outcomes', 'gov-work-report', '--json')).toBe(0);
    const o = Outcomes.parse(JSON.parse(out.join('\n')));
    expect(new Set(o.rows.map((r) => r.year))).toEqual(new Set([2022, 2023]));
    const gdp = o.rows.find((r) => r.year === 2023 && r.metricKey === 'gdp_growth');
    expect(gdp).toMatchObject({ verdict: 'met', result: { value: 5.2 }, resultFrom: { plan: 'gov-work-report/2024' } });
    expect(gdp?.claim?.text).toContain('主要目标任务圆满完成');
  });

  it('writes CSV with a BOM', async () => {
    expect(await run('outcomes', 'gov-work-report', '--csv')).toBe(0);
    expect(out.join('\n').startsWith('\uFEFFseries,year,metric_key')).toBe(true);
  });

  it('answers a collection for one year: every member listed, those with nothing to judge empty', async () => {
    expect(await run('outcomes', '--collection', 'test-outcomes', '--year', '2023', '--json')).toBe(0);
    const c = CollectionOutcomes.parse(JSON.parse(out.join('\n')));
    expect(Object.keys(c.series)).toEqual(['gov-work-report', 'gwr-beijing', 'gwr-hubei']);
    expect(c.series['gov-work-report'].find((r) => r.metricKey === 'cpi')).toMatchObject({ verdict: 'met', result: { value: 0.2 } });
    expect(c.series['gwr-beijing']).toEqual([]);
    out = [];
    expect(await run('outcomes', '--collection', 'test-outcomes', '--year', '2023')).toBe(0);
    expect(out.join('\n')).toContain('nothing to judge yet (plan 2023 or its review not stored): gwr-beijing, gwr-hubei');
  });

  it('refuses bad usage with exit 2 and a reason', async () => {
    expect(await run('outcomes', '--collection', 'test-outcomes')).toBe(2);
    expect(err.join('\n')).toContain('needs --year');
    expect(await run('outcomes', 'no-such-series')).toBe(2);
    expect(err.join('\n')).toContain('no series no-such-series');
  });
});
