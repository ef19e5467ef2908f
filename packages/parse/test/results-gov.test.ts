import { describe, expect, it } from 'vitest';
import type { Plan, Result } from '@plandiff/model';
import { parsePlan } from '../src/index.js';
import { fixtureBytes } from './fixture-files.js';

// Values read in fixtures/gov-work-report/<year>/source.txt, chapter 一 (the review of the year before).
const plans = new Map<number, Plan>();
function plan(year: number): Plan {
  if (!plans.has(year)) plans.set(year, parsePlan(fixtureBytes('gov-work-report', year), { series: 'gov-work-report', year }));
  return plans.get(year)!;
}
function result(year: number, key: string, unit = '%'): Result | undefined {
  return plan(year).results!.find((r) => r.metricKey === key && r.unit === unit && 'year' in r.period && r.period.year === year - 1);
}

describe('results of the 政府工作报告 review chapters', () => {
  it('2025 reviews 2024: GDP 5%, CPI 0.2%, unemployment 5.1%, jobs 1256万, income 5.1%, grain 1.4万亿斤', () => {
    expect(result(2025, 'gdp_growth')).toMatchObject({ value: 5, text: '增长5%', estimate: false, basis: 'level', taskId: 't1.p2' });
    expect(result(2025, 'gdp', '万亿元')?.value).toBe(134.9);
    expect(result(2025, 'cpi')).toMatchObject({ value: 0.2, text: '居民消费价格上涨0.2%' });
    expect(result(2025, 'surveyed_unemployment')).toMatchObject({ value: 5.1, metric: '城镇调查失业率' });
    expect(result(2025, 'urban_new_jobs', '万人')?.value).toBe(1256);
    expect(result(2025, 'disposable_income_growth')).toMatchObject({ value: 5.1, text: '居民人均可支配收入实际增长5.1%' });
    expect(result(2025, 'grain_output', '万亿斤')?.value).toBe(1.4);
  });

  it('2023 reviews 2022 (GDP 3%) and then five years: their figures carry the period 2018–2022', () => {
    expect(result(2023, 'gdp_growth')?.value).toBe(3);
    expect(result(2023, 'cpi')?.value).toBe(2);
    const fiveYear = plan(2023).results!.find((r) => r.text === '国内生产总值增加到121万亿元');
    expect(fiveYear?.period).toEqual({ from: 2018, to: 2022 });
    const energy = plan(2023).results!.find((r) => r.metricKey === 'energy_intensity');
    expect(energy).toMatchObject({ value: 8.1, direction: 'decrease', period: { from: 2018, to: 2022 } });
  });

  it('2022 reviews 2021: GDP 8.1%, CPI 0.9%; 2024 reviews 2023: GDP 5.2%', () => {
    expect(result(2022, 'gdp_growth')?.value).toBe(8.1);
    expect(result(2022, 'cpi')?.value).toBe(0.9);
    expect(result(2024, 'gdp_growth')?.value).toBe(5.2);
    expect(result(2024, 'disposable_income_growth')?.value).toBe(6.1);
  });

  it('keeps an estimate (约) flagged, and every result span points at its text', () => {
    const p = plan(2025);
    const estimate = p.results!.find((r) => r.text === '居民存量房贷利息年支出减少约1500亿元');
    expect(estimate?.estimate).toBe(true);
    for (const r of p.results!) expect(p.text.slice(r.span[0], r.span[1])).toBe(r.text);
  });

  it('gives the plan part its targets, not results: the 2025 GDP target 5%左右 is a target only', () => {
    const p = plan(2025);
    expect(p.kind).toBe('plan');
    expect(p.targets.some((t) => t.metricKey === 'gdp_growth' && t.value === 5 && t.modifier === 'about')).toBe(true);
    expect(p.results!.some((r) => r.metricKey === 'gdp_growth' && r.modifier === 'about')).toBe(false);
  });
});
