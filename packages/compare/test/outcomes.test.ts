import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@plandiff/parse';
import type { OutcomeRow, Plan, Result, Target } from '@plandiff/model';
import { collectionOutcomes, judge, outcomesCsv, outcomesMarkdown, seriesOutcomes, VERDICT_RULES } from '../src/index.js';

// Real values: fixtures/gov-work-report/<year>/source.txt — targets in the 主要预期目标 paragraph of year N, results
// in chapter 一 (the review) of year N+1.
function plan(series: string, year: number): Plan {
  return parsePlan(readFileSync(new URL(`../../../fixtures/${series}/${year}/source.txt`, import.meta.url)), { series, year });
}
const national = [2021, 2022, 2023, 2024, 2025].map((y) => plan('gov-work-report', y));
const outcomes = seriesOutcomes({ series: 'gov-work-report', plans: national });
const row = (year: number, key: string): OutcomeRow => {
  const found = outcomes.rows.find((r) => r.year === year && r.metricKey === key);
  if (!found) throw new Error(`no row ${year} ${key}`);
  return found;
};

describe('outcomes of the national 政府工作报告 (targets of N against the review in N+1)', () => {
  it("2022's GDP target 5.5%左右 was missed: 3%, says the 2023 report", () => {
    const r = row(2022, 'gdp_growth');
    expect(r.target.text).toBe('国内生产总值增长5.5%左右');
    expect(r.result?.value).toBe(3);
    expect(r.resultFrom).toEqual({ plan: 'gov-work-report/2023' });
    expect(r).toMatchObject({ verdict: 'missed', rule: 'about_rate', gap: -2.5 });
    expect(r.resultSentence).toContain('国内生产总值增长3%');
  });

  it("2024's GDP target 5%左右 was met: 5%; 2021's 6%以上 was met by 8.1%", () => {
    expect(row(2024, 'gdp_growth')).toMatchObject({ verdict: 'met', gap: 0, result: { value: 5 } });
    expect(row(2021, 'gdp_growth')).toMatchObject({ verdict: 'met', rule: 'at_least', result: { value: 8.1 } });
  });

  it('CPI 3%左右 against 0.2% is met: prices are a ceiling', () => {
    const r = row(2024, 'cpi');
    expect(r).toMatchObject({ verdict: 'met', rule: 'about_rate', result: { value: 0.2, text: '居民消费价格上涨0.2%' } });
    expect(r.gap).toBe(-2.8);
  });

  it('income 同步 is judged against the same review’s GDP growth (2023: 6.1% vs 5.2%, met)', () => {
    const r = row(2023, 'disposable_income_growth');
    expect(r).toMatchObject({ verdict: 'met', rule: 'in_step', gap: 0.9, result: { value: 6.1 } });
    expect(r.note).toContain('5.2');
  });

  it('a year-end unemployment figure against a whole-year ceiling is unclear (2022: 年末…降到5.5%)', () => {
    expect(row(2022, 'surveyed_unemployment')).toMatchObject({ verdict: 'unclear', rule: 'other_basis' });
  });

  it('a result stated only in words is unclear, with its words (2021 deficit ratio: 财政赤字率和宏观杠杆率下降)', () => {
    const r = row(2021, 'deficit_ratio');
    expect(r.verdict).toBe('unclear');
    expect(r.rule).toBe('worded_result');
    expect(r.result?.value).toBeNull();
    expect(r.resultSentence).toContain('财政赤字率和宏观杠杆率下降');
  });

  it('a decline target is met by a larger decline (2024 energy intensity 降低2.5%左右, 降幅超过3%)', () => {
    expect(row(2024, 'energy_intensity')).toMatchObject({ verdict: 'met', result: { value: 3, direction: 'decrease' } });
  });

  it('carries the report’s own claim beside the figures, never instead of them', () => {
    const r = row(2024, 'gdp_growth');
    expect(r.claim?.plan).toBe('gov-work-report/2025');
    expect(r.claim?.text).toContain('全年经济社会发展主要目标任务顺利完成');
    expect(r.verdict).toBe('met');
  });

  it('gives no rows for 2025 (no 2026 report stored) and cites every rule it applies from the table', () => {
    expect(outcomes.rows.some((r) => r.year === 2025)).toBe(false);
    const ids = new Set(VERDICT_RULES.map((r) => r.id));
    expect(outcomes.rules?.map((r) => r.id)).toEqual([...ids]);
    for (const r of outcomes.rows) expect(ids.has(r.rule.replace(/\+estimate$/, ''))).toBe(true);
    expect(outcomes.rows.filter((r) => r.year === 2024).map((r) => r.verdict).filter((v) => v === 'met')).toHaveLength(7);
  });

  it('filters one year', () => {
    const only = seriesOutcomes({ series: 'gov-work-report', plans: national, year: 2022 });
    expect(new Set(only.rows.map((r) => r.year))).toEqual(new Set([2022]));
  });
});

describe('verdict rules (rules.ts) on constructed pairs', () => {
  const target = (over: Partial<Target>): Target => ({
    id: 't.k1', taskId: 't', metric: '国内生产总值增长', value: 5, low: null, high: null, unit: '%', modifier: 'about', aspirational: false,
    direction: null, text: '国内生产总值增长5%左右', span: [0, 1], damaged: false, metricKey: 'gdp_growth', basis: 'level', ...over,
  });
  const result = (over: Partial<Result>): Result => ({
    id: 'r', taskId: 't', metric: '国内生产总值增长', metricKey: 'gdp_growth', value: 4.6, low: null, high: null, unit: '%', modifier: 'exact',
    period: { year: 2025 }, basis: 'level', estimate: false, text: '增长4.6%', span: [0, 1], ...over,
  });
  const none = { gdpGrowth: null };

  it('左右 on a rate: 0.5 point below still met, more missed; a ceiling metric flips the side', () => {
    expect(judge(target({}), result({ value: 4.5 }), none).verdict).toBe('met');
    expect(judge(target({}), result({ value: 4.4 }), none).verdict).toBe('missed');
    expect(judge(target({ metricKey: 'cpi', value: 2 }), result({ metricKey: 'cpi', value: 2.6 }), none).verdict).toBe('missed');
  });
  it('an estimate (预计) gives provisional with what it would be', () => {
    const j = judge(target({}), result({ value: 5.2, estimate: true }), none);
    expect(j).toMatchObject({ verdict: 'provisional', provisionalVerdict: 'met' });
  });
  it('amounts: 左右 within 98%; a range by its low end; 力争 noted', () => {
    const jobs = target({ metricKey: 'urban_new_jobs', unit: '万人', value: 1200 });
    expect(judge(jobs, result({ metricKey: 'urban_new_jobs', unit: '万人', value: 1176 }), none).verdict).toBe('met');
    expect(judge(jobs, result({ metricKey: 'urban_new_jobs', unit: '万人', value: 1175 }), none).verdict).toBe('missed');
    expect(judge(target({ modifier: 'range', value: null, low: 5, high: 5.5 }), result({ value: 5 }), none).verdict).toBe('met');
    expect(judge(target({ aspirational: true }), result({ value: 5 }), none).note).toContain('力争');
  });
  it('no result: not_reported; another unit: unclear', () => {
    expect(judge(target({}), null, none).verdict).toBe('not_reported');
    expect(judge(target({}), result({ unit: '亿元', value: 100 }), none)).toMatchObject({ verdict: 'unclear', rule: 'other_basis' });
  });
});

describe('exports and collections', () => {
  it('CSV has a BOM, one record per row, and neutralises a formula-like cell', () => {
    const csv = outcomesCsv(outcomes);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').filter((l) => l.length > 0)).toHaveLength(outcomes.rows.length + 1);
    expect(csv).toContain('国内生产总值增长5.5%左右');
    const evil = { ...outcomes, rows: [{ ...outcomes.rows[0], metric: '=HYPERLINK("http://x")' }] };
    expect(outcomesCsv(evil)).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
  it('Markdown gives a table per year with both sentences and the claim beside it', () => {
    const md = outcomesMarkdown(outcomes);
    expect(md).toContain('## 2022年');
    expect(md).toContain('| 2022 | 国内生产总值增长 | 5.5%左右 | 3% | 未完成 | -2.5 |');
    expect(md).toContain('报告自评（gov-work-report/2025）');
  });
  it('a collection lists every member, an empty list for one with nothing to judge yet', () => {
    const c = collectionOutcomes('test', 2024, [{ series: 'gov-work-report', plans: national }, { series: 'gwr-nowhere', plans: [] }]);
    expect(c.series['gov-work-report'].length).toBeGreaterThan(5);
    expect(c.series['gwr-nowhere']).toEqual([]);
    expect(outcomesMarkdown(c)).toContain('尚无可对照的结果：gwr-nowhere');
  });
});

describe('results from a bulletin of the same region', () => {
  it('pairs a plan target with the 统计公报 of its year when no next plan is stored (万载县 2015: GDP 9.3%)', () => {
    const bulletin = parsePlan(readFileSync(new URL('../../parse/test/cases/statistical-bulletin-2015.html', import.meta.url)), { series: 'wanzai-bulletin' });
    // a constructed two-chapter plan of the same county and year: only its GDP target matters here
    const target = parsePlan('万载县2015年政府工作报告\n一、2014年工作回顾\n过去一年，全县生产总值增长9.8%。\n二、2015年工作安排\n今年经济社会发展的主要预期目标是：全县生产总值增长9.5%左右，城镇居民人均可支配收入增长10%。\n', { series: 'wanzai-gwr', year: 2015 });
    const o = seriesOutcomes({ series: 'wanzai-gwr', plans: [target], bulletins: [bulletin] });
    expect(o.rows.find((r) => r.metricKey === 'gdp_growth')).toMatchObject({
      verdict: 'met', result: { value: 9.3 }, resultFrom: { plan: 'wanzai-bulletin/2015' }, gap: -0.2,
    });
    expect(o.rows.find((r) => r.metricKey === 'disposable_income_growth_urban')).toMatchObject({ verdict: 'missed', result: { value: 9.3 } });
  });
});
