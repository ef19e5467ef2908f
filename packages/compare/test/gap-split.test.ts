import { describe, expect, it } from 'vitest';
import { comparePlans } from '../src/compare.js';
import { loadPlan, taskWith } from './support/fixtures.js';

describe('split found in an alignment gap', () => {
  it('2023 → 2024: the one macro-policy paragraph of 2023 is split into four consecutive paragraphs of 2024, both ways', () => {
    const from = loadPlan('gov-work-report', 2023);
    const to = loadPlan('gov-work-report', 2024);
    const whole = taskWith(from, '要坚持稳字当头、稳中求进，面对战略机遇和风险挑战并存');
    const parts = ['我们要坚持稳中求进、以进促稳、先立后破', '积极的财政政策要适度加力、提质增效', '稳健的货币政策要灵活适度、精准有效', '增强宏观政策取向一致性。围绕发展大局']
      .map((p) => taskWith(to, p).id);
    const c = comparePlans(from, to);
    const link = c.links.find((l) => l.from.includes(whole.id));
    expect(link?.kind).toBe('split');
    expect(link?.to).toEqual(parts);
    expect(link?.evidence[0]).toMatchObject({ code: 'taken_up', values: { whole: 'from', gap: true }, taskIds: { whole: whole.id, parts } });
    // 综合分析研判… (2024's new assessment of the situation, not in 2023) stays added
    const added = taskWith(to, '综合分析研判，今年我国发展面临的环境仍是战略机遇和风险挑战并存');
    expect(c.links.find((l) => l.to.includes(added.id))?.kind).toBe('added');
    const back = comparePlans(to, from).links.find((l) => l.to.includes(whole.id));
    expect(back?.kind).toBe('merged');
    expect(back?.from).toEqual(parts);
  });
});

describe('split parts are consecutive', () => {
  it('2023 → 2024: 深入推进依法行政, printed between two parts of 2023’s 进一步加强政府自身建设, joins that split', () => {
    const from = loadPlan('gov-work-report', 2023);
    const to = loadPlan('gov-work-report', 2024);
    const whole = taskWith(from, '进一步加强政府自身建设，持续转变政府职能');
    const parts = ['新征程新使命，对政府工作提出了新的更高要求', '深入推进依法行政', '全面提高行政效能'].map((p) => taskWith(to, p).id);
    const link = comparePlans(from, to).links.find((l) => l.from.includes(whole.id));
    expect(link?.kind).toBe('split');
    expect(link?.to).toEqual(parts);
    expect(link?.evidence).toContainEqual({ code: 'between_parts', values: { whole: 'from', coverage: expect.any(Number) }, taskIds: { whole: whole.id, parts: [parts[1]] } });
  });
});
