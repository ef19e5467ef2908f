import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../src/timeline.js';
import { timelineToCsv } from '../src/report-csv.js';
import { loadPlan } from './support/fixtures.js';

describe('buildTimeline gov-work-report 2021–2025', () => {
  const plans = [2025, 2021, 2023, 2022, 2024].map((y) => loadPlan('gov-work-report', y));
  const t = buildTimeline('gov-work-report', plans);
  const row = (metric: string) => {
    const r = t.metrics.find((m) => m.metric === metric);
    expect(r, metric).toBeDefined();
    return (y: number) => r?.values[String(y)] ?? null;
  };

  it('years ascending', () => {
    expect(t.years).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('GDP growth: 6%以上, 5.5%左右, then 5%左右 three years', () => {
    const v = row('国内生产总值增长');
    expect([2021, 2022, 2023, 2024, 2025].map((y) => [v(y)?.value, v(y)?.modifier])).toEqual([
      [6, 'at_least'], [5.5, 'about'], [5, 'about'], [5, 'about'], [5, 'about'],
    ]);
  });

  it('new urban jobs: the annual 1100万人 of 2021, not the five-year 6000万人', () => {
    const v = row('城镇新增就业');
    expect([2021, 2022, 2023, 2024, 2025].map((y) => v(y)?.value)).toEqual([1100, 1100, 1200, 1200, 1200]);
    expect(v(2023)?.modifier).toBe('about');
  });

  it('surveyed unemployment merges 2022\'s "全年控制在5.5%以内" into one row', () => {
    const v = row('城镇调查失业率');
    expect([2021, 2022, 2023, 2024, 2025].map((y) => v(y)?.modifier)).toEqual(['about', 'at_most', 'about', 'about', 'about']);
  });

  it('CPI, grain and deficit ratio rows', () => {
    expect([2021, 2022, 2023, 2024, 2025].map((y) => row('居民消费价格涨幅')(y)?.value)).toEqual([3, 3, 3, 3, 2]);
    expect([2021, 2022, 2023, 2024, 2025].map((y) => row('粮食产量')(y)?.value)).toEqual([1.3, 1.3, 1.3, 1.3, 1.4]);
    expect([2021, 2022, 2023, 2024, 2025].map((y) => row('赤字率')(y)?.value)).toEqual([3.2, 2.8, 3, 3, 4]);
  });

  it('null when a year sets no target for the metric: 赤字规模 has a figure only from 2024 (4.06万亿元)', () => {
    expect(row('赤字规模')(2023)).toBeNull();
    expect(row('赤字规模')(2024)?.value).toBe(4.06);
    expect(row('赤字规模')(2025)?.value).toBe(5.66);
  });

  it('2022 sets no energy-intensity figure ("能耗强度目标在“十四五”规划期内统筹考核"): modifier none', () => {
    expect(row('单位国内生产总值能耗')(2022)).toMatchObject({ modifier: 'none', value: null });
    expect(row('单位国内生产总值能耗')(2025)?.value).toBe(3);
  });

  it('CSV: BOM, header of years, one row per metric, CRLF', () => {
    const csv = timelineToCsv(t);
    expect(csv.startsWith('\uFEFFmetric,2021,2022,2023,2024,2025\r\n')).toBe(true);
    expect(csv).toContain('\r\n国内生产总值增长,6%以上,5.5%左右,5%左右,5%左右,5%左右\r\n');
  });

  it('an empty series gives an empty table', () => {
    expect(buildTimeline('none', [])).toEqual({ series: 'none', years: [], metrics: [] });
  });
});
