/**
 * Targets are paired by identity, not by name: same metricKey or similar metric, compatible unit, same basis, same
 * horizon kind, and linked tasks or the same chapter (DESIGN.md). Timeline rows follow the same rule.
 */
import { describe, expect, it } from 'vitest';
import type { Target } from '@plandiff/model';
import { comparePlans } from '../src/compare.js';
import { buildTimeline } from '../src/timeline.js';
import { identitySimilarity, matchTargets, pairSimilarity, unitDimension, unitsCompatible } from '../src/targets.js';
import { loadPlan, taskWith } from './support/fixtures.js';

function target(p: Partial<Target> & Pick<Target, 'metric'>): Target {
  return {
    id: p.metric, taskId: 't', value: 1, low: null, high: null, unit: '%', modifier: 'about', aspirational: false,
    direction: null, deadline: null, text: p.metric, span: [0, 0], damaged: false, ...p,
  };
}

describe('target identity (constructed targets; metricKey/basis/horizon as the parser will fill them)', () => {
  it('units: same dimension pairs (亿元/万元, 万人/人), different counted things do not (栋/个), nor a rate with an amount', () => {
    expect(unitDimension('亿元')).toBe('元');
    expect(unitDimension('万人次')).toBe('人次');
    expect(unitDimension('个百分点')).toBe('个百分点');
    expect(unitsCompatible({ unit: '亿元' }, { unit: '万元' })).toBe(true);
    expect(unitsCompatible({ unit: '栋' }, { unit: '个' })).toBe(false);
    expect(unitsCompatible({ unit: '%' }, { unit: '亿元' })).toBe(false);
    expect(unitsCompatible({ unit: null }, { unit: '%' })).toBe(true);
  });

  it('an increment (赤字规模比上年增加1.6万亿元) never pairs with the level (赤字规模5.66万亿元)', () => {
    const level = target({ metric: '赤字规模', value: 5.66, unit: '万亿元', basis: 'level' });
    const increment = target({ metric: '赤字规模', value: 1.6, unit: '万亿元', basis: 'increment' });
    expect(identitySimilarity(level, increment)).toBeNull();
    const out = matchTargets([level], [increment]);
    expect(out.map((c) => c.kind).sort()).toEqual(['added', 'dropped']);
    // absent basis reads as level
    expect(identitySimilarity(target({ metric: '赤字规模', unit: '万亿元' }), level)).toBe(1);
  });

  it('a five-year target (到2030年) never pairs with a year\'s target of the same metric', () => {
    const annual = target({ metric: '单位国内生产总值能耗', value: 3, horizon: { kind: 'annual', endYear: 2025 } });
    const fiveYear = target({ metric: '单位国内生产总值能耗', value: 13.5, horizon: { kind: 'multi_year', endYear: 2025 } });
    expect(identitySimilarity(annual, fiveYear)).toBeNull();
    expect(identitySimilarity(target({ metric: '单位国内生产总值能耗', value: 2.5 }), annual)).toBe(1);
  });

  it('metricKey: equal keys pair different wordings (地区生产总值增长 / 经济增长); different keys never pair', () => {
    const a = target({ metric: '地区生产总值增长', value: 5.5, metricKey: 'gdp_growth' });
    const b = target({ metric: '经济增长', value: 5, metricKey: 'gdp_growth' });
    expect(identitySimilarity(a, b)).toBe(1);
    const c = target({ metric: '地区生产总值增长', value: 5, metricKey: 'gdp_growth_per_capita' });
    expect(identitySimilarity(a, c)).toBeNull();
    expect(matchTargets([a], [b])[0]).toMatchObject({ kind: 'changed', change: { value: 'lowered' } });
  });

  it('context: a bare metric word (投资) pairs only inside linked tasks; a named metric also in the same chapter', () => {
    const a = target({ metric: '投资', value: 2.5, unit: '亿元', taskId: 'a' });
    const b = target({ metric: '投资', value: 1.6, unit: '亿元', taskId: 'b' });
    expect(pairSimilarity(a, b, () => 'linked')).toBe(1);
    expect(pairSimilarity(a, b, () => 'chapter')).toBeNull();
    const x = target({ metric: '旅游收入', value: 50, unit: '亿元' });
    const y = target({ metric: '旅游收入', value: 60, unit: '亿元' });
    expect(pairSimilarity(x, y, () => 'chapter')).toBe(1);
    expect(pairSimilarity(x, y, () => 'none')).toBeNull();
  });
});

describe('Hailar 2014 → 2015 (real rows): no target change between different projects or units', () => {
  const from = loadPlan('hailar-gwr', 2014);
  const to = loadPlan('hailar-gwr', 2015);
  const c = comparePlans(from, to);
  const all = [...c.targets, ...c.links.flatMap((l) => l.targetChanges)];

  it('the logistics park\'s 投资2.5亿元 is not "lowered" to the heating projects\' 投资1.6亿元', () => {
    const park = taskWith(from, '完成投资2.5亿元');
    const paired = all.filter((t) => t.from?.taskId === park.id && t.from.metric === '投资' && t.to !== null);
    expect(paired).toEqual([]);
    const heating = taskWith(to, '供热改造任务');
    expect(all.some((t) => t.to?.taskId === heating.id && t.from !== null && t.to.metric === '投资')).toBe(false);
    expect(c.targets.find((t) => t.from?.text === '完成投资2.5亿元')?.kind).toBe('dropped');
  });

  it('温室150栋 and 温室20个 are different units: dropped and added, never changed', () => {
    const greenhouse = all.filter((t) => t.metric === '温室' && t.from && t.to);
    expect(greenhouse).toEqual([]);
    expect(c.targets.find((t) => t.from?.text === '温室150栋')?.kind).toBe('dropped');
    expect(c.targets.find((t) => t.to?.text === '温室20个')?.kind).toBe('added');
  });

  it('the real changes stay: GDP growth 11% → 8% lowered, tourism 500 → 600万人次 raised (年内 is no new deadline)', () => {
    expect(c.targets.find((t) => t.metric === '地区生产总值增长')).toMatchObject({ kind: 'changed', change: { value: 'lowered' } });
    const tourism = c.targets.find((t) => t.metric === '旅游接待人数');
    expect(tourism).toMatchObject({ kind: 'changed', change: { value: 'raised' } });
    expect(tourism?.change.deadline).toBeUndefined();
  });

  it('inside the linked farming task, 2014\'s subject-less 产量达到15万吨 (vegetables) is 2015\'s 蔬菜产量达到10万吨, lowered', () => {
    const veg = c.targets.find((t) => t.to?.text === '蔬菜产量达到10万吨');
    expect(veg).toMatchObject({ kind: 'changed', from: { text: '产量达到15万吨', value: 15 }, change: { value: 'lowered' } });
    // the 2万平方米 storage is carried over unchanged (2014's 年内建成 is the plan's own year)
    expect(c.targets.find((t) => t.from?.text === '仓储库2万平方米')?.kind).toBe('unchanged');
  });

  it('timeline: 温室 in 栋 and in 个 are two rows, 投资 never joins across years, rows carry basis and horizon', () => {
    const t = buildTimeline('hailar-gwr', [2012, 2013, 2014, 2015].map((y) => loadPlan('hailar-gwr', y)));
    // 温室 is a bare word (which greenhouses?): each year's figure its own row, 2014's 栋 never beside 2015's 个
    const greenhouse = t.metrics.filter((r) => r.metric === '温室');
    expect(greenhouse.length).toBeGreaterThanOrEqual(2);
    for (const r of greenhouse) expect(Object.values(r.values).filter((v) => v !== null).length).toBe(1);
    expect(greenhouse.some((r) => r.values['2014']?.unit === '栋' && r.values['2015'] === null)).toBe(true);
    for (const r of t.metrics.filter((m) => m.metric === '投资')) {
      expect(Object.values(r.values).filter((v) => v !== null)).toHaveLength(1);
    }
    // a row is one basis and one horizon kind: every value in it has the row's own (absent fields read level/annual)
    for (const r of t.metrics) {
      for (const v of Object.values(r.values)) {
        if (!v) continue;
        expect(v.basis ?? 'level').toBe(r.basis);
        expect(v.horizon?.kind ?? 'annual').toBe(r.horizon);
      }
    }
    expect(gdpRow(t)?.basis).toBe('level');
    const gdp = gdpRow(t);
    expect([2014, 2015].map((y) => gdp?.values[String(y)]?.value)).toEqual([11, 8]);
  });
});

function gdpRow(t: ReturnType<typeof buildTimeline>) {
  return t.metrics.find((r) => r.metric === '地区生产总值增长');
}
