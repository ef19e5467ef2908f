import { beforeAll, describe, expect, it } from 'vitest';
import type { CollectionOutcomes, CollectionSummary, Outcomes } from '@plandiff/model';
import { i18n } from '../../src/i18n/i18n.js';
import {
  outcomeTimeline, outcomeYears, planPath, provinceOutcomes, signedGap, sortProvinceOutcomes, tally,
} from '../../src/outcomes/outcome-view.js';
import { gapText, ruleText, verdictText } from '../../src/outcomes/outcome-text.js';
import { storedJson } from '../support/stored-api.js';

let national: Outcomes;
let provinces: CollectionOutcomes;
let summary: CollectionSummary;
beforeAll(async () => {
  // the real API's answers over the stored 政府工作报告 2021–2025 and the provincial reports
  national = await storedJson<Outcomes>('/api/series/gov-work-report/outcomes');
  provinces = await storedJson<CollectionOutcomes>('/api/collections/provincial-gwr/outcomes?year=2025');
  summary = await storedJson<CollectionSummary>('/api/collections/provincial-gwr');
}, 120_000);

const t = i18n.getFixedT('zh-CN');
const gdp = (year: number) => national.rows.find((r) => r.year === year && r.metricKey === 'gdp_growth')!;

describe('outcomes of the national reports (real API)', () => {
  it('has the years 2021–2024 (2025 is reviewed by no stored report yet)', () => {
    expect(outcomeYears(national.rows)).toEqual([2021, 2022, 2023, 2024]);
  });

  it('says the 2022 GDP outcome in words and points: 未达成, −2.5 个百分点, by the 左右 rule', () => {
    expect(verdictText(gdp(2022), t)).toBe('未达成');
    expect(gapText(gdp(2022), t)).toBe('−2.5 个百分点');
    expect(ruleText(gdp(2022), t)).toMatch(/^左右（比率）/);
    expect(verdictText(gdp(2024), t)).toBe('达成');
    expect(gapText(gdp(2024), t)).toBe('0 个百分点');
    expect(planPath(gdp(2022).resultFrom!.plan)).toBe('/series/gov-work-report/plans/2023');
  });

  it('signs a gap with a true minus and rounds it to hundredths; none for a missing one', () => {
    expect(signedGap(-2.5)).toBe('−2.5');
    expect(signedGap(0.2000000001)).toBe('+0.2');
    expect(signedGap(0)).toBe('0');
    expect(signedGap(null)).toBeNull();
  });

  it('counts every verdict of a year, and every rule it cites has Chinese words (no English on the zh-CN scorecard)', () => {
    const counts = tally(national.rows.filter((r) => r.year === 2022));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(national.rows.filter((r) => r.year === 2022).length);
    expect(counts.missed).toBeGreaterThanOrEqual(1);
    for (const row of national.rows) expect(ruleText(row, t)).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('draws GDP growth in the timeline 2021–2024 with its result on the target\'s scale', () => {
    const series = outcomeTimeline(national.rows);
    expect(series[0].metricKey).toBe('gdp_growth');
    expect(series[0].points.map((p) => [p.year, p.target, p.result, p.verdict])).toEqual([
      [2021, 6, 8.1, 'met'], [2022, 5.5, 3, 'missed'], [2023, 5, 5.2, 'met'], [2024, 5, 5, 'met'],
    ]);
    // an indicator with no reported figure in any year is left to the targets page
    for (const s of series) expect(s.points.some((p) => p.result !== null)).toBe(true);
  });
});

describe('the provinces\' outcome view (real API)', () => {
  it('lists every member of the collection with its short name, the national reference left out', () => {
    const list = provinceOutcomes(provinces, summary, 'gdp_growth', false);
    expect(list.length).toBe(summary.series.length);
    expect(list[0]).toMatchObject({ series: 'gwr-beijing', label: '北京' });
    for (const p of list) expect(p.rows).toEqual(provinces.series[p.series] ?? []);
  });

  it('sorts by gap with the rows that have none last, in either direction (the national GDP rows of four years as members)', () => {
    // four real rows, each standing as a member: 2022 missed by 2.5 points, 2024 exactly met, 2023 +0.2, 2021 +2.1
    const years: CollectionOutcomes = {
      collection: 'national-by-year', year: 0,
      series: Object.fromEntries([2021, 2022, 2023, 2024].map((y) => [`y${y}`, [gdp(y)]])),
    };
    const withEmpty: CollectionOutcomes = { ...years, series: { ...years.series, none: [] } };
    const list = provinceOutcomes(withEmpty, null, 'gdp_growth', false);
    expect(sortProvinceOutcomes(list, { by: 'gap', direction: 'asc' }).map((p) => p.series)).toEqual(['y2022', 'y2024', 'y2023', 'y2021', 'none']);
    expect(sortProvinceOutcomes(list, { by: 'gap', direction: 'desc' }).map((p) => p.series)).toEqual(['y2021', 'y2023', 'y2024', 'y2022', 'none']);
    expect(sortProvinceOutcomes(list, { by: 'missed', direction: 'desc' })[0].series).toBe('y2022');
  });
});
