import { describe, expect, it } from 'vitest';
import { diffTexts } from '../src/diff.js';
import { loadPlan, taskWith } from './support/fixtures.js';

const joinSide = (ops: ReturnType<typeof diffTexts>, side: 'a' | 'b') =>
  ops.filter((o) => o.op === 'equal' || o.op === (side === 'a' ? 'delete' : 'insert')).map((o) => o.text).join('');

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
});
