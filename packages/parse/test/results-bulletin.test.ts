import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';

// The case and its expected values: test/cases/statistical-bulletin-2015.html and its entry in
// test/cases/expected.json (PROVENANCE.md): a county statistical bulletin reports 2015's results, no targets.
const html = readFileSync(new URL('./cases/statistical-bulletin-2015.html', import.meta.url));
const expected = (JSON.parse(readFileSync(new URL('./cases/expected.json', import.meta.url), 'utf8')) as { file: string; expected: Record<string, unknown> }[])
  .find((e) => e.file === 'statistical-bulletin-2015.html')!.expected as {
    title: string; targets: number; results_include: { metric: string; value: number; unit: string; period: number; basis?: string }[];
  };

describe('a statistical bulletin (统计公报) is a report of results', () => {
  const plan = parsePlan(html);

  it('reads its title and year, and its kind as results', () => {
    expect(plan.meta.title).toBe(expected.title);
    expect(plan.year).toBe(2015);
    expect(plan.kind).toBe('results');
    expect(plan.warnings.map((w) => w.code)).toContain('REPORT_OF_RESULTS');
  });

  it('gives exactly the targets expected.json says: none', () => {
    expect(plan.targets).toHaveLength(expected.targets);
    expect(plan.tasks.every((t) => t.targets.length === 0)).toBe(true);
  });

  it('gives every result expected.json lists, with period 2015', () => {
    for (const want of expected.results_include) {
      const found = plan.results!.find((r) => r.value === want.value && r.unit === want.unit);
      expect(found, `${want.metric} ${want.value}${want.unit}`).toBeDefined();
      // the reader keeps the bracketed abbreviation of the source (生产总值（GDP）): the name is the metric's start
      expect(found!.metric.replace(/（[^）]*）/g, '')).toBe(want.metric);
      expect(found!.period).toEqual({ year: want.period });
      expect(found!.estimate).toBe(false);
      expect(plan.text.slice(found!.span[0], found!.span[1])).toBe(found!.text);
      if (want.basis === '比上年') expect(found!.text).toContain('比上年');
    }
  });

  it('names the indicators of its results with the targets dictionary', () => {
    const key = (value: number, unit: string) => plan.results!.find((r) => r.value === value && r.unit === unit)?.metricKey;
    expect(key(1102284, '万元')).toBe('gdp');
    expect(key(9.3, '%')).toBe('gdp_growth');
    expect(key(10.4, '%')).toBe('disposable_income_growth_rural');
    // every figure of the bulletin is 2015's (a few 年末 levels are 2015's too)
    expect(plan.results!.length).toBeGreaterThan(200);
    expect(plan.results!.every((r) => 'year' in r.period && r.period.year === 2015)).toBe(true);
  });
});
