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

describe('海拉尔区: 力争 governs its whole sentence (across commas, after a deadline)', () => {
  const all = (year: number): Target[] => plan(year).tasks.flatMap((t) => t.targets);

  it('2015: 力争年内，旅游接待人数突破600万人次，旅游收入突破60亿元 → both aspirational, deadline 年内', () => {
    const targets = all(2015);
    expect(targets.find((t) => t.metric === '旅游接待人数')).toMatchObject({
      value: 600, unit: '万人次', modifier: 'at_least', aspirational: true, deadline: '年内', deadlineDate: '2015-12-31',
    });
    expect(targets.find((t) => t.metric === '旅游收入')).toMatchObject({
      value: 60, unit: '亿元', modifier: 'at_least', aspirational: true, deadline: '年内',
    });
  });

  it('2014: 力争年末，完成投资2.5亿元，入园企业达到14家 → both aspirational, deadline 年末', () => {
    const targets = all(2014);
    expect(targets.find((t) => t.text === '完成投资2.5亿元')).toMatchObject({ value: 2.5, unit: '亿元', aspirational: true, deadline: '年末' });
    expect(targets.find((t) => t.metric === '入园企业')).toMatchObject({ value: 14, unit: '家', aspirational: true, deadline: '年末' });
    // 力争年末，非公经济占国民经济比重达到72%以上
    expect(targets.find((t) => t.metric === '非公经济占国民经济比重')).toMatchObject({ value: 72, modifier: 'at_least', aspirational: true });
  });

  it('2014: a figure before 力争 in its sentence is not aspirational (确保…15公里雨水管网二期工程按期竣工，力争…)', () => {
    expect(all(2014).find((t) => t.value === 15 && t.unit === '公里')).toMatchObject({ metric: '雨水管网二期工程', aspirational: false });
  });

  it('2013: 预期目标 without 力争 stay firm; 力争全年旅游接待人数达到446万人次，旅游收入达到46亿元 are both aspirational', () => {
    const targets = all(2013);
    expect(targets.find((t) => t.metric === '地区生产总值')).toMatchObject({ value: 282, aspirational: false });
    expect(targets.find((t) => t.metric === '旅游接待人数')).toMatchObject({ value: 446, aspirational: true });
    expect(targets.find((t) => t.metric === '旅游收入')).toMatchObject({ value: 46, aspirational: true });
  });
});

describe('海拉尔区: measures and figures paired as written', () => {
  it('2013: 区本级固定资产投资增长23%，达到100亿元 — the % is the growth rate, the 亿元 the level', () => {
    // the 2012→2013 comparison showed these crossed; the parse pairs them right (the crossing is in matching)
    expect(targetsOf(plan(2013), '区本级固定资产投资增长23%').filter(([m]) => m.includes('固定资产'))).toEqual([
      ['区本级固定资产投资增长', 23, '%', 'exact'],
      ['区本级固定资产投资', 100, '亿元', 'exact'],
    ]);
  });

  // issue 10: the 以上 after the last of chained figures qualifies each of them, as a policy reader reads
  // 保持在90%和98%以上 (both rates are floors); the same rule reads 分别增长5%、6.5%左右 (甘肃 2026) as both about
  it('2013: 城乡居民参加养老保险和基本医疗保险参保率保持在90%和98%以上 → two measures, one figure each, both floors', () => {
    const targets = plan(2013).tasks.flatMap((t) => t.targets);
    expect(targets.filter((t) => t.metric.endsWith('参保率')).map((t) => [t.metric, t.value, t.modifier])).toEqual([
      ['城乡居民参加养老保险参保率', 90, 'at_least'],
      ['基本医疗保险参保率', 98, 'at_least'],
    ]);
  });

  it('what is done with a sized object is not part of its name (露天矿完成核准, 主力店年内完工, 工程按时完工)', () => {
    const metricOf = (year: number, value: number, unit: string) =>
      plan(year).tasks.flatMap((t) => t.targets).find((t) => t.value === value && t.unit === unit);
    // 2013: 大唐700万吨露天矿完成核准，400万吨褐煤提质建成投产 / 确保红星美凯龙6万平方米主力店年内完工
    expect(metricOf(2013, 700, '万吨')).toMatchObject({ metric: '露天矿', text: '大唐700万吨露天矿' });
    expect(metricOf(2013, 400, '万吨')).toMatchObject({ metric: '褐煤提质' });
    expect(metricOf(2013, 6, '万平方米')).toMatchObject({ metric: '主力店', deadline: '年内' });
    // 2014: 确保大唐700万吨露天矿一季度完成核准并开工建设
    expect(metricOf(2014, 700, '万吨')).toMatchObject({ metric: '露天矿' });
    // 2015: 加快推进大唐700万吨露天矿前期工作 / 确保红星美凯龙5.7万平方米主力店正式运营，23万平方米的建材城完工
    expect(metricOf(2015, 700, '万吨')).toMatchObject({ metric: '露天矿' });
    expect(metricOf(2015, 5.7, '万平方米')).toMatchObject({ metric: '主力店' });
    expect(metricOf(2015, 23, '万平方米')).toMatchObject({ metric: '建材城' });
    // 2012: 68公里二级和三级管网改造等工程按时完工
    expect(metricOf(2012, 68, '公里')).toMatchObject({ metric: '二级和三级管网改造等工程' });
  });
});
