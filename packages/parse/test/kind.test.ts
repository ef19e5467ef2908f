import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { readKind } from '../src/kind.js';

const kindOf = (title: string) => readKind({ title, openingLines: [], text: title, hasOutline: true }).kind;

describe('document kind (kind.ts rule table)', () => {
  it('reads plans, reports of results and mixed documents by their titles', () => {
    expect(kindOf('湖北省生态环境厅2024年工作要点')).toBe('plan');
    expect(kindOf('2025年国务院政府工作报告')).toBe('plan');
    expect(kindOf('关于推进美丽河湖建设的实施方案')).toBe('plan');
    expect(kindOf('万载县2015年国民经济和社会发展统计公报')).toBe('results');
    expect(kindOf('2023年湖北省生态环境状况公报')).toBe('results');
    expect(kindOf('关于2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告')).toBe('plan');
    expect(kindOf('关于2024年中央和地方预算执行情况的报告')).toBe('results');
    expect(kindOf('市统计局2024年工作总结')).toBe('results');
    expect(kindOf('区水务局2024年工作总结和2025年工作计划')).toBe('mixed');
  });

  it('never takes a site menu or breadcrumb (网站首页>统计信息>统计公报) for a title', () => {
    const read = readKind({ title: null, openingLines: ['统计公报', '您当前的位置：网站首页>数据开放>统计信息>统计公报'], text: '…', hasOutline: true });
    expect(read.kind).toBe('plan');
  });
});

// A realistic three-line news item (the kind of page the check page once rated 正常): a headline, a byline, a
// paragraph about a meeting. It is no plan: the verdict says so.
const NEWS_ITEM = [
  '我市召开2025年生态环境保护工作会议',
  '本报讯（记者 王晓明 通讯员 李华）3月12日，市生态环境局召开2025年全市生态环境保护工作会议，总结2024年工作，部署2025年重点任务。',
  '会议指出，2024年全市空气质量优良天数比例达到86.5%，细颗粒物平均浓度下降4.2%。会议要求，各地各部门要进一步提高政治站位，以更高标准打好污染防治攻坚战。',
].join('\n');

describe('a news item is not a plan', () => {
  it('is kind notice, unusable, with NOT_A_PLAN_TEXT saying so', () => {
    const plan = parsePlan(NEWS_ITEM);
    expect(plan.kind).toBe('notice');
    expect(plan.quality?.verdict).toBe('unusable');
    expect(plan.quality?.reasons).toEqual(['NOT_A_PLAN_TEXT']);
    expect(plan.warnings.find((w) => w.code === 'NOT_A_PLAN_TEXT')?.message).toMatch(/news item/);
  });
  it('reads its 2024 figures as results, not targets', () => {
    const plan = parsePlan(NEWS_ITEM, { year: 2025 });
    expect(plan.targets.some((t) => t.value === 86.5)).toBe(false);
    expect(plan.results?.find((r) => r.value === 86.5)?.period).toEqual({ year: 2024 });
  });
});
