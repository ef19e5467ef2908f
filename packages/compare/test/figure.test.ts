import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Plan, type Target } from '@plandiff/model';
import { formatFigure } from '../src/figure.js';

/** A target of a committed fixture snapshot (fixtures/<series>/<year>/plan.json), by metric. */
function storedTarget(series: string, year: number, metric: string): Target {
  const plan = Plan.parse(JSON.parse(readFileSync(new URL(`../../../fixtures/${series}/${year}/plan.json`, import.meta.url), 'utf8')));
  const target = plan.targets.find((t) => t.metric === metric);
  if (!target) throw new Error(`${series} ${year} has no target ${metric}`);
  return target;
}

describe('formatFigure writes a target as the plan does', () => {
  it('an increment on the year before reads as one: 2025 居民医保 再提高30元 is +30元, never a standard of 30元', () => {
    expect(formatFigure(storedTarget('gov-work-report', 2025, '居民医保'))).toBe('+30元');
    expect(formatFigure(storedTarget('gov-work-report', 2025, '基本公共卫生服务经费人均财政补助标准'))).toBe('+5元');
    expect(formatFigure(storedTarget('gov-work-report', 2025, '城乡居民基础养老金最低标准'))).toBe('+20元');
  });

  it('a level stays a level and a decline is 降低 (2025: 单位国内生产总值能耗降低3%左右)', () => {
    expect(formatFigure(storedTarget('gov-work-report', 2025, '城镇新增就业'))).toBe('1200万人以上');
    expect(formatFigure(storedTarget('gov-work-report', 2025, '单位国内生产总值能耗'))).toBe('降低3%左右');
  });

  it('a rank reads as a place: hubei 2024 力争…第一位, hunan 2026 前十位', () => {
    expect(formatFigure(storedTarget('hubei-sthjt-gzyd', 2024, '区域碳市场年度交易量排名'))).toBe('力争第一位');
    expect(formatFigure(storedTarget('gwr-hunan', 2026, '全国区域创新能力排名'))).toBe('前十位');
  });
});
