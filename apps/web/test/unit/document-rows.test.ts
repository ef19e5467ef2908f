import type { Comparison, Plan, Timeline } from '@plandiff/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentRows, chapterDensities, orderDocumentRows, type PairRow, type RunRow } from '../../src/comparison/document-rows.js';
import { evidenceText, sharedWords } from '../../src/comparison/evidence-text.js';
import { buildLinkViews } from '../../src/comparison/link-view.js';
import { i18n } from '../../src/i18n/i18n.js';
import { displayPath } from '../../src/plan/display-path.js';
import { indexPlan, type PlanIndex } from '../../src/plan/plan-index.js';
import { storedJson } from '../support/stored-api.js';

// The real comparison of the 2024 and 2025 政府工作报告, as the API serves it to the viewer.
let comparison: Comparison;
let from: PlanIndex;
let to: PlanIndex;
let pairs: PairRow[];

beforeAll(async () => {
  const series = '/api/series/gov-work-report';
  const [c, a, b] = await Promise.all([
    storedJson<Comparison>(`${series}/compare?from=2024&to=2025`),
    storedJson<Plan>(`${series}/plans/2024`),
    storedJson<Plan>(`${series}/plans/2025`),
  ]);
  comparison = c;
  from = indexPlan(a);
  to = indexPlan(b);
  pairs = orderDocumentRows(buildLinkViews(c.links, from, to), from, to);
});

describe('the side-by-side document of gov-work-report 2024 → 2025', () => {
  it('follows 2025’s outline; each moved task also leaves a ghost at its 2024 place', () => {
    const real = pairs.filter((row) => !row.ghost && row.view.toTasks.length > 0);
    const positions = real.map((row) => to.plan.tasks.findIndex((task) => task.id === row.view.link.to[0]));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const moved = comparison.links.filter((link) => link.kind === 'moved').length;
    expect(moved).toBe(11);
    expect(pairs.filter((row) => row.ghost)).toHaveLength(moved);
    // every link is a row once (plus the ghosts)
    expect(pairs.length).toBe(comparison.links.length + moved);
  });

  it('collapses the review chapter (一、2024年工作回顾) and, inside it opened, the unchanged paragraph', () => {
    const closed = buildDocumentRows(pairs, new Set());
    const review = closed.find((row): row is RunRow => row.type === 'run' && row.reason === 'review')!;
    expect(review.title).toBe('一、2024年工作回顾');
    expect(closed.filter((row) => row.type === 'pair' && row.view.link.kind === 'unchanged')).toHaveLength(0);
    const opened = buildDocumentRows(pairs, new Set([review.key]));
    const same = opened.find((row): row is RunRow => row.type === 'run' && row.reason === 'unchanged')!;
    expect(same.rows.map((row) => row.view.link.from)).toEqual([['t1.p18']]);
    const both = buildDocumentRows(pairs, new Set([review.key, same.key]));
    expect(both.some((row) => row.type === 'pair' && row.view.link.kind === 'unchanged')).toBe(true);
  });

  it('reads the reordered priorities from the server: 2024 着力扩大国内需求 (2025 全方位扩大国内需求) goes from 3rd to 1st under 三', () => {
    const demand = comparison.sectionMoves!.find((move) => move.title.endsWith('全方位扩大国内需求'))!;
    expect(from.sectionById.get(demand.from)?.title).toMatch(/^着力扩大国内需求/);
    expect(demand).toMatchObject({ from: 's3.3', to: 's3.1', rankFrom: 3, rankTo: 1 });
  });

  it('counts the changes per chapter of 2025 (三、2025年政府工作任务 has the most)', () => {
    const chapters = chapterDensities(pairs, from, to);
    const tasks = chapters.find((chapter) => chapter.id === 's3')!;
    expect(tasks.title).toBe('2025年政府工作任务');
    expect(Math.max(...chapters.map((chapter) => chapter.changes))).toBe(tasks.changes);
  });
});

describe('sentence pairs, paths and evidence', () => {
  it('reads the server’s sentence pairs of the CPI link (2024 → 2025) and its figure diff (3% → 2%)', () => {
    const link = comparison.links.find((candidate) => candidate.targetChanges.some((change) => change.metric === '居民消费价格涨幅'))!;
    const a = link.from.map((id) => from.taskById.get(id)!.text).join('\n');
    const b = link.to.map((id) => to.taskById.get(id)!.text).join('\n');
    const pairsOfLink = link.sentences!;
    expect(pairsOfLink.filter((pair) => pair.from !== null).map((pair) => pair.from).join('')).toBe(a);
    expect(pairsOfLink.filter((pair) => pair.to !== null).map((pair) => pair.to).join('')).toBe(b);
    const cpi = pairsOfLink.find((pair) => pair.op === 'changed' && (pair.from ?? '').includes('居民消费价格涨幅'))!;
    expect(cpi.to).toContain('居民消费价格涨幅2%左右');
    expect(cpi.diff!.some((op) => op.op === 'insert' && op.text.includes('2'))).toBe(true);
  });

  it('cites tasks by display path, never by id', () => {
    expect(displayPath(['三', '（二）', 'p2'])).toBe('三（二）第2段');
    expect(displayPath(['一', '（二）', '1'])).toBe('一（二）1');
    expect(displayPath([])).toBe('全文');
    const merged = comparison.links.find((link) => link.kind === 'merged')!;
    const zh = evidenceText(merged.evidence, from, to, { from: '2024', to: '2025' }, i18n.getFixedT('zh-CN'));
    expect(zh.join(' ')).not.toMatch(/\bt\d/);
    expect(zh[0]).toBe('2025年 一第2段 的内容见于 2024年 一第2段 + 一第8段（合计占其文字 48%）');
  });

  it('shows shared terms only when they are words (业统筹布局和 is not one)', () => {
    expect(sharedWords(['高质量发展扎实推进', '业统筹布局和', '加强生态环'])).toEqual(['高质量发展']);
    expect(sharedWords(['业统筹布局和'])).toEqual([]);
  });
});

describe('charts per unit (gov-work-report timeline)', () => {
  it('puts CPI and GDP on the one % chart, with the figures as written and 左右 / 以上 kept', async () => {
    const { unitCharts } = await import('../../src/targets/chart-series.js');
    const timeline = await storedJson<import('@plandiff/model').Timeline>('/api/series/gov-work-report/targets');
    const charts = unitCharts(timeline.metrics, timeline.years);
    const percent = charts.find((chart) => chart.unit === '%')!;
    const cpi = percent.lines.find((line) => line.metric === '居民消费价格涨幅')!;
    const gdp = percent.lines.find((line) => line.metric === '国内生产总值增长')!;
    expect(percent.rows.map((row) => row[cpi.key])).toEqual([3, 3, 3, 3, 2]);
    expect(percent.rows.map((row) => row[`${gdp.key}_text`])).toEqual(['6%以上', '5.5%左右', '5%左右', '5%左右', '5%左右']);
    expect(percent.rows.map((row) => row[`${gdp.key}_mod`])).toEqual(['at_least', 'about', 'about', 'about', 'about']);
    // a figure repeated from the year before is not labelled again; the latest year always is
    expect(percent.rows.map((row) => row[`${gdp.key}_label`])).toEqual(['6%以上', '5.5%左右', '5%左右', null, '5%左右']);
    // 城镇新增就业 is in 万人: never on the % axis
    expect(percent.lines.some((line) => line.metric === '城镇新增就业')).toBe(false);
    expect(charts.find((chart) => chart.unit === '万人')!.lines.map((line) => line.metric)).toEqual(['城镇新增就业']);
  });
});

describe('targets that cannot sit on a yearly line', () => {
  it('an increment among levels (比上年增加2万亿元 vs 28.5万亿元) is listed apart, not plotted', async () => {
    const { unitCharts, isApart } = await import('../../src/targets/chart-series.js');
    const timeline = await storedJson<Timeline>('/api/series/gov-work-report/targets');
    const spending = timeline.metrics.find((row) => row.metric === '一般公共预算支出规模')!;
    // the basis #10 will give the 2022 figure; the real answer has none yet
    const marked: Timeline['metrics'][number] = {
      ...spending,
      values: { ...spending.values, '2022': { ...spending.values['2022']!, basis: 'increment' } },
    };
    expect(isApart(marked.values['2022'], marked)).toBe(true);
    expect(isApart(marked.values['2025'], marked)).toBe(false);
    const chart = unitCharts([marked], timeline.years).find((c) => c.unit === '万亿元')!;
    expect(chart.rows.map((row) => row.m0)).toEqual([null, null, null, 28.5, 29.7]);
  });
});

describe('levels, increments and declines are charted apart (gov-work-report timeline)', () => {
  it('居民医保 再提高30元 is on an increment chart (+30元), 单位国内生产总值能耗 降低 on a decline chart, neither beside levels', async () => {
    const { unitCharts } = await import('../../src/targets/chart-series.js');
    const timeline = await storedJson<Timeline>('/api/series/gov-work-report/targets');
    const charts = unitCharts(timeline.metrics, timeline.years);
    const chartOf = (metric: string) => charts.find((chart) => chart.lines.some((line) => line.metric === metric));
    const insurance = chartOf('居民医保')!;
    expect(insurance.kind).toBe('increment');
    expect(insurance.unit).toBe('元');
    const line = insurance.lines.find((l) => l.metric === '居民医保')!;
    expect(insurance.rows.map((row) => row[`${line.key}_text`]).filter(Boolean)).toContain('+30元');
    expect(charts.filter((chart) => chart.kind === 'level').flatMap((chart) => chart.lines.map((l) => l.metric))).not.toContain('居民医保');
    const energy = chartOf('单位国内生产总值能耗');
    if (energy) {
      expect(energy.kind).toBe('decrease');
      expect(energy.lines.some((l) => l.metric === '国内生产总值增长')).toBe(false);
    }
    // growth rates stay levels on the % chart
    expect(chartOf('国内生产总值增长')!.kind).toBe('level');
  });
});

describe('two items the plans call alike are named apart by their sentence', () => {
  it('2024 → 2025: 超长期特别国债 1万亿 → 1.3万亿元, and 超长期特别国债（支持消费品以旧换新） 3000亿元 new', async () => {
    const { distinctMetricNames } = await import('../../src/targets/metric-purpose.js');
    const [comparison, from, to] = await Promise.all([
      storedJson<import('@plandiff/model').Comparison>('/api/series/gov-work-report/compare?from=2024&to=2025'),
      storedJson<import('@plandiff/model').Plan>('/api/series/gov-work-report/plans/2024'),
      storedJson<import('@plandiff/model').Plan>('/api/series/gov-work-report/plans/2025'),
    ]);
    const names = distinctMetricNames(comparison.targets, from, to);
    const bonds = comparison.targets.map((change, index) => ({ change, index })).filter(({ change }) => change.metric === '超长期特别国债');
    expect(bonds).toHaveLength(2);
    const renamed = bonds.map(({ change, index }) => ({ value: change.to?.value, name: names.get(index) ?? change.metric }));
    expect(renamed).toContainEqual({ value: 3000, name: '超长期特别国债（支持消费品以旧换新）' });
    expect(renamed).toContainEqual({ value: 1.3, name: '超长期特别国债' });
  });
});

describe('the scope of a rule is not a time series', () => {
  it('gov-work-report: 应纳税所得额 不到100万元 (2021) and 100万元至300万元 (2022) are on no chart', async () => {
    const { unitCharts, isRuleThreshold } = await import('../../src/targets/chart-series.js');
    const timeline = await storedJson<Timeline>('/api/series/gov-work-report/targets');
    const bands = timeline.metrics.filter((row) => row.metric.includes('应纳税所得额'));
    expect(bands.length).toBeGreaterThan(0);
    for (const row of bands) for (const target of Object.values(row.values)) if (target) expect(isRuleThreshold(target)).toBe(true);
    const drawn = unitCharts(timeline.metrics, timeline.years).flatMap((chart) => chart.lines.map((line) => line.metric));
    expect(drawn.some((metric) => metric.includes('应纳税所得额'))).toBe(false);
  });
});
