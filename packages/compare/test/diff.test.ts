import { describe, expect, it } from 'vitest';
import { diffTexts } from '../src/diff.js';
import { loadPlan, taskWith } from './support/fixtures.js';

/** One side's text from a diff: an equal op with `inferred` reads `text` on its lost side, `inferred` on the other. */
const joinSide = (ops: ReturnType<typeof diffTexts>, side: 'a' | 'b') =>
  ops.filter((o) => o.op === 'equal' || o.op === (side === 'a' ? 'delete' : 'insert'))
    .map((o) => (o.inferred !== undefined && o.lost !== (side === 'a' ? 'from' : 'to') ? o.inferred : o.text)).join('');

describe('diffTexts', () => {
  it('reports a changed figure as one token (CPI 3%左右 → 2%左右, gov-work-report 2024 → 2025)', () => {
    const ops = diffTexts('居民消费价格涨幅3%左右；居民收入增长和经济增长同步', '居民消费价格涨幅2%左右；居民收入增长和经济增长同步');
    expect(ops).toEqual([
      { op: 'equal', text: '居民消费价格涨幅' },
      { op: 'delete', text: '3%左右' },
      { op: 'insert', text: '2%左右' },
      { op: 'equal', text: '；居民收入增长和经济增长同步' },
    ]);
  });

  it('reconstructs both sides of a real rewritten paragraph (积极扩大有效投资, 2024 vs 2025)', () => {
    const a = taskWith(loadPlan('gov-work-report', 2024), '积极扩大有效投资。').text;
    const b = taskWith(loadPlan('gov-work-report', 2025), '积极扩大有效投资。').text;
    const ops = diffTexts(a, b);
    expect(joinSide(ops, 'a')).toBe(a);
    expect(joinSide(ops, 'b')).toBe(b);
    // 2024 "今年中央预算内投资拟安排7000亿元" → 2025 "…拟安排7350亿元": the figure is one token each side
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text)).toContain('7000亿元');
    expect(ops.filter((o) => o.op === 'insert').map((o) => o.text)).toContain('7350亿元');
  });

  it('gives one equal op for identical texts and none for two empty texts', () => {
    expect(diffTexts('法律', '法律')).toEqual([{ op: 'equal', text: '法律' }]);
    expect(diffTexts('', '')).toEqual([]);
    expect(diffTexts('', '新增')).toEqual([{ op: 'insert', text: '新增' }]);
  });

  it('lets a lost character □ stand for one character (Hubei 2023 一 ↔ 2024 一（一）, 指导 → 指□)', () => {
    const a = taskWith(loadPlan('hubei-sthjt-gzyd', 2023, 'excerpt'), '以习近平新时代中国特色社会主义思想为指导').text;
    const b = taskWith(loadPlan('hubei-sthjt-gzyd', 2024), '以习近平新时代中国特色社会主义思想为指□').text;
    const ops = diffTexts(a, b);
    expect(joinSide(ops, 'a')).toBe(a);
    expect(joinSide(ops, 'b')).toBe(b);
    // 2023 "为指导，全面贯彻党的二十大精神，深入践行" / 2024 "为指□全面贯彻党的二十大精□深入贯彻": the lost
    // characters (and the comma lost with them) are unknown, inferred from 2023, not edits; 践行 → 贯彻 is the real rewording
    expect(ops.slice(0, 7)).toEqual([
      { op: 'equal', text: '以习近平新时代中国特色社会主义思想为指' },
      { op: 'equal', text: '□', inferred: '导，', lost: 'to' },
      { op: 'equal', text: '全面贯彻党的二十大精' },
      { op: 'equal', text: '□', inferred: '神，', lost: 'to' },
      { op: 'equal', text: '深入' },
      { op: 'delete', text: '践行' },
      { op: 'insert', text: '贯彻' },
    ]);
    // the shared clauses after the damage stay equal
    const equal = ops.filter((o) => o.op === 'equal').map((o) => o.text);
    expect(equal).toContain('习近平生态文明思想');
    expect(equal).toContain('以建设人与自然和谐共生的美丽湖北为统领');
  });

  it('matches □ only against one character: a lost character never hides an extra word', () => {
    expect(diffTexts('精神，深入', '精□深入')).toEqual([
      { op: 'equal', text: '精' }, { op: 'equal', text: '□', inferred: '神，', lost: 'to' }, { op: 'equal', text: '深入' },
    ]);
    const ops = diffTexts('全面推进', '□推进');
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text).join('')).toContain('全');
    expect(ops.some((o) => o.inferred !== undefined && [...o.inferred].length > 1)).toBe(false);
  });
});
