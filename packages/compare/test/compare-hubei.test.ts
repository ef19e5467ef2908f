import { describe, expect, it } from 'vitest';
import { comparePlans } from '../src/compare.js';
import { describeChange } from '../src/figure.js';
import { loadPlan, taskWith } from './support/fixtures.js';

describe('hubei-sthjt-gzyd 2023 (excerpt) → 2024', () => {
  const from = loadPlan('hubei-sthjt-gzyd', 2023, 'excerpt');
  const to = loadPlan('hubei-sthjt-gzyd', 2024);
  const c = comparePlans(from, to);

  it('地表水省控断面(水域)优良比例 89.3% is dropped (2024 names only 国控断面 at 国家考核目标要求)', () => {
    const d = c.targets.find((t) => t.metric.includes('省控断面'));
    expect(d).toMatchObject({ kind: 'dropped', from: { value: 89.3, unit: '%' }, to: null });
  });

  it('the main-targets paragraph is linked to 2024 task 1 坚决完成环境质量改善目标', () => {
    const a = taskWith(from, '优良比例达到89.3%');
    const b = taskWith(to, '坚决完成环境质量改善目标');
    const link = c.links.find((l) => l.from.includes(a.id));
    expect(link?.to).toEqual([b.id]);
    expect(link?.kind).toBe('changed');
  });

  it('the general-requirements paragraph is linked to 2024 一（一） as changed with a word-level diff', () => {
    const a = taskWith(from, '以习近平新时代中国特色社会主义思想为指导');
    const link = c.links.find((l) => l.from.includes(a.id));
    expect(link?.kind).toBe('changed');
    const b = to.tasks.find((t) => t.id === link?.to[0]);
    expect(b?.id).toBe('t1.1.p1');
    expect(b?.text).toContain('以建设人与自然和谐共生的美丽湖北为统领');
    expect(link?.diff.some((o) => o.op === 'equal' && o.text.includes('人与自然和谐共生的美丽湖北为统领'))).toBe(true);
    // 2023 "持续深入打好蓝天、碧水、净土保卫战" is gone from the 2024 paragraph
    expect(link?.diff.filter((o) => o.op === 'delete').map((o) => o.text).join('')).toContain('保卫战');
    expect(link?.diff.some((o) => o.op === 'insert')).toBe(true);
  });

  it('everything past the excerpt is outside_excerpt, never added', () => {
    expect(c.summary.added).toBe(0);
    const blue = taskWith(to, '持续深入打好蓝天保卫战');
    expect(c.links.find((l) => l.to.includes(blue.id))?.kind).toBe('outside_excerpt');
    expect(c.summary.outside_excerpt).toBeGreaterThanOrEqual(25);
    // a target of a task past the excerpt is not reported as an added target
    expect(c.targets.some((t) => t.kind === 'added' && t.to?.taskId === blue.id)).toBe(false);
  });
});

describe('hubei-sthjt-gzyd qualitative targets 2023 (excerpt) → 2024', () => {
  const c = comparePlans(loadPlan('hubei-sthjt-gzyd', 2023, 'excerpt'), loadPlan('hubei-sthjt-gzyd', 2024));

  it('the PM2.5 target is changed in wording: 2024 adds 氮氧化物、挥发性有机物（VOCs）、化学需氧量、氨氮重点工程减排量', () => {
    const t = c.targets.find((x) => x.to?.text.includes('氨氮重点工程减排量'));
    expect(t?.from?.text).toBe('国考城市细颗粒物（PM2.5）平均浓度、空气质量优良天数比率、重污染天数比率达到国家考核目标要求');
    expect(t?.kind).toBe('changed');
    expect(t?.change).toEqual({ value: 'same', wording: 'changed' });
    expect(describeChange(t!)).toBe('wording changed');
  });

  it('国控断面 → 地表水国控断面 达到国家考核目标要求 is a wording change too (2024 adds 地表水)', () => {
    const t = c.targets.find((x) => x.to?.text === '地表水国控断面达到国家考核目标要求');
    expect(t?.from?.text).toBe('国控断面达到国家考核目标要求');
    expect(t).toMatchObject({ kind: 'changed', change: { wording: 'changed' } });
  });
});

describe('hubei-sthjt-gzyd 2023 (excerpt, cut at "全省受污染") → 2024: targets the excerpt cannot show', () => {
  const c = comparePlans(loadPlan('hubei-sthjt-gzyd', 2023, 'excerpt'), loadPlan('hubei-sthjt-gzyd', 2024));

  it('受污染耕地安全利用率 and 农村生活污水治理率 of the linked 2024 task are outside_excerpt, not added', () => {
    for (const metric of ['受污染耕地安全利用率', '农村生活污水治理率']) {
      expect(c.targets.find((t) => t.metric === metric)?.kind).toBe('outside_excerpt');
    }
    expect(c.summary.targets.added).toBe(0);
    expect(c.summary.targets.outside_excerpt).toBeGreaterThanOrEqual(2);
  });

  it('a target of a 2024 task past the excerpt (蓝天保卫战) is outside_excerpt too; 89.3% stays dropped', () => {
    const blue = taskWith(loadPlan('hubei-sthjt-gzyd', 2024), '持续深入打好蓝天保卫战');
    const ofBlue = c.targets.filter((t) => t.to?.taskId === blue.id);
    expect(ofBlue.map((t) => [t.metric, t.to?.value, t.kind])).toContainEqual(['重点企业绩效升A晋B', 100, 'outside_excerpt']);
    expect(ofBlue.every((t) => t.kind === 'outside_excerpt')).toBe(true);
    expect(c.targets.find((t) => t.metric.includes('省控断面'))?.kind).toBe('dropped');
  });
});
