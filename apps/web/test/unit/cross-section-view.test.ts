import { beforeAll, describe, expect, it } from 'vitest';
import type { CrossSection, Plan } from '@plandiff/model';
import { buildCrossSection } from '@plandiff/compare';
import { formatTarget } from '../../src/format/target-format.js';
import { cellOf, provinceRows, rankedChart, shownMetrics, sortProvinces } from '../../src/cross-section/view.js';
import { storedJson } from '../support/stored-api.js';

let cs: CrossSection;
beforeAll(async () => {
  // the real API's answer: metricKey from the parser's indicator dictionary (#10), no test table
  cs = await storedJson<CrossSection>('/api/collections/provincial-gwr/targets?year=2026');
}, 120_000);

describe('the provinces cross-section of 2026 (real stored reports, real API)', () => {
  it('ranks GDP growth highest first, a range by its middle: 海南 6%左右 first, 新疆 5.5–6% second', () => {
    const chart = rankedChart(cs, 'gdp_growth', formatTarget);
    expect(chart.bars.slice(0, 2).map((b) => [b.name, b.label])).toEqual([['海南', '6%左右'], ['新疆', '5.5–6%']]);
    // a range is drawn from its low to its high end, a value from 0
    expect(chart.bars[1]).toMatchObject({ range: true, span: [5.5, 6] });
    expect(chart.bars[0]).toMatchObject({ range: false, span: [0, 6] });
    expect(chart.bars.find((b) => b.name === '山西')).toMatchObject({ label: '4.5–5%', span: [4.5, 5] });
    expect(chart.notFound).toEqual(['上海', '浙江', '湖北', '广东', '四川', '西藏']);
    expect(chart.reference).toBeNull();
  });

  it('says "not set" for Chongqing\'s CPI (its report never mentions prices) and "not found" for Hubei (not stored)', () => {
    expect(cellOf(cs, 'gwr-chongqing', 'cpi')).toEqual({ status: 'not_set', target: null });
    expect(cellOf(cs, 'gwr-yunnan', 'cpi').status).toBe('not_set');
    expect(cellOf(cs, 'gwr-hubei', 'cpi').status).toBe('missing_series');
    expect(cellOf(cs, 'gwr-beijing', 'cpi').target?.text).toContain('居民消费价格涨幅2%左右');
    expect(rankedChart(cs, 'cpi', formatTarget).notSet).toContain('重庆');
  });

  it('keeps units apart: grain in 万吨 is listed, not plotted on the 亿斤 axis', () => {
    const grain = rankedChart(cs, 'grain_output', formatTarget);
    expect(grain.unit).toBe('亿斤');
    expect(grain.bars.map((b) => b.name)).toContain('河南');
    expect(grain.otherUnit.map((o) => o.name)).toEqual(expect.arrayContaining(['福建', '云南']));
  });

  it('sorts provinces by an indicator with those lacking a number last, and by province in collection order', () => {
    const rows = provinceRows(cs);
    const desc = sortProvinces(cs, rows, { by: 'gdp_growth', direction: 'desc' });
    expect(desc[0].name).toBe('海南');
    expect(desc.slice(-6).map((r) => r.name)).toEqual(['上海', '浙江', '湖北', '广东', '四川', '西藏']);
    const asc = sortProvinces(cs, rows, { by: 'gdp_growth', direction: 'asc' });
    expect(['天津', '辽宁', '山西', '黑龙江', '云南', '青海']).toContain(asc[0].name);
    expect(sortProvinces(cs, rows, { by: 'province', direction: 'asc' })[0].name).toBe('北京');
    expect(sortProvinces(cs, rows, { by: 'province', direction: 'desc' })[0].name).toBe('新疆');
  });

  it('shows as columns only indicators at least two provinces set, GDP growth first', () => {
    const shown = shownMetrics(cs, false).map((m) => m.metricKey);
    expect(shown[0]).toBe('gdp_growth');
    expect(shown).toEqual(expect.arrayContaining(['cpi', 'surveyed_unemployment', 'urban_new_jobs']));
    expect(shownMetrics(cs, true)).toHaveLength(cs.metrics.length);
  });
});

describe('the national reference', () => {
  it('is a line at its value, or a band for a range, in the indicator unit', async () => {
    // gov-work-report 2025 (国内生产总值增长5%左右) stands in as the reference of a two-province cross-section
    const national = await storedJson<Plan>('/api/series/gov-work-report/plans/2025');
    const beijing = await storedJson<Plan>('/api/series/gwr-beijing/plans/2026');
    const two = buildCrossSection({
      collection: 'provincial-gwr', year: 2026,
      members: [{ id: 'gwr-beijing', name: '北京', status: 'ok', plan: beijing }],
      reference: { series: 'gov-work-report', plan: national },
    });
    expect(rankedChart(two, 'gdp_growth', formatTarget).reference).toEqual({ low: 5, high: 5, label: '5%左右' });
  }, 60_000);
});
