import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTargets, findDeadlines, scanFigures, type TargetContext } from '../src/targets/index.js';
import { isAspirationalAt } from '../src/targets/modifiers.js';

// Rules on realistic sentences (the fixtures hold none with these shapes) and on bad input.

const read = (text: string, planYear: number | null = 2024, role: TargetContext['role'] = 'plan') =>
  extractTargets({ taskId: 't9', text, offset: 0, planYear, role });

describe('no target set (modifier none)', () => {
  // No fixture holds such a sentence: the 2020 report, which set no GDP target, is not among them.
  // This is the 2020 政府工作报告 wording.
  it('我们没有提出全年经济增速具体目标 → 国内生产总值增长, none', () => {
    const text = '需要说明的是，我们没有提出全年经济增速具体目标，主要因为全球疫情和经贸形势不确定性很大。';
    const targets = read(text, 2020);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({
      metric: '国内生产总值增长', modifier: 'none', value: null, low: null, high: null, unit: null, damaged: false,
      text: '没有提出全年经济增速具体目标',
    });
  });
  it('今年不设GDP增长目标 → 国内生产总值增长, none', () => {
    expect(read('今年不设GDP增长目标。')).toMatchObject([{ metric: '国内生产总值增长', modifier: 'none' }]);
  });
});

describe('modifiers, ranges, direction, aspiration, deadline', () => {
  it('a range 6%-6.5% fills low/high, modifier range', () => {
    expect(read('国内生产总值增长6%-6.5%。')).toMatchObject([
      { metric: '国内生产总值增长', value: null, low: 6, high: 6.5, unit: '%', modifier: 'range', direction: 'increase' },
    ]);
    expect(read('国内生产总值增长6-6.5%。')).toMatchObject([{ low: 6, high: 6.5, modifier: 'range' }]);
  });
  it('不低于 / 不超过 / 约 / 控制在 before the figure', () => {
    expect(read('森林覆盖率不低于40%')).toMatchObject([{ metric: '森林覆盖率', value: 40, modifier: 'at_least' }]);
    expect(read('重污染天数比率不超过1%')).toMatchObject([{ metric: '重污染天数比率', value: 1, modifier: 'at_most' }]);
    expect(read('留抵退税约1.5万亿元')).toMatchObject([{ metric: '留抵退税', value: 1.5, unit: '万亿元', modifier: 'about' }]);
    expect(read('城镇登记失业率控制在4%')).toMatchObject([{ modifier: 'at_most' }]);
  });
  it('力争 makes a target aspirational; 下降 sets direction decrease', () => {
    expect(read('力争细颗粒物平均浓度下降5%左右')).toMatchObject([
      { metric: '细颗粒物平均浓度', value: 5, modifier: 'about', aspirational: true, direction: 'decrease' },
    ]);
  });
  it('deadlines: 年底前 resolves with the plan year, 6月底前 to the last day of June, 6月前 stays unresolved', () => {
    expect(read('年底前完成100个行政村环境整治')).toMatchObject([{ deadline: '年底前', deadlineDate: '2024-12-31', value: 100 }]);
    expect(read('6月底前完成20个项目验收')).toMatchObject([{ deadline: '6月底前', deadlineDate: '2024-06-30' }]);
    expect(read('2025年6月底前完成20个项目验收')).toMatchObject([{ deadline: '2025年6月底前', deadlineDate: '2025-06-30' }]);
    expect(read('6月前完成20个项目验收')).toMatchObject([{ deadline: '6月前', deadlineDate: null }]);
    expect(read('年底前完成100个行政村环境整治', null)).toMatchObject([{ deadline: '年底前', deadlineDate: null }]);
  });
  it('findDeadlines reads 2024年底前 as written', () => {
    expect(findDeadlines('确保2024年底前完成', 0, 9, 2023)).toEqual([{ start: 2, end: 9, text: '2024年底前', date: '2024-12-31' }]);
  });
  it('Chinese numerals only where needed: 两个百分点, 百分之九十', () => {
    expect(scanFigures('提高两个百分点')).toMatchObject([{ value: 2, unit: '个百分点' }]);
    expect(scanFigures('达到百分之九十')).toMatchObject([{ value: 90, unit: '%' }]);
    expect(scanFigures('控制在千分之三以内')).toMatchObject([{ value: 3, unit: '‰' }]);
    expect(scanFigures('“十四五”规划、十大攻坚提升行动、两个维护、千万工程')).toEqual([]);
  });
  it('a thousands separator belongs to the number: 1,200万人 is 1200, not 200', () => {
    expect(scanFigures('城镇新增就业1,200万人以上')).toMatchObject([{ value: 1200, unit: '万人', start: 6, end: 13 }]);
    expect(scanFigures('1,2个')).toMatchObject([{ value: 2, unit: '个' }]);
  });
  it('%-units and magnitudes: 万亿斤, 万人, 亿元, 个百分点, 万吨标准煤, 亿千瓦时', () => {
    expect(scanFigures('1.3万亿斤、1200万人、5000亿元、1个百分点、300万吨标准煤、2亿千瓦时').map((f) => [f.value, f.unit])).toEqual([
      [1.3, '万亿斤'], [1200, '万人'], [5000, '亿元'], [1, '个百分点'], [300, '万吨标准煤'], [2, '亿千瓦时'],
    ]);
  });
});

describe('ranks', () => {
  it('位居全国前3名 → at_most 3 (no lower than third), no unit; 前列 names no place', () => {
    expect(read('主要经济指标增速位居全国前3名')).toMatchObject([
      { metric: '全国主要经济指标增速排名', value: 3, unit: null, modifier: 'at_most' },
    ]);
    expect(read('力争整治成效位居长江经济带11省市前列')).toEqual([]);
  });
});

describe('scope of 力争/争取', () => {
  it('力争A，确保B: a clause opening with 确保 ends the scope; the next sentence is out of it', () => {
    const targets = read('力争粮食产量达到1.3万亿斤，确保耕地保有量不低于18亿亩。新增就业1200万人。');
    expect(targets.map((t) => [t.value, t.aspirational])).toEqual([[1.3, true], [18, false], [1200, false]]);
  });
  it('a figure before 力争 is not governed by it; bad input gives false', () => {
    expect(read('新增就业1200万人，力争更多').map((t) => t.aspirational)).toEqual([false]);
    expect(isAspirationalAt('', 0, 160)).toBe(false);
    expect(isAspirationalAt('力争', 0, 160)).toBe(false);
    expect(isAspirationalAt('力争', 1, 160)).toBe(false); // the word must end before the target
    expect(isAspirationalAt('力争', 2, 160)).toBe(true);
    expect(isAspirationalAt('力争，，，，，，1个', 8, 3)).toBe(false); // beyond the look-back cap
  });
});

describe('false positives', () => {
  it('years, dates, ordinals, outline labels, PM2.5, doc numbers are no figures', () => {
    const text = '1.2024年3月15日，第2次会议审议细颗粒物（PM2.5）浓度，鄂环发〔2024〕1号，5G基站，(3)';
    expect(scanFigures(text)).toEqual([]);
    expect(read(text)).toEqual([]);
  });
  it('the country\'s population owning a noun (14亿人的…) is no target; a count of people reached stays one', () => {
    expect(read('保障好14亿人的粮食安全。')).toEqual([]);
    expect(read('基本养老保险参保人数达到10亿人。')).toMatchObject([{ metric: '基本养老保险参保人数', value: 10, unit: '亿人' }]);
    expect(read('解决5万人的饮水安全问题。')).toMatchObject([{ value: 5, unit: '万人' }]);
  });
  it('3个月 is a duration, not a count', () => {
    expect(scanFigures('用3个月时间')).toEqual([]);
  });
  it('a change after a figure (、比上年增加1.1万亿元) and a forecast (预计…) are not targets', () => {
    expect(read('一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。').map((t) => t.value)).toEqual([28.5]);
    expect(read('预计全年退税减税约2.5万亿元。')).toEqual([]);
  });
  it('a past result inside a plan section (去年…, 2023年… in a 2024 plan) is no target; a base year is kept', () => {
    expect(read('去年粮食产量达到1.39万亿斤。')).toEqual([]);
    expect(read('2023年全国粮食产量1.39万亿斤。')).toEqual([]);
    expect(read('细颗粒物平均浓度比2020年下降10%')).toMatchObject([{ metric: '细颗粒物平均浓度', value: 10, direction: 'decrease' }]);
    expect(read('规模以上年营业收入增长10%')).toMatchObject([{ value: 10, direction: 'increase' }]);
    expect(read('到2025年森林覆盖率达到25%')).toMatchObject([{ metric: '森林覆盖率', value: 25, deadline: '到2025年', deadlineDate: '2025-12-31' }]);
  });
  it('a paragraph opening with 过去五年 reports results even when its section is a plan section', () => {
    // 2021 政府工作报告, section 二, first paragraph (the 十三五 review inside the 十四五 section)
    expect(read('过去五年，我国经济社会发展取得新的历史性成就。经济运行总体平稳，经济结构持续优化，国内生产总值从不到70万亿元增加到超过100万亿元。', 2021)).toEqual([]);
  });
  it('role review gives [] and role preamble is read', () => {
    expect(read('城镇新增就业1206万人', 2023, 'review')).toEqual([]);
    expect(read('城镇新增就业1200万人以上', 2024, 'preamble')).toHaveLength(1);
  });
});

describe('damage', () => {
  it('安全利用率达到□□% is damaged with no value', () => {
    expect(read('受污染耕地安全利用率达到\u25a1\u25a1%')).toMatchObject([
      { metric: '受污染耕地安全利用率', value: null, damaged: true, unit: '%', modifier: 'exact' },
    ]);
  });
  it('a damaged range keeps low/high null', () => {
    expect(read('增长6%-\u25a1.5%')).toEqual([]); // no subject left: nothing to report
    expect(read('国内生产总值增长6%-\u25a1.5%')).toMatchObject([{ modifier: 'range', low: null, high: null, damaged: true }]);
  });
  it('a lost character after 以上 does not damage the figure', () => {
    expect(read('完成30%以上\u25a1市、区）生态保护红线基础调查')).toMatchObject([{ value: 30, damaged: false }]);
  });
});

describe('bad input', () => {
  it('empty text and text without figures give []', () => {
    expect(read('')).toEqual([]);
    expect(read('加强党风廉政建设。深入贯彻落实中纪委、省纪委全会精神。')).toEqual([]);
  });

  it('10k random characters: no throw, spans inside the text', () => {
    const alphabet = '0123456789.%万亿个家条以上左右以内达到控制在力争年底前，。、（）()\u25a1abc增长降低比上年从到-';
    let seed = 7;
    let text = '';
    for (let k = 0; k < 10000; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += alphabet[seed % alphabet.length];
    }
    const targets = read(text);
    for (const t of targets) {
      expect(t.span[0]).toBeGreaterThanOrEqual(0);
      expect(t.span[1]).toBeLessThanOrEqual(text.length);
      expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
      if (t.damaged) expect(t.value).toBeNull();
    }
  });

  it('property: every span lies in [offset, offset + text.length] and plan.text.slice(span) === text', () => {
    const token = fc.constantFrom(
      '国内生产总值增长', '城镇调查失业率', '粮食产量', '达到', '控制在', '保持在', '力争', '年底前', '6月底前',
      '5.5', '1200', '1.3', '6', '%', '万人', '万亿斤', '个', '家', '以上', '左右', '以内', '-', '、', '，', '。', '；',
      '\u25a1', '（', '）', '(', ')', '比上年', '从', '提高到', '降低', '等', '完成', '推动', '不设', '目标', '预计',
      '达到国家考核目标要求', '分别', '第', '年', '两个百分点', '百分之', ' ', '\n',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(token, fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join('')),
        fc.string({ maxLength: 20 }),
        (text, before) => {
          const planText = `${before}${text}tail`;
          const offset = before.length;
          const targets = extractTargets({ taskId: 'p', text, offset, planYear: 2024, role: 'plan' });
          targets.forEach((t, n) => {
            expect(t.id).toBe(`p.k${n + 1}`);
            expect(t.span[0]).toBeGreaterThanOrEqual(offset);
            expect(t.span[1]).toBeLessThanOrEqual(offset + text.length);
            expect(t.span[0]).toBeLessThanOrEqual(t.span[1]);
            expect(planText.slice(t.span[0], t.span[1])).toBe(t.text);
            if (t.damaged) expect([t.value, t.low, t.high]).toEqual([null, null, null]);
            expect(t.metric.length).toBeGreaterThan(0);
            // never a number that is not written: the value appears in the target's own text
            for (const n of [t.value, t.low, t.high]) {
              if (n !== null && !/[零〇一二两三四五六七八九十百千]/.test(t.text)) expect(t.text.replace(/,/g, '')).toContain(String(n));
            }
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
