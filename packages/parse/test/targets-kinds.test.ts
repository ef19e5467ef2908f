import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SectionRole, Target } from '@plandiff/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { extractTargets, indicatorKeys, metricKeyOf } from '../src/targets/index.js';

// Issue 10: every kind of figure read the way a policy researcher reads it. Sentences are quoted from the
// 2026 provincial reports (eval/corpus, copies of ../shared/corpus/provincial-gwr-2026), the 政府工作报告
// fixtures, and the cases in test/cases (copies of ../shared/cases with their expected values).

const HERE = fileURLToPath(new URL('.', import.meta.url));

function read(text: string, opts: { planYear?: number; role?: SectionRole; heading?: string } = {}): Target[] {
  return extractTargets({
    taskId: 't', text, offset: 0, planYear: opts.planYear ?? 2026, role: opts.role ?? 'plan', heading: opts.heading,
  });
}

/** The one target of `text` whose metric is `metric` (fails when there is not exactly one). */
function one(text: string, metric: string, opts: Parameters<typeof read>[1] = {}): Target {
  const found = read(text, opts).filter((t) => t.metric === metric);
  expect(found.map((t) => t.metric), `${metric} in ${text}`).toEqual([metric]);
  return found[0];
}

/** The line of a provincial report holding `key`. */
function line(file: string, key: string): string {
  const text = readFileSync(`${HERE}../eval/corpus/${file}`, 'utf8');
  const found = text.split('\n').find((l) => l.includes(key));
  if (found === undefined) throw new Error(`no line with ${key} in ${file}`);
  return found;
}

describe('comparators and ranges', () => {
  it('≥ / ≤ are at_least / at_most and never part of the metric (ge-le-symbols case)', () => {
    const lines = readFileSync(`${HERE}cases/ge-le-symbols.txt`, 'utf8').split('\n');
    expect(one(lines[2], '细颗粒物平均浓度')).toMatchObject({ value: 35, unit: '微克/立方米', modifier: 'at_most', metricKey: 'pm25' });
    expect(one(lines[3], '空气质量优良天数比例')).toMatchObject({ value: 85, unit: '%', modifier: 'at_least', metricKey: 'good_air_days' });
    expect(read(lines[4])[0]).toMatchObject({ value: 500, unit: '辆', modifier: 'at_least' });
  });

  it.each([
    ['heilongjiang.txt', '地区生产总值增长4.5-5%', 4.5, 5], // ASCII hyphen, unit once
    ['anhui.txt', '全省地区生产总值增长5%—5.5%', 5, 5.5], // em dash
    ['shanxi.txt', '地区生产总值增长4.5%—5%', 4.5, 5],
    ['jiangxi.txt', '地区生产总值增长5%-5.5%', 5, 5.5],
    ['xinjiang.txt', '地区生产总值增长5.5%—6%', 5.5, 6],
  ])('%s: %s is a range', (file, key, low, high) => {
    const t = read(line(file, key)).find((x) => x.metricKey === 'gdp_growth');
    expect(t).toMatchObject({ modifier: 'range', low, high, value: null, unit: '%' });
  });

  it.each(['－', '～', '~', '〜', '–', '―', '−', '至', '到', '——'])('the separator %s gives a range', (sep) => {
    expect(read(`地区生产总值增长5%${sep}5.5%`)[0]).toMatchObject({ modifier: 'range', low: 5, high: 5.5 });
  });

  it('从A到B is a change, not a range: 推动企业综合融资成本从4.2%到3.9% (patterns case wording)', () => {
    expect(read('推动企业综合融资成本从4.2%到3.9%')).toMatchObject([{ value: 3.9, modifier: 'exact', baseline: { value: 4.2 } }]);
  });
});

describe('超 / 超过 / 逾 / 余 are floors, 超 never in the metric', () => {
  it.each([
    ['开展补贴性职业技能培训超20万人次', '补贴性职业技能培训', 20, '万人次'], // patterns case
    ['举办专题招聘活动超800场次', '专题招聘活动', 800, '场次'], // patterns case
    ['粮食产量超过840亿斤', '粮食产量', 840, '亿斤'], // 内蒙古 2026 主要预期目标
    ['引进高层次人才逾千人', null, null, null], // a written-out amount (逾千人) is no figure
    ['新增经营主体1000余家', '经营主体', 1000, '家'],
  ])('%s', (text, metric, value, unit) => {
    const found = read(text);
    if (metric === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ metric, value, unit, modifier: 'at_least' });
  });
});

describe('units read whole: 次, per-capita and compound units', () => {
  it('农牧区劳动力转移就业106万人次以上 (青海 2026)', () => {
    expect(one(line('qinghai.txt', '主要预期目标'), '农牧区劳动力转移就业')).toMatchObject({ value: 106, unit: '万人次', modifier: 'at_least' });
  });
  it('全员劳动生产率达58万元/人左右 (北京 2026)', () => {
    const t = read(line('beijing.txt', '58万元/人')).find((x) => x.metric === '全员劳动生产率');
    expect(t).toMatchObject({ value: 58, unit: '万元/人', modifier: 'about', metricKey: 'labour_productivity' });
  });
  it('完成食品安全抽检4.5万批次以上 / 外调绿电规模达450亿千瓦时 / 货运量达到50万标箱', () => {
    expect(read('完成食品安全抽检4.5万批次以上')[0]).toMatchObject({ metric: '食品安全抽检', value: 4.5, unit: '万批次', modifier: 'at_least' });
    expect(read('外调绿电规模达450亿千瓦时')[0]).toMatchObject({ value: 450, unit: '亿千瓦时' });
    expect(read('重庆经西部陆海新通道货运量达到50万标箱')[0]).toMatchObject({ value: 50, unit: '万标箱' });
  });
  it('3万余人次 / 2千多家: the floor word between magnitude and unit, the unit read whole', () => {
    expect(read('开展职业技能培训3万余人次')).toMatchObject([{ metric: '职业技能培训', value: 3, unit: '万人次', modifier: 'at_least' }]);
    expect(read('新增2千多家企业')).toMatchObject([{ metric: '企业', value: 2, unit: '千家', modifier: 'at_least', basis: 'increment' }]);
  });
  it('a space after ≥ and Latin units (μg/m³, mg/L) still read (PM2.5 stays a name)', () => {
    expect(read('空气质量优良天数比例≥ 85%')).toMatchObject([{ metric: '空气质量优良天数比例', value: 85, modifier: 'at_least' }]);
    expect(read('细颗粒物浓度≤35μg/m³')).toMatchObject([{ metric: '细颗粒物浓度', value: 35, unit: 'μg/m³', modifier: 'at_most', metricKey: 'pm25' }]);
    expect(read('化学需氧量浓度≤20mg/L')).toMatchObject([{ value: 20, unit: 'mg/L', modifier: 'at_most' }]);
    expect(read('PM2.5浓度持续下降')).toEqual([]);
  });
  it('每千人口托位数达4.6个 keeps 每千人口 in the measure (江西 2026)', () => {
    expect(read('每千人口托位数达4.6个')[0]).toMatchObject({ metric: '每千人口托位数', value: 4.6, unit: '个' });
  });
  it('人均预期寿命提高到80岁以上: 岁 is a unit (重庆 2026, 到2030年)', () => {
    expect(read('到2030年，人均预期寿命提高到80岁以上')[0]).toMatchObject({
      metric: '人均预期寿命', value: 80, unit: '岁', modifier: 'at_least', horizon: { kind: 'multi_year', endYear: 2030 },
    });
  });
});

describe('the measured thing named after the figure', () => {
  it('新增30家以上先进智能工厂 measures 先进智能工厂, an increment (patterns case)', () => {
    expect(read('新增30家以上先进智能工厂，开展补贴性职业技能培训超20万人次')[0]).toMatchObject({
      metric: '先进智能工厂', value: 30, unit: '家', modifier: 'at_least', basis: 'increment',
    });
  });
  it('新增9家国家卓越级智能工厂 (江苏 2026 wording)', () => {
    expect(read('新增9家国家卓越级智能工厂')[0]).toMatchObject({ metric: '国家卓越级智能工厂', value: 9, basis: 'increment' });
  });
});

describe('level reached vs change; 从/由A到B gives B with baseline A', () => {
  it('推动企业综合融资成本从4.2%降至3.9%: 3.9% reached, 4.2% its baseline, no target of its own', () => {
    const found = read('推动企业综合融资成本从4.2%降至3.9%');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      metric: '企业综合融资成本', value: 3.9, modifier: 'exact', direction: 'decrease',
      baseline: { value: 4.2, unit: '%', text: '4.2%' },
    });
  });
  it('城乡居民基础养老金最低标准由每人每月180元提高到200元', () => {
    const found = read('城乡居民基础养老金最低标准由每人每月180元提高到200元');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ metric: '城乡居民基础养老金最低标准', value: 200, unit: '元', baseline: { value: 180 }, direction: 'increase' });
  });
  it('城乡居民基础养老金最低标准从98元/月提高到178元/月 (贵州 2026)', () => {
    expect(read('城乡居民基础养老金最低标准从98元/月提高到178元/月')).toMatchObject([
      { metric: '城乡居民基础养老金最低标准', value: 178, unit: '元/月', baseline: { value: 98, unit: '元/月' } },
    ]);
  });
  it('现行16%的税率降至13% gives 13%, the level reached (2019 政府工作报告 wording)', () => {
    expect(read('将制造业等行业现行16%的税率降至13%')).toMatchObject([
      { metric: '税率', value: 13, unit: '%', modifier: 'exact', direction: 'decrease', baseline: { value: 16 } },
    ]);
  });
  it('小规模纳税人增值税起征点从月销售额10万元提高到15万元 (2021 政府工作报告)', () => {
    const text = readFileSync(`${HERE}../../../fixtures/gov-work-report/2021/source.txt`, 'utf8')
      .split('\n').find((l) => l.includes('起征点从月销售额10万元'))!;
    expect(read(text, { planYear: 2021 }).filter((t) => t.value === 10)).toEqual([]);
    expect(read(text, { planYear: 2021 }).find((t) => t.value === 15)).toMatchObject({ baseline: { value: 10, unit: '万元' } });
  });
  it('降低 N is the change (单位地区生产总值二氧化碳排放下降3.8%, 重庆 2026); 提高N个百分点 an increment', () => {
    expect(one(line('chongqing.txt', '主要预期目标'), '单位地区生产总值二氧化碳排放')).toMatchObject({
      value: 3.8, direction: 'decrease', metricKey: 'co2_intensity', baseline: null,
    });
    expect(one(line('gansu.txt', '主要预期目标'), '常住人口城镇化率')).toMatchObject({
      value: 1, unit: '个百分点', modifier: 'at_least', direction: 'increase', basis: 'increment',
    });
  });
});

describe('分别 over paired subjects', () => {
  it('城乡居民人均可支配收入分别增长6%左右和7%左右 → 城镇 6%, 农村 7% (patterns case)', () => {
    expect(read('城乡居民人均可支配收入分别增长6%左右和7%左右').map((t) => [t.metric, t.value, t.modifier, t.metricKey])).toEqual([
      ['城镇居民人均可支配收入增长', 6, 'about', 'disposable_income_growth_urban'],
      ['农村居民人均可支配收入增长', 7, 'about', 'disposable_income_growth_rural'],
    ]);
  });
  it('城乡居民人均可支配收入分别增长5%、6.5%左右: 左右 qualifies both (甘肃 2026)', () => {
    expect(read(line('gansu.txt', '主要预期目标')).filter((t) => t.metric.includes('可支配收入')).map((t) => [t.metric, t.value, t.modifier])).toEqual([
      ['城镇居民人均可支配收入增长', 5, 'about'],
      ['农村居民人均可支配收入增长', 6.5, 'about'],
    ]);
  });
  it('城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右 (贵州 2026)', () => {
    expect(read(line('guizhou.txt', '主要预期目标')).filter((t) => t.metric.includes('可支配收入')).map((t) => [t.metric, t.value])).toEqual([
      ['城镇常住居民人均可支配收入增长', 4],
      ['农村常住居民人均可支配收入增长', 6],
    ]);
  });
  it('一二三产增加值分别增长3.5%左右、6%左右、5%左右 (贵州) and 一产、二产、三产增加值分别增长5%左右、5%以上、5%左右 (宁夏)', () => {
    expect(read(line('guizhou.txt', '主要预期目标')).filter((t) => /^[一二三]产/.test(t.metric)).map((t) => [t.metric, t.value, t.metricKey])).toEqual([
      ['一产增加值增长', 3.5, 'value_added_primary_growth'],
      ['二产增加值增长', 6, 'value_added_secondary_growth'],
      ['三产增加值增长', 5, 'value_added_tertiary_growth'],
    ]);
    expect(read(line('ningxia.txt', '主要预期目标')).filter((t) => /^[一二三]产/.test(t.metric)).map((t) => [t.metric, t.modifier])).toEqual([
      ['一产增加值增长', 'about'], ['二产增加值增长', 'at_least'], ['三产增加值增长', 'about'],
    ]);
  });
});

describe('targets stated in words (main-target paragraph only)', () => {
  it.each([
    ['beijing.txt', '居民收入增长', null],
    ['hainan.txt', '碳排放双控', null], // 碳排放双控完成国家下达任务
    ['hunan.txt', '固定资产投资增长', 'increase'], // 固定资产投资实现正增长
    ['jiangsu.txt', '粮食产量', null], // 粮食产量保持稳定
    ['guangxi.txt', '粮食产量', 'increase'], // 粮食产量只增不减
    ['shandong.txt', '居民消费价格涨幅', null], // 居民消费价格保持合理水平 (名 mapped to the CPI indicator's name)
    ['henan.txt', '进出口', null], // 进出口稳量提质
  ])('%s: %s', (file, metric, direction) => {
    const t = one(line(file, '主要预期目标'), metric);
    expect(t).toMatchObject({ modifier: 'qualitative', value: null, direction, horizon: { kind: 'annual', endYear: 2026 } });
  });
  it('完成国家下达的单位地区生产总值二氧化碳排放降低任务 names its measure (辽宁 2026) with metricKey co2_intensity', () => {
    expect(one(line('liaoning.txt', '主要预期目标'), '单位地区生产总值二氧化碳排放降低任务')).toMatchObject({ modifier: 'qualitative', metricKey: 'co2_intensity' });
  });
  it('进出口总额争取实现正增长 (山西 2026): aspirational, 争取 not in the metric', () => {
    expect(one(line('shanxi.txt', '主要目标是'), '进出口总额增长')).toMatchObject({
      modifier: 'qualitative', aspirational: true, direction: 'increase', metricKey: 'foreign_trade_growth',
    });
  });
  it('在实际工作中努力争取更好结果 / 努力跑赢全国 are no targets', () => {
    const found = read(line('jilin.txt', '主要预期目标'));
    expect(found.some((t) => /更好结果|跑赢|差距|优势|位次/.test(t.text))).toBe(false);
  });
  it('a list written one target a line after 主要预期目标： is read to its 。, and no further', () => {
    const text = '主要预期目标：\n地区生产总值增长5%左右；\n居民收入增长和经济增长同步；\n粮食产量保持稳定。\n一、重点工作\n生态环境质量持续改善。';
    expect(read(text).map((t) => [t.metric, t.modifier])).toEqual([
      ['地区生产总值增长', 'about'], ['居民收入增长', 'qualitative'], ['粮食产量', 'qualitative'],
    ]);
  });
  it('the same words outside a main-target paragraph are work, not targets', () => {
    expect(read('进一步提高服务水平，推动产业结构持续改善，居民收入增长和经济增长同步')).toEqual([]);
  });
});

describe('no target from', () => {
  it.each([
    ['这五年，全省生产总值从4.1万亿元增加到5.6万亿元，城镇化率由60.2%提高到65.1%。'], // past, patterns case
    ['“十四五”时期，全省地区生产总值年均增长5.6%。'], // a period ended before 2026
    ['重点抓好以下8个方面工作：'],
    ['构建1小时通勤圈'], // 安徽 2026: a name, not a target
    ['（一）加快建设现代化产业体系。举办青年创业50人论坛等活动。'],
    ['2026年地区生产总值5%左右的预期目标与“十五五”规划目标相衔接。'],
    ['围绕经济发展、创新驱动、民生福祉、绿色低碳、安全保障等5个方面细化提出22项主要指标。'], // 2026 five-year chapter wording
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('glossary sections give none, review sections give none', () => {
    expect(read('1.“四个一”工程：指产业、平台、人才、资金等4个方面的支持措施。', { role: 'glossary' })).toEqual([]);
    expect(read('新增先进智能工厂28家，居民消费价格上涨0.3%。', { role: 'glossary' })).toEqual([]);
    expect(read('新增先进智能工厂28家，居民消费价格上涨0.3%。', { role: 'review' })).toEqual([]);
  });
});

describe('horizon and basis', () => {
  it('到2030年 targets are multi_year 2030; a 十五五 heading makes a chapter multi_year; the year’s are annual', () => {
    const found = read('到2030年，地区生产总值年均增长5%左右，全员劳动生产率达到25万元/人以上，研发经费投入强度达到3%。');
    expect(found.map((t) => [t.metric, t.value, t.unit, t.modifier, t.horizon])).toEqual([
      ['地区生产总值年均增长', 5, '%', 'about', { kind: 'multi_year', endYear: 2030 }],
      ['全员劳动生产率', 25, '万元/人', 'at_least', { kind: 'multi_year', endYear: 2030 }],
      ['研发经费投入强度', 3, '%', 'exact', { kind: 'multi_year', endYear: 2030 }],
    ]);
    expect(read('地区生产总值年均增长5%左右', { heading: '“十五五”时期的主要目标' })[0].horizon).toEqual({ kind: 'multi_year', endYear: 2030 });
    expect(read('地区生产总值增长5%左右', { heading: '2026年工作安排' })[0].horizon).toEqual({ kind: 'annual', endYear: 2026 });
    expect(read('地区生产总值年均增长5%左右')[0].horizon).toEqual({ kind: 'multi_year', endYear: null });
  });
  it('a year chapter naming 十五五 as what it starts stays annual (福建 2026: 全力推动“十五五”开好局、起好步)', () => {
    expect(read('城镇新增就业50万人', { heading: '一鼓作气勇争先，全力推动“十五五”开好局、起好步' })[0].horizon).toEqual({ kind: 'annual', endYear: 2026 });
    expect(read('城镇新增就业50万人', { heading: '“十五五”主要目标任务' })[0].horizon).toEqual({ kind: 'multi_year', endYear: 2030 });
  });
  it('2021 政府工作报告: the 十四五 chapter’s targets are multi_year 2025, the 2021 work’s are annual', () => {
    const plan = parsePlan(readFileSync(`${HERE}../../../fixtures/gov-work-report/2021/source.txt`));
    const inChapter = (id: string) => plan.tasks.filter((t) => t.sectionId === id || t.sectionId.startsWith(`${id}.`)).flatMap((t) => t.targets);
    const fiveYear = inChapter('s2');
    expect(fiveYear.map((t) => t.metric)).toContain('森林覆盖率');
    expect(fiveYear.every((t) => t.horizon?.kind === 'multi_year' && t.horizon.endYear === 2025)).toBe(true);
    expect(fiveYear.find((t) => t.metric === '单位国内生产总值二氧化碳排放')).toMatchObject({ value: 18, metricKey: 'co2_intensity' });
    const annual = inChapter('s3');
    expect(annual.find((t) => t.metricKey === 'gdp_growth')).toMatchObject({ value: 6, horizon: { kind: 'annual', endYear: 2021 } });
    expect(annual.filter((t) => t.horizon?.kind === 'multi_year')).toEqual([]);
  });
  it('a later clause naming 十五五 does not make the next target multi_year (江西 2026)', () => {
    const found = read(line('jiangxi.txt', '主要预期目标'));
    expect(found.every((t) => t.horizon?.kind === 'annual')).toBe(true);
  });
  it('山西 2026 five-year chapter: 国家级实验室再增加2—4家 is an increment; 非常规天然气产量2030年达到300亿立方米 keeps the year out of the name', () => {
    const found = read(line('shanxi.txt', '国家级实验室再增加'), { heading: '“十五五”时期总体要求和目标任务' });
    expect(found.find((t) => t.metric === '国家级实验室')).toMatchObject({ modifier: 'range', low: 2, high: 4, unit: '家', basis: 'increment' });
    const gas = read(line('shanxi.txt', '非常规天然气产量2030年'), { heading: '“十五五”时期总体要求和目标任务' })
      .find((t) => t.value === 300);
    expect(gas).toMatchObject({ metric: '非常规天然气产量', unit: '亿立方米', horizon: { kind: 'multi_year', endYear: 2030 } });
  });
  it('北京 2026: 《纲要草案》从…6个维度设置了…指标 / 部署了13项任务举措 count the outline\'s own parts', () => {
    const found = read(line('beijing.txt', '个维度'));
    expect(found.filter((t) => t.unit === '个' && t.value === 6)).toEqual([]);
    expect(read(line('beijing.txt', '13项任务举措')).filter((t) => t.value === 13)).toEqual([]);
  });
  it('2022: 支出规模比去年扩大2万亿元以上 is an increment; growth rates are levels', () => {
    const text = readFileSync(`${HERE}../../../fixtures/gov-work-report/2022/source.txt`, 'utf8')
      .split('\n').find((l) => l.includes('支出规模比去年扩大'))!;
    expect(read(text, { planYear: 2022 }).find((t) => t.value === 2 && t.unit === '万亿元')).toMatchObject({
      metric: '支出规模', basis: 'increment', modifier: 'at_least',
    });
    expect(read('国内生产总值增长5.5%左右', { planYear: 2022 })[0]).toMatchObject({ basis: 'level', metricKey: 'gdp_growth' });
    // 2024: 城乡居民基础养老金月最低标准提高20元 (the change) vs 提高到200元 (the level reached)
    expect(read('城乡居民基础养老金月最低标准提高20元', { planYear: 2024 })[0]).toMatchObject({ value: 20, basis: 'increment', direction: 'increase' });
    expect(read('城乡居民基础养老金最低标准提高到200元')[0]).toMatchObject({ value: 200, basis: 'level', metricKey: 'basic_pension_minimum' });
    expect(read('农村低保标准提高6%')[0]).toMatchObject({ value: 6, unit: '%', basis: 'level' });
  });
});

describe('metricKey from the shipped dictionary', () => {
  it.each([
    ['地区生产总值增长', 'gdp_growth'], ['国内生产总值增长', 'gdp_growth'], ['经济增长', 'gdp_growth'], ['全省生产总值增长', 'gdp_growth'],
    ['居民消费价格指数涨幅', 'cpi'], ['城镇新增就业', 'urban_new_jobs'], ['城镇调查失业率', 'surveyed_unemployment'],
    ['农村常住居民人均可支配收入增长', 'disposable_income_growth_rural'], ['粮食总产量', 'grain_output'],
    ['单位国内生产总值能耗', 'energy_intensity'], ['全社会研发投入强度', 'rd_intensity'], ['地方一般公共预算收入增长', 'fiscal_revenue_growth'],
    ['规上工业增加值增长', 'industrial_value_added_growth'], ['外贸进出口总额增长', 'foreign_trade_growth'], ['赤字率', 'deficit_ratio'],
    ['地方政府专项债券', 'local_special_bonds'], ['全省社会消费品零售总额增长', 'retail_sales_growth'],
    ['先进智能工厂', null], ['国内生产总值', 'gdp'],
  ])('%s → %s', (metric, key) => {
    expect(metricKeyOf(metric)).toBe(key);
  });
  it('keys are unique', () => {
    const keys = indicatorKeys();
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('every target carries metricKey, basis and horizon', () => {
    for (const t of read(line('xinjiang.txt', '主要预期目标'))) {
      expect(t.metricKey === null || typeof t.metricKey === 'string').toBe(true);
      expect(t.basis).toMatch(/^(level|increment)$/);
      expect(t.horizon?.kind).toBeDefined();
      expect(t).toHaveProperty('baseline');
    }
  });
});

describe('province-gwr-patterns case (test/cases, expected values from its .expected.json)', () => {
  const text = readFileSync(`${HERE}cases/province-gwr-patterns.txt`, 'utf8');
  const expected = JSON.parse(readFileSync(`${HERE}cases/province-gwr-patterns.expected.json`, 'utf8')).expected;
  const lines = text.split('\n');
  // the roles and headings the outline gives these lines (chapter 一 review, 二 the five-year chapter, 三 the
  // year's plan, 附件1 an appendix, 附件2 a glossary): the reader is tested on its own here
  const chapterOf = (i: number): { role: SectionRole; heading: string; annual: boolean } => {
    const before = lines.slice(0, i + 1);
    const last = (key: string) => before.map((l) => l.trim()).lastIndexOf(key);
    const chapters: Array<[number, SectionRole, string]> = [
      [last('一、2025年工作回顾'), 'review', '2025年工作回顾'],
      [last('二、“十五五”时期的主要目标'), 'plan', '“十五五”时期的主要目标'],
      [last('三、2026年工作安排'), 'plan', '2026年工作安排'],
      [last('附件1'), 'appendix', '2026年省十件民生实事'],
      [last('附件2'), 'glossary', '名词解释'],
    ];
    const [, role, heading] = chapters.filter((c) => c[0] >= 0).sort((a, b) => b[0] - a[0])[0] ?? [0, 'preamble', ''];
    return { role, heading, annual: heading.startsWith('2026') || role === 'appendix' };
  };
  const all = lines.flatMap((l, i) => {
    const chapter = chapterOf(i);
    return read(l.replace(/^\s+/, ''), { role: chapter.role, heading: chapter.heading }).map((t) => ({ t, chapter }));
  });
  const annual = all.filter((x) => x.chapter.annual).map((x) => x.t);

  it('every target of 2026 exactly once, with its figure and modifier, annual', () => {
    for (const e of expected['targets of 2026 (each exactly once)'] as Array<Record<string, unknown>>) {
      const names = String(e.metric).split(' (').map((n) => n.replace(/ also right\)$/, ''));
      const hits = annual.filter((t) => names.includes(t.metric) || names.some((n) => n.includes(t.metric) && t.metric.length >= 4));
      expect(hits.map((t) => t.metric), String(e.metric)).toHaveLength(1);
      const t = hits[0];
      for (const key of ['value', 'low', 'high', 'modifier', 'direction', 'aspirational'] as const) {
        if (key in e) expect(t[key], `${e.metric} ${key}`).toBe(e[key]);
      }
      if (typeof e.unit === 'string') expect(t.unit).toBe(e.unit.split(' ')[0]);
      if (typeof e.text === 'string') expect(t.text).toBe(e.text);
      expect(t.horizon).toEqual({ kind: 'annual', endYear: 2026 });
    }
    expect(annual).toHaveLength(expected['targets of 2026 (each exactly once)'].length);
  });

  it('the five-year targets are multi_year 2030, never among the annual ones', () => {
    const fiveYear = all.filter((x) => !x.chapter.annual).map((x) => x.t);
    expect(fiveYear.map((t) => [t.metric, t.value, t.unit, t.modifier, t.horizon])).toEqual(
      (expected['five-year targets (horizon 2030, never shown as 2026\'s annual targets)'] as Array<Record<string, unknown>>)
        .map((e) => [e.metric, e.value, e.unit, e.modifier ?? 'exact', { kind: 'multi_year', endYear: 2030 }]),
    );
  });

  it('no target from the review chapter, past results, counts of parts, names, old levels or the glossary', () => {
    const values = all.map((x) => x.t.value);
    for (const v of [5.4, 72, 512, 23, 28, 0.3, 4.1, 5.6, 60.2, 65.1, 8, 50, 4.2, 180, 4]) expect(values, String(v)).not.toContain(v);
  });
});

describe('bad input', () => {
  // characters of the kinds above, in any order: the reader never throws, and every target's text is its span
  const alphabet = [...'0123456789.%％万亿千个家人次批场元/月年≥≤超逾余多以上左右以内—－～~至到从由提高降至增长分别和、，；。：：□ 目标是主要预期城乡居民收入同步进一步下降完成国家下达任务十五五时期这五年以下方面论坛新增'];
  it('never throws; every target is a slice of its text with a known modifier', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }).map((a) => a.join('')), (text) => {
      const found = extractTargets({ taskId: 't', text, offset: 5, planYear: 2026, role: 'plan' });
      for (const t of found) {
        expect(text.slice(t.span[0] - 5, t.span[1] - 5)).toBe(t.text);
        expect(['about', 'at_least', 'at_most', 'exact', 'range', 'qualitative', 'none']).toContain(t.modifier);
        if (t.damaged) expect(t.value).toBeNull();
      }
    }), { numRuns: 300 });
  });
  it('an empty text and a text of lost characters give nothing', () => {
    expect(read('')).toEqual([]);
    expect(read('□□□□')).toEqual([]);
  });
});
