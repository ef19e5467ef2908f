import type { Comparison, TargetChange } from '@plandiff/model';
import { describe, expect, it } from 'vitest';
import { describeTargetChange } from '../../src/format/target-format.js';
import { i18n } from '../../src/i18n/i18n.js';

// these cases pin the English wording; the Chinese one (the default) is checked below
const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh-CN');
import { storedJson } from '../support/stored-api.js';

/** The words the target table shows for a metric of a stored comparison. */
async function words(series: string, from: number, to: number, metric: string, pick = (c: TargetChange) => c.metric === metric) {
  const comparison = await storedJson<Comparison>(`/api/series/${series}/compare?from=${from}&to=${to}`);
  const change = comparison.targets.find(pick);
  if (!change) throw new Error(`${series} ${from}→${to}: no target change for ${metric}`);
  return describeTargetChange(change, { from, to }, en).map((label) => label.text);
}

describe('target changes in words (real comparisons)', () => {
  it('gov-work-report 2024 → 2025: 居民消费价格涨幅 3%左右 → 2%左右 is lowered', async () => {
    expect(await words('gov-work-report', 2024, 2025, '居民消费价格涨幅')).toEqual(['lowered']);
  });

  it('gov-work-report 2024 → 2025: 单位国内生产总值能耗 降低2.5%左右 → 降低3%左右 is a larger cut', async () => {
    expect(await words('gov-work-report', 2024, 2025, '单位国内生产总值能耗')).toEqual(['raised: a larger cut']);
  });

  it('gov-work-report 2021 → 2022: the 2022 report sets no energy-intensity figure (能耗强度目标…统筹考核)', async () => {
    expect(await words('gov-work-report', 2021, 2022, '单位国内生产总值能耗')).toEqual(['no target set in 2022']);
  });

  it('gov-work-report 2021 → 2022: 小微企业 income band 100万元 → 100–300万元 names the range change', async () => {
    const labels = await words('gov-work-report', 2021, 2022, '对小微企业年应纳税所得额');
    expect(labels).toContain('raised');
    expect(labels).toContain('range 100万元 → 100–300万元');
    expect(labels).toContain('modifier at most → range');
  });

  it('hailar-gwr 2013 → 2014: 入园企业 7家 (年内) → 14家 (力争年末): raised, now 力争; 年内 → 年末 is no deadline change', async () => {
    // 2014: "力争年末，完成投资2.5亿元，入园企业达到14家" — 力争 governs its whole sentence. Compare (#11) reads every
    // "within the year" deadline (年内, 年末, 年底 …) as what a yearly target without one means: no deadline change.
    expect(await words('hailar-gwr', 2013, 2014, '入园企业')).toEqual(['raised', 'now aspirational (力争)']);
  });

  it('hailar-gwr 2014 → 2015: 旅游接待人数 500 → 600万人次 raised (gaining 年内 is no deadline change); 投资 lowered', async () => {
    expect(await words('hailar-gwr', 2014, 2015, '旅游接待人数')).toEqual(['raised']);
    // (投资 of 2014 has eight 投资 figures of 2015 to pair with: compare now pairs none of them, so no wording is tested)
  });

  it('hailar-gwr 2014 → 2015: 新增就业岗位 力争5000个 and 新增就业 5700人以上 are two metrics (岗位 vs 人): dropped and new', async () => {
    // compare (#10/#11) keeps a count of posts (个) and a count of people (人) apart instead of calling them not comparable
    expect(await words('hailar-gwr', 2014, 2015, '新增就业')).toEqual(['new']);
    expect(await words('hailar-gwr', 2014, 2015, '新增就业岗位')).toEqual(['dropped']);
  });

  it('hubei-sthjt-gzyd 2023 → 2024: 受污染耕地安全利用率 达□2%以上 lies where the 2023 excerpt is cut ("…；全省受污染"): not new, figure lost', async () => {
    expect(await words('hubei-sthjt-gzyd', 2023, 2024, '受污染耕地安全利用率')).toEqual(
      ['beyond the 2023 excerpt: cannot be compared', 'figure lost in the source (2024)'],
    );
    expect(await words('hubei-sthjt-gzyd', 2023, 2024, '地表水省控断面（水域）优良比例')).toEqual(['dropped']);
  });

  it('names year A / year B when a side has no year (an uploaded notice)', () => {
    const damaged: TargetChange = {
      kind: 'changed', metric: '农村生活污水治理率', from: null, to: null,
      change: { damaged: 'to' },
    };
    expect(describeTargetChange({ ...damaged, from: damagedTarget(), to: damagedTarget() }, undefined, en).map((l) => l.text)).toEqual([
      'figure lost in the source (year B)',
    ]);
  });

  it('hubei-sthjt-gzyd 2023 → 2024: the PM2.5 qualitative target gains 氮氧化物、VOCs … and reads "wording changed"', async () => {
    const labels = await words('hubei-sthjt-gzyd', 2023, 2024, 'PM2.5', (c) => c.kind === 'changed' && (c.to?.text ?? '').includes('挥发性有机物'));
    expect(labels).toContain('wording changed');
  });

  it('zh-CN (the default): 粮食产量 2024 → 2025 (1.3万亿斤以上 → 1.4万亿斤左右) reads 提高 and 以上 → 左右', async () => {
    const comparison = await storedJson<Comparison>('/api/series/gov-work-report/compare?from=2024&to=2025');
    const grain = comparison.targets.find((change) => change.metric === '粮食产量');
    expect(describeTargetChange(grain!, { from: 2024, to: 2025 }, zh).map((label) => label.text)).toEqual(['提高', '以上 → 左右']);
    expect(describeTargetChange(grain!, { from: 2024, to: 2025 }).map((label) => label.text)).toEqual(['提高', '以上 → 左右']);
  });
});

/** A target whose figure was lost (as 农村生活污水治理率达□6.58% in the damaged Hubei 2024 copy). */
function damagedTarget(): NonNullable<TargetChange['to']> {
  return {
    id: 'x', taskId: 't1', metric: '农村生活污水治理率', value: null, low: null, high: null, unit: '%', modifier: 'exact',
    aspirational: false, direction: null, deadline: null, deadlineDate: null, text: '农村生活污水治理率达□6.58%', span: [0, 16],
    damaged: true,
  };
}
