import { describe, expect, it } from 'vitest';
import { comparePlans } from '../src/compare.js';
import { runInHeading } from '../src/run-in-heading.js';
import { sectionChains } from '../src/align.js';
import { loadPlan, taskWith } from './support/fixtures.js';

describe('opening paragraphs read with their run-in headings', () => {
  const from = loadPlan('gov-work-report', 2024);
  const to = loadPlan('gov-work-report', 2025);
  const sectionOf = (plan: typeof from, id: string) => sectionChains(plan).get(id)?.at(-1);

  it('finds the run-in heading of 2024 （九） and none for a heading on its own line (Hailar 2015 二)', () => {
    const t = taskWith(from, '深入践行绿水青山就是金山银山的理念');
    expect(runInHeading(from, t, sectionOf(from, t.sectionId), true)).toBe('加强生态文明建设，推进绿色低碳发展');
    expect(runInHeading(from, t, sectionOf(from, t.sectionId), false)).toBeNull();
    const hailar = loadPlan('hailar-gwr', 2015);
    const h = taskWith(hailar, '新常态下对政府工作提出了新的更高要求');
    expect(runInHeading(hailar, h, sectionOf(hailar, h.sectionId), true)).toBeNull();
  });

  it('2024 → 2025: the rewritten opening of the ecology chapter is one task, changed, with text similarity ≥ 0.2 as printed', () => {
    const c = comparePlans(from, to);
    const a = taskWith(from, '深入践行绿水青山就是金山银山的理念');
    const b = taskWith(to, '进一步深化生态文明体制改革，统筹产业结构调整');
    const link = c.links.find((l) => l.from.includes(a.id));
    expect(link?.kind).toBe('changed');
    expect(link?.to).toEqual([b.id]);
    const ev = link?.evidence.find((e) => e.code === 'text_similarity');
    expect(ev?.code === 'text_similarity' && ev.values.printed).toBe(true);
    expect(ev?.code === 'text_similarity' && ev.values.similarity).toBeGreaterThanOrEqual(0.2);
    // the mirror says the same
    const back = comparePlans(to, from).links.find((l) => l.from.includes(b.id));
    expect(back?.kind).toBe('changed');
    expect(back?.to).toEqual([a.id]);
  });
});
