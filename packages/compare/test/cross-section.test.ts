/**
 * buildCrossSection on plans made of real sentences from the 2026 provincial reports
 * (fixtures/gwr-<province>/2026/source.txt), with targets written by hand as the parser is to read them, metricKey included
 * (the dictionary that fills metricKey is @plandiff/parse's; these tests do not depend on it).
 */
import { describe, expect, it } from 'vitest';
import { CrossSection as CrossSectionSchema, type Plan, type Target } from '@plandiff/model';
import { buildCrossSection, crossSectionCellStatus, crossSectionTargets, crossSectionToCsv, csvField, neutraliseFormula } from '../src/index.js';
import { paragraphPlan } from './support/paragraph-plan.js';

type Figure = Partial<Target> & Pick<Target, 'metric' | 'modifier'>;

/** Adds a target to the task whose text contains `phrase`; its span and text are that phrase in the plan text. */
function addTarget(plan: Plan, phrase: string, figure: Figure): Target {
  const task = plan.tasks.find((t) => t.text.includes(phrase));
  if (!task) throw new Error(`${plan.id}: no task contains ${phrase}`);
  const start = plan.text.indexOf(phrase);
  const target: Target = {
    id: `${task.id}.g${task.targets.length + 1}`, taskId: task.id, value: null, low: null, high: null, unit: '%',
    aspirational: false, direction: null, text: phrase, span: [start, start + phrase.length], damaged: false,
    basis: 'level', horizon: { kind: 'annual', endYear: plan.year }, ...figure,
  };
  task.targets.push(target);
  plan.targets.push(target);
  return target;
}

function beijing(): Plan {
  const p = paragraphPlan([
    '一、2025年工作回顾',
    '全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点，一般公共预算收入增长4.8%，城镇调查失业率4.1%。',
    '二、“十四五”时期发展成就和“十五五”时期主要目标任务',
    '围绕上述目标，《纲要草案》从创新、协调、绿色、开放、共享、安全6个维度设置了29项主要指标，包括：地区生产总值年均增速4.5%-5%、努力争取更好结果。',
    '三、2026年重点工作',
    '今年经济社会发展主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4%左右，城镇调查失业率控制在5%以内，居民消费价格涨幅2%左右。',
  ].join('\n'), 'gwr-beijing/2026', 2026);
  addTarget(p, '增长5.4%', { metric: '地区生产总值增长', value: 5.4, modifier: 'exact', metricKey: 'gdp_growth' });
  addTarget(p, '地区生产总值年均增速4.5%-5%', { metric: '地区生产总值年均增速', low: 4.5, high: 5, modifier: 'range', metricKey: 'gdp_growth', horizon: { kind: 'multi_year', endYear: 2030 } });
  addTarget(p, '地区生产总值增长5%左右', { metric: '地区生产总值增长', value: 5, modifier: 'about', metricKey: 'gdp_growth' });
  addTarget(p, '城镇调查失业率控制在5%以内', { metric: '城镇调查失业率', value: 5, modifier: 'at_most', metricKey: 'surveyed_unemployment' });
  addTarget(p, '居民消费价格涨幅2%左右', { metric: '居民消费价格涨幅', value: 2, modifier: 'about', metricKey: 'cpi' });
  return p;
}

/** Chongqing's report sets no CPI and no unemployment target anywhere (neither 居民消费价格 nor 失业率 occurs in it). */
function chongqing(): Plan {
  const p = paragraphPlan([
    '三、2026年工作安排',
    '今年经济社会发展主要预期目标是：地区生产总值增长5%以上，规上工业增加值增长6%，固定资产投资增长3%，城镇新增就业65万人以上。',
  ].join('\n'), 'gwr-chongqing/2026', 2026);
  addTarget(p, '地区生产总值增长5%以上', { metric: '地区生产总值增长', value: 5, modifier: 'at_least', metricKey: 'gdp_growth' });
  addTarget(p, '城镇新增就业65万人以上', { metric: '城镇新增就业', value: 65, unit: '万人', modifier: 'at_least', metricKey: 'urban_new_jobs' });
  addTarget(p, '规上工业增加值增长6%', { metric: '规上工业增加值增长', value: 6, modifier: 'exact', metricKey: null });
  return p;
}

function shanxi(): Plan {
  const p = paragraphPlan([
    '三、2026年工作安排',
    '今年经济社会发展主要目标是：地区生产总值增长4.5%—5%，固定资产投资增长5%，居民消费价格总水平上涨幅度控制在2%左右，城镇新增就业人数45万人，城镇调查失业率控制在5.5%左右。',
  ].join('\n'), 'gwr-shanxi/2026', 2026);
  addTarget(p, '地区生产总值增长4.5%—5%', { metric: '地区生产总值增长', low: 4.5, high: 5, modifier: 'range', metricKey: 'gdp_growth' });
  addTarget(p, '城镇新增就业人数45万人', { metric: '城镇新增就业人数', value: 45, unit: '万人', modifier: 'exact', metricKey: 'urban_new_jobs' });
  addTarget(p, '城镇调查失业率控制在5.5%左右', { metric: '城镇调查失业率', value: 5.5, modifier: 'about', metricKey: 'surveyed_unemployment' });
  return p;
}

function build(reference: Plan | null = null) {
  return buildCrossSection({
    collection: 'provincial-gwr',
    year: 2026,
    members: [
      { id: 'gwr-beijing', name: '北京', nameEn: 'Beijing', status: 'ok', plan: beijing() },
      { id: 'gwr-chongqing', name: '重庆', status: 'ok', plan: chongqing() },
      { id: 'gwr-shanxi', name: '山西', status: 'ok', plan: shanxi() },
      { id: 'gwr-hubei', name: '湖北', status: 'missing_series', plan: null },
    ],
    reference: reference ? { series: 'gov-work-report', plan: reference } : null,
  });
}

describe('buildCrossSection', () => {
  it("takes each province's GDP growth target of the year, not the review's result nor the five-year target", () => {
    const cs = CrossSectionSchema.parse(build());
    const gdp = cs.metrics.find((m) => m.metricKey === 'gdp_growth')!;
    expect(cs.metrics[0].metricKey).toBe('gdp_growth');
    expect(gdp.metric).toBe('地区生产总值增长');
    expect(gdp.values['gwr-beijing']).toMatchObject({ value: 5, modifier: 'about', text: '地区生产总值增长5%左右' });
    expect(gdp.values['gwr-chongqing']).toMatchObject({ value: 5, modifier: 'at_least', text: '地区生产总值增长5%以上' });
    expect(gdp.values['gwr-shanxi']).toMatchObject({ value: null, low: 4.5, high: 5, modifier: 'range' });
  });

  it('says "not set" (null) for a province whose stored plan has no target with the key, and leaves out a series not stored', () => {
    const cs = build();
    const cpi = cs.metrics.find((m) => m.metricKey === 'cpi')!;
    expect(cpi.values['gwr-chongqing']).toBeNull();
    expect(cpi.values['gwr-shanxi']).toBeNull();
    expect('gwr-hubei' in cpi.values).toBe(false);
    expect(crossSectionCellStatus(cs, 'gwr-chongqing', 'cpi')).toBe('not_set');
    expect(crossSectionCellStatus(cs, 'gwr-hubei', 'cpi')).toBe('missing_series');
    expect(crossSectionCellStatus(cs, 'gwr-beijing', 'cpi')).toBe('set');
    expect(cs.series?.map((s) => [s.id, s.status])).toEqual([
      ['gwr-beijing', 'ok'], ['gwr-chongqing', 'ok'], ['gwr-shanxi', 'ok'], ['gwr-hubei', 'missing_series'],
    ]);
  });

  it('orders rows GDP first, then by how many provinces set them; a target without metricKey has no row', () => {
    const cs = build();
    expect(cs.metrics.map((m) => m.metricKey)).toEqual(['gdp_growth', 'surveyed_unemployment', 'urban_new_jobs', 'cpi']);
    expect(cs.metrics.find((m) => m.metricKey === 'urban_new_jobs')!.unit).toBe('万人');
  });

  it('has reference null when the national report of the year is not stored, and keys it by metricKey when it is', () => {
    expect(build().reference).toBeNull();
    const national = paragraphPlan([
      '三、2026年政府工作任务',
      '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。',
    ].join('\n'), 'gov-work-report/2026', 2026);
    addTarget(national, '国内生产总值增长5%左右', { metric: '国内生产总值增长', value: 5, modifier: 'about', metricKey: 'gdp_growth' });
    const cs = build(national);
    expect(cs.reference?.series).toBe('gov-work-report');
    expect(cs.reference?.values.gdp_growth).toMatchObject({ value: 5, modifier: 'about' });
    expect(cs.reference?.values.cpi).toBeNull();
  });

  it('prefers an undamaged statement of a metric to a damaged one', () => {
    const p = chongqing();
    const damaged = addTarget(p, '地区生产总值增长5%以上', { metric: '地区生产总值增长', modifier: 'at_least', metricKey: 'gdp_growth', damaged: true });
    p.targets.unshift(p.targets.splice(p.targets.indexOf(damaged), 1)[0]);
    expect(crossSectionTargets(p).get('gdp_growth')).toMatchObject({ damaged: false, value: 5 });
  });

  it('leaves increments (比上年增加 N) out: they are not the level of the year', () => {
    const p = chongqing();
    addTarget(p, '城镇新增就业65万人以上', { metric: '城镇新增就业', value: 65, unit: '万人', modifier: 'at_least', metricKey: 'urban_new_jobs', basis: 'increment' });
    p.targets.splice(1, 1);
    expect(crossSectionTargets(p).has('urban_new_jobs')).toBe(false);
  });
});

describe('crossSectionToCsv', () => {
  it('writes one record per province × metric with status, the figure as written and the source sentence', () => {
    const csv = crossSectionToCsv(build());
    expect(csv.startsWith('\uFEFFseries,name,status,coverage,quality,metric_key,metric,figure,value,low,high,unit,modifier,aspirational,sentence,reference_figure\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('gwr-shanxi,山西,set,full,,gdp_growth,地区生产总值增长,4.5–5%,,4.5,5,%,range,false,地区生产总值增长4.5%—5%,');
    expect(lines).toContain('gwr-chongqing,重庆,not_set,full,,cpi,居民消费价格涨幅,,,,,,,,,');
    expect(lines).toContain('gwr-hubei,湖北,missing_series,,,gdp_growth,地区生产总值增长,,,,,,,,,');
  });

  it("carries each plan's quality verdict, so a doubtful reading is flagged in the spreadsheet too", () => {
    const doubtful = shanxi();
    doubtful.quality = { verdict: 'doubtful', reasons: ['MOST_FIGURES_DAMAGED'] };
    const cs = buildCrossSection({ collection: 'provincial-gwr', year: 2026, members: [{ id: 'gwr-shanxi', name: '山西', status: 'ok', plan: doubtful }], reference: null });
    expect(cs.series?.[0].quality).toBe('doubtful');
    expect(crossSectionToCsv(cs)).toContain('\r\ngwr-shanxi,山西,set,full,doubtful,gdp_growth,');
  });

  it('neutralises cells a spreadsheet would run as a formula (OWASP CSV injection), not plain numbers', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutraliseFormula('+1+2')).toBe("'+1+2");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-0.5)).toBe('-0.5'); // a number the exporter wrote is no formula
    expect(neutraliseFormula('地区生产总值增长5%左右')).toBe('地区生产总值增长5%左右');
    const cs = build();
    cs.series![0].name = '=cmd|calc';
    expect(crossSectionToCsv(cs)).toContain(`\r\ngwr-beijing,"'=cmd|calc",set,`);
  });
});
