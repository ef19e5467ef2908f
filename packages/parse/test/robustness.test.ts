import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@plandiff/model';
import { parsePlan, PlanParseError } from '../src/index.js';
import { expectPlanInvariants } from './plan-invariants.js';

/** Either a Plan that satisfies the invariants, or a PlanParseError — nothing else. */
function parseOrError(input: Uint8Array | string): Plan | PlanParseError {
  try {
    const plan = parsePlan(input);
    expectPlanInvariants(plan);
    return plan;
  } catch (error) {
    if (error instanceof PlanParseError) {
      expect(error.message).not.toContain('\n');
      return error;
    }
    throw error;
  }
}

const hanCount = (s: string) => s.match(/[\u4e00-\u9fff]/g)?.length ?? 0;

/** Pieces of real plans, damaged copies and site pages, to be glued together at random. */
const PLAN_PIECES = [
  '一、', '二、', '三、', '十、', '（一）', '（二）', '(一)', '(?', '（?', '1.', '2.', '10.', '1、', '（1）', '①', '——',
  '总体要求', '重点工作', '持续深入打好蓝天保卫战', '推进', '生态环境', '质量', '改善', '全省', '达到', '以上', '左右',
  '92%', '6.5%', '2024年', '年底前', '力争', '。', '，', '、', '；', '：', ',', ';', ':', '?', '??', '/p>', '、/p>', '/strong>',
  'ldquo;', 'rdquo;', 'middot;', '牵头单位', '责任单位', '配合单位', '会同', '处', '局', '各市、州', '(', ')', '（', '）',
  '\n', '\n', '\n\n', ' ', '\u3000', '\u200b', '\t', '\r\n', 'ＡＢ１２', 'PM2.5', '〔2024〕1号', '鄂环发', '发布日期 2024-02-20',
  '当前位置:', '首页 > ', '本作品是', '声明9/p>', '政府工作报告', '工作要点', '关于印发', '的通知', '\uFFFD', '\ud800',
  '持续深入打好蓝天保卫战', '各市、州、直管市及神农架林区生态环境局', '□、', '（牵头单位：', '大气处牵头，', '各位代表！', '——2024年3月5日在',
  '第一部分', '第二章', '一．', '二.', '1）', '主办单位：', '网站标识码', '鄂ICP备05003347号', '责任编辑：', '相关稿件', '— 3 —', '\f', '　　',
  '（全文）', '二〇二四年', '二〇二五年三月五日', '（2025年3月5日在', '湖北省生态环境厅关于印发', '2024年全省生态环境工作要点的通知', '5 %',
];
const planLike = fc.array(fc.constantFrom(...PLAN_PIECES), { maxLength: 300 }).map((pieces) => pieces.join(''));

describe('robustness (fast-check)', () => {
  it('arbitrary strings: a valid Plan or a PlanParseError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
      parseOrError(s);
    }), { numRuns: 300 });
  });

  it('arbitrary bytes: a valid Plan or a PlanParseError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
      parseOrError(bytes);
    }), { numRuns: 300 });
  });

  it('plan-like text with damage and site pieces: a valid Plan or a PlanParseError', () => {
    fc.assert(fc.property(planLike, (s) => {
      parseOrError(s);
      parseOrError(new TextEncoder().encode(s));
    }), { numRuns: 400 });
  });

  it('never loses Chinese text silently: without removed site text or damage, every Han character survives', () => {
    fc.assert(fc.property(planLike, (s) => {
      const result = parseOrError(s);
      if (result instanceof PlanParseError) return;
      const codes = result.warnings.map((w) => w.code);
      if (codes.includes('SITE_TEXT_REMOVED') || codes.includes('DAMAGED_COPY')) return;
      expect(hanCount(result.text)).toBe(hanCount(s));
    }), { numRuns: 400 });
  });

  it('removed site text is always reported', () => {
    fc.assert(fc.property(planLike, (s) => {
      const result = parseOrError(s);
      if (result instanceof PlanParseError) return;
      if (hanCount(result.text) < hanCount(s.replace(/\?/g, ''))) {
        expect(result.warnings.map((w) => w.code).some((c) => c === 'SITE_TEXT_REMOVED' || c === 'DAMAGED_COPY')).toBe(true);
      }
    }), { numRuns: 400 });
  });

  it('plan-like text hard-wrapped at 20–40 columns (as from a PDF): a valid Plan or a PlanParseError, no Chinese text lost silently', () => {
    fc.assert(fc.property(planLike, fc.integer({ min: 20, max: 40 }), (s, width) => {
      const wrapped = (s.match(new RegExp(`[^\\n]{1,${width}}`, 'g')) ?? []).join('\n');
      const result = parseOrError(wrapped);
      if (result instanceof PlanParseError) return;
      const codes = result.warnings.map((w) => w.code);
      if (codes.includes('SITE_TEXT_REMOVED') || codes.includes('DAMAGED_COPY')) return;
      expect(hanCount(result.text)).toBe(hanCount(wrapped));
    }), { numRuns: 300 });
  });

  it('HTML with scripts, styles and random nesting: a valid Plan or a PlanParseError, never script text', () => {
    const element = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(...PLAN_PIECES.filter((p) => !p.includes('<'))),
        fc.tuple(fc.constantFrom('div', 'p', 'span', 'td', 'section', 'b', 'font'), fc.array(tie('node'), { maxLength: 4 }))
          .map(([tag, children]) => `<${tag} class="x">${children.join('')}</${tag}>`),
        fc.constant('<script>var secret = "脚本文字";</script>'),
        fc.constant('<style>.a{content:"样式文字"}</style>'),
      ),
    })).node;
    fc.assert(fc.property(fc.array(element, { maxLength: 20 }), (nodes) => {
      const result = parseOrError(`<html><body>${nodes.join('')}</body></html>`);
      if (!(result instanceof PlanParseError)) expect(result.text).not.toMatch(/脚本文字|样式文字/);
    }), { numRuns: 200 });
  });

  it('10 MB of Chinese text without punctuation: one paragraph, nothing lost, in bounded time', () => {
    const run = '推进生态环境保护工作持续改善质量';
    const text = run.repeat(Math.ceil(3_500_000 / run.length));
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const plan = parsePlan(bytes);
    expect(plan.text.length).toBe(text.length);
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0].title.length).toBeLessThanOrEqual(120);
  });

  it('10 MB of ASCII without punctuation is not a plan', () => {
    const error = parseOrError('a'.repeat(10_000_000));
    expect(error).toBeInstanceOf(PlanParseError);
    expect((error as PlanParseError).code).toBe('NOT_A_PLAN');
  });

  // a catastrophic regex would hang here; the test timeout (20 s) is the guard, not a speed measure
  it('pathological lines for the regexes terminate (no catastrophic backtracking)', () => {
    const inputs = [
      '推进' + 'a '.repeat(100_000) + '>',
      '一、' + 'p '.repeat(100_000),
      '推进生态' + '/'.repeat(200_000),
      '（牵头单位：' + '、'.repeat(200_000),
      '推进生态环境（牵头单位：' + '处、'.repeat(200_000) + '）',
      '发布单位\n' + '湖北省\n'.repeat(200_000),
      '推进生态环境' + '?'.repeat(200_000),
      '关于印发' + '的'.repeat(100_000),
      '<meta ' + 'charset'.repeat(50_000),
    ];
    for (const input of inputs) parseOrError(input);
  }, 20_000);
});
