import { beforeAll, describe, expect, it } from 'vitest';
import type { TargetChange } from '@plandiff/model';
import { comparePlans, type PlanComparison } from '../src/compare.js';
import { loadPlan, taskWith } from './support/fixtures.js';

describe('gov-work-report 2024 → 2025', () => {
  const from = loadPlan('gov-work-report', 2024);
  const to = loadPlan('gov-work-report', 2025);
  let c: PlanComparison;
  beforeAll(() => {
    c = comparePlans(from, to);
  });
  const t = (metric: string): TargetChange => {
    const hits = c.targets.filter((x) => x.metric === metric);
    expect(hits, metric).toHaveLength(1);
    return hits[0];
  };

  it('targets: GDP 5% about unchanged', () => {
    const g = t('国内生产总值增长');
    expect(g.kind).toBe('unchanged');
    expect([g.from?.value, g.from?.modifier, g.to?.value, g.to?.modifier]).toEqual([5, 'about', 5, 'about']);
  });
  it('targets: CPI 3% → 2% about, lowered', () => {
    const x = t('居民消费价格涨幅');
    expect([x.kind, x.from?.value, x.to?.value, x.to?.modifier, x.change.value]).toEqual(['changed', 3, 2, 'about', 'lowered']);
  });
  it('targets: grain 1.3万亿斤 at_least → 1.4万亿斤 about, raised, modifier changed', () => {
    const x = t('粮食产量');
    expect([x.from?.value, x.from?.unit, x.to?.value, x.to?.unit]).toEqual([1.3, '万亿斤', 1.4, '万亿斤']);
    expect(x.change).toMatchObject({ value: 'raised', modifier: { from: 'at_least', to: 'about' } });
  });
  it('targets: energy intensity decrease 2.5% → 3% about', () => {
    const x = t('单位国内生产总值能耗');
    expect([x.from?.value, x.to?.value, x.to?.modifier, x.to?.direction, x.change.value]).toEqual([2.5, 3, 'about', 'decrease', 'raised']);
  });
  it('targets: surveyed unemployment 5.5% about and new urban jobs 1200万人 at_least unchanged', () => {
    expect(t('城镇调查失业率')).toMatchObject({ kind: 'unchanged', to: { value: 5.5, modifier: 'about' } });
    expect(t('城镇新增就业')).toMatchObject({ kind: 'unchanged', to: { value: 1200, unit: '万人', modifier: 'at_least' } });
  });
  it('targets: deficit ratio 3% → 4% about, raised', () => {
    const x = t('赤字率');
    expect([x.from?.value, x.to?.value, x.to?.modifier, x.change.value]).toEqual([3, 4, 'about', 'raised']);
  });

  it('the domestic-demand chapter moved from （三） to （一） and the industrial-system one from （一） to （二）', () => {
    const demand = c.sections.find((s) => s.fromTitle?.startsWith('着力扩大国内需求'));
    expect(demand).toMatchObject({ kind: 'moved', toTitle: expect.stringContaining('全方位扩大国内需求') });
    expect(demand?.fromLabel).toContain('（三）');
    expect(demand?.toLabel).toContain('（一）');
    const industry = c.sections.find((s) => s.fromTitle?.startsWith('大力推进现代化产业体系建设'));
    expect(industry).toMatchObject({ kind: 'moved', toTitle: expect.stringContaining('新质生产力') });
    expect(industry?.fromLabel).toContain('（一）');
    expect(industry?.toLabel).toContain('（二）');
  });

  it('their paragraphs are linked as moved (消费, 投资, 新兴产业, 数字经济)', () => {
    const pairs: [string, string][] = [
      ['促进消费稳定增长', '实施提振消费专项行动'],
      ['积极扩大有效投资。发挥好政府投资', '积极扩大有效投资。紧扣国家发展战略'],
      ['积极培育新兴产业和未来产业', '培育壮大新兴产业、未来产业'],
      ['深入推进数字经济创新发展', '激发数字经济创新活力'],
    ];
    for (const [a, b] of pairs) {
      const ta = taskWith(from, a);
      const tb = taskWith(to, b);
      const link = c.links.find((l) => l.from.includes(ta.id));
      expect(link, a).toBeDefined();
      expect(link?.to, a).toEqual([tb.id]);
      expect(link?.kind, a).toBe('moved');
      expect(link?.evidence[0]?.code, a).toBe('moved');
    }
  });

  it('every link score is in 0..1 and evidence names shared terms', () => {
    for (const l of c.links) {
      expect(l.score).toBeGreaterThanOrEqual(0);
      expect(l.score).toBeLessThanOrEqual(1);
    }
    const invest = c.links.find((l) => l.from.includes(taskWith(from, '积极扩大有效投资。发挥好政府投资').id));
    const terms = invest?.evidence.find((e) => e.code === 'shared_terms');
    expect(terms?.code === 'shared_terms' && terms.values.terms.join(' ')).toMatch(/积极扩大有效投资/u);
  });

  it('summary counts agree with the links (review links counted apart)', () => {
    const plan = c.links.filter((l) => l.role !== 'review');
    expect(c.summary.moved).toBe(plan.filter((l) => l.kind === 'moved').length);
    expect(c.summary.added + c.summary.dropped + c.summary.changed + c.summary.moved + c.summary.unchanged
      + c.summary.split + c.summary.merged).toBe(plan.length);
  });
});
