import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { extractTargets } from '../src/targets/index.js';

// Every expected value below was read in fixtures/gov-work-report/<year>/source.txt (the paragraph that
// starts 今年发展主要预期目标是 and the one that sets 赤字率拟按…安排).

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The first line of a year's report containing `key`, zero-width characters stripped (minimal normalising). */
function paragraph(year: number, key: string): string {
  const text = readFileSync(`${ROOT}fixtures/gov-work-report/${year}/source.txt`, 'utf8').replace(/[\u200b-\u200d\ufeff]/g, '');
  const line = text.split('\n').find((l) => l.includes(key));
  if (!line) throw new Error(`no line with ${key} in ${year}`);
  return line;
}

/** Targets of a paragraph placed at offset 1000 of a larger plan text, as the pipeline would call it. */
function targetsOf(year: number, key: string) {
  const text = paragraph(year, key);
  const planText = 'x'.repeat(1000) + text;
  const targets = extractTargets({ taskId: 't3.1', text, offset: 1000, planYear: year, role: 'plan' });
  for (const t of targets) expect(planText.slice(t.span[0], t.span[1])).toBe(t.text);
  return targets;
}

type Row = [metric: string, value: number | null, unit: string | null, modifier: string, direction: string | null];

function rows(year: number, key: string): Row[] {
  return targetsOf(year, key).map((t) => [t.metric, t.value, t.unit, t.modifier, t.direction]);
}

// Since issue 10 the set includes the targets stated in words (居民收入增长与经济增长基本同步, 进出口保稳提质,
// 主要污染物排放量继续下降): each row below is a clause of that year's paragraph.
const Q = (metric: string, direction: string | null = null): Row => [metric, null, null, 'qualitative', direction];

describe('政府工作报告 主要预期目标 (exact set of targets per year)', () => {
  it('2021: GDP 6%以上, 就业 1100万人以上, 失业率 5.5%左右, CPI 3%左右, 能耗降低3%左右, 粮食 1.3万亿斤以上', () => {
    expect(rows(2021, '主要预期目标是')).toEqual([
      ['国内生产总值增长', 6, '%', 'at_least', 'increase'],
      ['城镇新增就业', 1100, '万人', 'at_least', null],
      ['城镇调查失业率', 5.5, '%', 'about', null],
      ['居民消费价格涨幅', 3, '%', 'about', null],
      Q('进出口'), // 进出口量稳质升
      Q('国际收支'), // 国际收支基本平衡
      Q('居民收入增长', 'increase'), // 居民收入稳步增长
      Q('生态环境质量'), // 生态环境质量进一步改善
      ['单位国内生产总值能耗', 3, '%', 'about', 'decrease'],
      Q('主要污染物排放量', 'decrease'), // 主要污染物排放量继续下降
      ['粮食产量', 1.3, '万亿斤', 'at_least', null],
    ]);
  });

  it('2022: GDP 5.5%左右, 失业率 全年控制在5.5%以内 (at_most), energy: no target this year (统筹考核 in 十四五)', () => {
    expect(rows(2022, '主要预期目标是')).toEqual([
      ['国内生产总值增长', 5.5, '%', 'about', 'increase'],
      ['城镇新增就业', 1100, '万人', 'at_least', null],
      ['城镇调查失业率', 5.5, '%', 'at_most', null],
      ['居民消费价格涨幅', 3, '%', 'about', null],
      Q('居民收入增长'), // 居民收入增长与经济增长基本同步
      Q('进出口'), // 进出口保稳提质
      Q('国际收支'), // 国际收支基本平衡
      ['粮食产量', 1.3, '万亿斤', 'at_least', null],
      Q('生态环境质量'), // 生态环境质量持续改善
      Q('主要污染物排放量', 'decrease'), // 主要污染物排放量继续下降
      ['单位国内生产总值能耗', null, null, 'none', null],
    ]);
  });

  it('2023: GDP 5%左右, 就业 1200万人左右 (about, not 以上), 能耗 only 继续下降 (no figure)', () => {
    expect(rows(2023, '今年发展主要预期目标是')).toEqual([
      ['国内生产总值增长', 5, '%', 'about', 'increase'],
      ['城镇新增就业', 1200, '万人', 'about', null],
      ['城镇调查失业率', 5.5, '%', 'about', null],
      ['居民消费价格涨幅', 3, '%', 'about', null],
      Q('居民收入增长'), // 居民收入增长与经济增长基本同步
      Q('进出口'), // 进出口促稳提质
      Q('国际收支'), // 国际收支基本平衡
      ['粮食产量', 1.3, '万亿斤', 'at_least', null],
      Q('单位国内生产总值能耗', 'decrease'), // 单位国内生产总值能耗和主要污染物排放量继续下降
      Q('主要污染物排放量', 'decrease'),
      Q('生态环境质量'), // 生态环境质量稳定改善
    ]);
  });

  it('2024: 粮食 1.3万亿斤以上, 能耗降低2.5%左右, CPI 3%左右', () => {
    expect(rows(2024, '主要预期目标是')).toEqual([
      ['国内生产总值增长', 5, '%', 'about', 'increase'],
      ['城镇新增就业', 1200, '万人', 'at_least', null],
      ['城镇调查失业率', 5.5, '%', 'about', null],
      ['居民消费价格涨幅', 3, '%', 'about', null],
      Q('居民收入增长'), // 居民收入增长和经济增长同步
      Q('国际收支'), // 国际收支保持基本平衡
      ['粮食产量', 1.3, '万亿斤', 'at_least', null],
      ['单位国内生产总值能耗', 2.5, '%', 'about', 'decrease'],
      Q('生态环境质量'), // 生态环境质量持续改善
    ]);
  });

  it('2025: CPI 2%左右, 粮食 1.4万亿斤左右, 能耗降低3%左右 (失业率 listed before 就业)', () => {
    expect(rows(2025, '主要预期目标是')).toEqual([
      ['国内生产总值增长', 5, '%', 'about', 'increase'],
      ['城镇调查失业率', 5.5, '%', 'about', null],
      ['城镇新增就业', 1200, '万人', 'at_least', null],
      ['居民消费价格涨幅', 2, '%', 'about', null],
      Q('居民收入增长'), // 居民收入增长和经济增长同步
      Q('国际收支'), // 国际收支保持基本平衡
      ['粮食产量', 1.4, '万亿斤', 'about', null],
      ['单位国内生产总值能耗', 3, '%', 'about', 'decrease'],
      Q('生态环境质量'), // 生态环境质量持续改善
    ]);
  });

  it('keeps the written text, ids in order and no deadline or aspiration on these targets', () => {
    const targets = targetsOf(2024, '主要预期目标是');
    expect(targets.map((t) => t.id)).toEqual(Array.from({ length: 9 }, (_, n) => `t3.1.k${n + 1}`));
    expect(targets[0].text).toBe('国内生产总值增长5%左右');
    expect(targets[4].text).toBe('居民收入增长和经济增长同步');
    expect(targets[7].text).toBe('单位国内生产总值能耗降低2.5%左右');
    expect(targets.every((t) => t.taskId === 't3.1' && !t.aspirational && t.deadline === null && !t.damaged)).toBe(true);
    const grain = targetsOf(2021, '主要预期目标是').find((t) => t.metric === '粮食产量');
    expect(grain?.text).toBe('粮食产量保持在1.3万亿斤以上');
  });
});

describe('政府工作报告 赤字率 (deficit ratio) of each year', () => {
  const deficit = (year: number) => targetsOf(year, '赤字率拟按').find((t) => t.metric === '赤字率');
  it.each([
    [2021, 3.2, 'about', '赤字率拟按3.2%左右'],
    [2022, 2.8, 'about', '赤字率拟按2.8%左右'],
    [2023, 3, 'exact', '赤字率拟按3%'],
    [2024, 3, 'exact', '赤字率拟按3%'],
    [2025, 4, 'about', '赤字率拟按4%左右'],
  ])('%i: 赤字率 %f%% %s', (year, value, modifier, text) => {
    const t = deficit(year);
    expect(t).toMatchObject({ value, unit: '%', modifier, text, damaged: false, direction: null });
  });

  it('2024: 赤字规模 4.06万亿元 is read, 比上年年初预算增加1800亿元 (a change, not a target) is not', () => {
    const targets = targetsOf(2024, '赤字率拟按');
    expect(targets.find((t) => t.metric === '赤字规模')).toMatchObject({ value: 4.06, unit: '万亿元', modifier: 'exact' });
    expect(targets.some((t) => t.value === 1800)).toBe(false);
    expect(targets.find((t) => t.metric === '地方政府专项债券')).toMatchObject({ value: 3.9, unit: '万亿元' });
  });

  it('2024: 拟连续几年发行超长期特别国债，…，今年先发行1万亿元 → 超长期特别国债 1万亿元 (object named earlier)', () => {
    const t = targetsOf(2024, '赤字率拟按').find((x) => x.metric === '超长期特别国债');
    expect(t).toMatchObject({ value: 1, unit: '万亿元', modifier: 'exact', text: '发行1万亿元' });
  });

  it('2025: 比上年提高1个百分点 after the deficit ratio is not a target of its own', () => {
    const targets = targetsOf(2025, '赤字率拟按');
    expect(targets.some((t) => t.unit === '个百分点')).toBe(false);
    expect(targets.find((t) => t.metric === '超长期特别国债')).toMatchObject({ value: 1.3, unit: '万亿元' });
  });
});

describe('政府工作报告 review paragraphs', () => {
  it('role review gives no targets even where the text is full of figures (2023 过去一年 paragraph)', () => {
    const text = paragraph(2023, '全年国内生产总值增长3%');
    expect(extractTargets({ taskId: 't1', text, offset: 0, planYear: 2023, role: 'review' })).toEqual([]);
  });
});

describe('through parsePlan (the whole pipeline)', () => {
  const plans = new Map([2021, 2022, 2023, 2024, 2025].map((year) => [
    year,
    parsePlan(readFileSync(`${ROOT}fixtures/gov-work-report/${year}/source.txt`), { series: 'gov-work-report', year }),
  ]));
  const mainTargets = (year: number): Row[] => {
    const plan = plans.get(year)!;
    const task = plan.tasks.find((t) => t.text.includes('今年发展主要预期目标是'));
    if (!task) throw new Error(`no 主要预期目标 task in ${year}`);
    return task.targets.map((t) => [t.metric, t.value, t.unit, t.modifier, t.direction]);
  };

  it.each([2021, 2022, 2023, 2024, 2025])('%i: the 主要预期目标 task holds the same targets as the paragraph', (year) => {
    const key = year === 2023 ? '今年发展主要预期目标是' : '主要预期目标是';
    expect(mainTargets(year)).toEqual(rows(year, key));
  });

  it.each([2021, 2022, 2023, 2024, 2025])('%i: every span points at its text; no target in review sections', (year) => {
    const plan = plans.get(year)!;
    const review = new Set(plan.sections.flatMap(function ids(s): string[] {
      return s.role === 'review' ? [s.id, ...s.children.flatMap(ids)] : s.children.flatMap(ids);
    }));
    for (const task of plan.tasks) {
      for (const t of task.targets) expect(plan.text.slice(t.span[0], t.span[1])).toBe(t.text);
      if (review.has(task.sectionId)) expect(task.targets).toEqual([]);
    }
    expect(plan.targets.length).toBe(plan.tasks.reduce((n, t) => n + t.targets.length, 0));
  });

  it('2021: the 十三五 review paragraph (过去五年，…从不到70万亿元增加到超过100万亿元) gives no target', () => {
    const plan = plans.get(2021)!;
    const task = plan.tasks.find((t) => t.text.startsWith('过去五年，我国经济社会发展取得新的历史性成就'));
    expect(task?.targets).toEqual([]);
    expect(plan.targets.some((t) => t.value === 100 && t.unit === '万亿元')).toBe(false);
  });

  it('2022: 能耗强度目标在“十四五”规划期内统筹考核 → 单位国内生产总值能耗 with modifier none (no target this year)', () => {
    const t = plans.get(2022)!.targets.find((x) => x.metric === '单位国内生产总值能耗');
    expect(t).toMatchObject({ modifier: 'none', value: null, unit: null, text: '能耗强度目标在“十四五”规划期内统筹考核' });
  });

  // 2021 source.txt, 提升科技创新能力: 基础研究是科技创新的源头，要健全稳定支持机制，大幅增加投入，中央本级基础研究支出增长10.6%，…
  it('2021: 中央本级基础研究支出增长10.6% keeps 基础研究 in its metric', () => {
    const plan = plans.get(2021)!;
    expect(plan.targets.filter((t) => t.value === 10.6)).toMatchObject([{
      metric: '中央本级基础研究支出增长', unit: '%', modifier: 'exact', direction: 'increase', text: '中央本级基础研究支出增长10.6%',
    }]);
    expect(plan.targets.some((t) => t.metric === '中央本级支出增长')).toBe(false);
  });

  // 2021 source.txt, 运用市场化机制激励企业创新: 延续执行企业研发费用加计扣除75%政策，将制造业企业加计扣除比例提高到100%，…
  it('2021: 制造业企业加计扣除比例提高到100% is named by its own clause, not an earlier one', () => {
    const plan = plans.get(2021)!;
    const task = plan.tasks.find((t) => t.text.startsWith('运用市场化机制激励企业创新'));
    expect(task?.targets.map((t) => [t.metric, t.value, t.unit, t.modifier, t.direction])).toEqual([
      ['企业研发费用加计扣除', 75, '%', 'exact', null],
      ['制造业企业加计扣除比例', 100, '%', 'exact', 'increase'],
    ]);
    expect(plan.targets.some((t) => t.metric === '科技型中小企业加计扣除比例' && t.value === 100)).toBe(false);
  });

  // 2021 source.txt, 提高粮食和重要农产品供给保障能力: …我们一定要下力气也完全有能力保障好14亿人的粮食安全。
  it('2021: 保障好14亿人的粮食安全 sizes the population, it is no target', () => {
    const plan = plans.get(2021)!;
    const task = plan.tasks.find((t) => t.text.startsWith('提高粮食和重要农产品供给保障能力'));
    expect(task?.text).toContain('保障好14亿人的粮食安全');
    expect(task?.targets).toEqual([]);
    expect(plan.targets.some((t) => t.unit === '亿人' || t.metric === '粮食安全')).toBe(false);
  });

  it('2025: 赤字率 4% about and 粮食产量 1.4万亿斤 about are in plan.targets', () => {
    const plan = plans.get(2025)!;
    expect(plan.targets.find((t) => t.metric === '赤字率')).toMatchObject({ value: 4, modifier: 'about' });
    expect(plan.targets.find((t) => t.metric === '粮食产量')).toMatchObject({ value: 1.4, unit: '万亿斤', modifier: 'about' });
  });
});
