import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan, Target } from '@plandiff/model';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';

// 海拉尔区政府工作报告 (GBK, CRLF), read through the whole pipeline. Each expected value was read in
// fixtures/hailar-gwr/<year>/source.txt (decoded as GBK), in the paragraph `…预期目标是：…`.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const plan = (year: number): Plan =>
  parsePlan(readFileSync(`${ROOT}fixtures/hailar-gwr/${year}/source.txt`), { series: 'hailar-gwr', year });

/** The targets of the task holding `key`, as [metric, value, unit, modifier]. */
function targetsOf(p: Plan, key: string): [string, number | null, string | null, string][] {
  const task = p.tasks.find((t) => t.text.includes(key));
  if (!task) throw new Error(`no task with ${key}`);
  return task.targets.map((t: Target) => [t.metric, t.value, t.unit, t.modifier]);
}

describe('海拉尔区 预期目标', () => {
  it('2012: levels with 达到/完成 and their 同比增长 rates, each under its own metric', () => {
    // 地区生产总值达到240亿元，同比增长21%；地方财政总收入达到20亿元，同比增长24.6%；固定资产投资完成194亿元，
    // 同比增长25％；社会消费品零售总额达到100.8亿元，同比增长20％；城镇人均可支配收入达到23896元，同比增长18％；
    // 农民人均纯收入达到16892元，同比增长18％
    expect(targetsOf(plan(2012), '地区生产总值达到240亿元')).toEqual([
      ['地区生产总值', 240, '亿元', 'exact'],
      ['地区生产总值增长', 21, '%', 'exact'],
      ['地方财政总收入', 20, '亿元', 'exact'],
      ['地方财政总收入增长', 24.6, '%', 'exact'],
      ['固定资产投资', 194, '亿元', 'exact'],
      ['固定资产投资增长', 25, '%', 'exact'],
      ['社会消费品零售总额', 100.8, '亿元', 'exact'],
      ['社会消费品零售总额增长', 20, '%', 'exact'],
      ['城镇人均可支配收入', 23896, '元', 'exact'],
      ['城镇人均可支配收入增长', 18, '%', 'exact'],
      ['农民人均纯收入', 16892, '元', 'exact'],
      ['农民人均纯收入增长', 18, '%', 'exact'],
    ]);
  });

  it('2014: rate first, then 达到 level; 主要约束性指标达到上级要求 is qualitative', () => {
    // 地区生产总值增长11%，达到282亿元;地方财政总收入增长16%，达到28.8亿元;区本级固定资产投资增长20%，
    // 达到108.8亿元;社会消费品零售总额增长14%，达到126亿元;城镇居民人均可支配收入增长12%，农民人均纯收入增长14%，
    // 主要约束性指标达到上级要求
    expect(targetsOf(plan(2014), '地区生产总值增长11%')).toEqual([
      ['地区生产总值增长', 11, '%', 'exact'],
      ['地区生产总值', 282, '亿元', 'exact'],
      ['地方财政总收入增长', 16, '%', 'exact'],
      ['地方财政总收入', 28.8, '亿元', 'exact'],
      ['区本级固定资产投资增长', 20, '%', 'exact'],
      ['区本级固定资产投资', 108.8, '亿元', 'exact'],
      ['社会消费品零售总额增长', 14, '%', 'exact'],
      ['社会消费品零售总额', 126, '亿元', 'exact'],
      ['城镇居民人均可支配收入增长', 12, '%', 'exact'],
      ['农民人均纯收入增长', 14, '%', 'exact'],
      ['主要约束性指标', null, null, 'qualitative'],
    ]);
  });

  it('2015: 新增就业5700人以上 at_least, 城镇登记失业率控制在4%以内 at_most; 望城路等15条道路工程 → 道路工程', () => {
    const p = plan(2015);
    const all = p.tasks.flatMap((t) => t.targets);
    expect(all.find((t) => t.metric === '新增就业')).toMatchObject({ value: 5700, unit: '人', modifier: 'at_least' });
    expect(all.find((t) => t.metric === '城镇登记失业率')).toMatchObject({ value: 4, unit: '%', modifier: 'at_most' });
    expect(all.find((t) => t.value === 15 && t.unit === '条')).toMatchObject({ metric: '道路工程', text: '完成望城路等15条道路工程' });
    for (const t of all) expect(p.text.slice(t.span[0], t.span[1])).toBe(t.text);
  });

  it('2014: 2×35万千瓦 (the size of each generating unit) is no target', () => {
    const all = plan(2014).tasks.flatMap((t) => t.targets);
    expect(all.some((t) => t.value === 35 || t.value === 2 && t.unit === '万千瓦')).toBe(false);
  });
});
