/**
 * Section roles in alignment: appendix items (附件: 民生实事 lists whose numbering restarts) compare only with appendix
 * items, keyed on the role string; a task under a plain subsection of an appendix chapter is an appendix item too.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, Section } from '@plandiff/model';
import { comparePlans } from '../src/compare.js';
import { loadPlan } from './support/fixtures.js';

/** A copy of `plan` whose section `id` (and so everything under it) has `role`. */
function withRole(plan: Plan, id: string, role: Section['role']): Plan {
  const mark = (s: Section): Section => ({ ...s, role: s.id === id ? role : s.role, children: s.children.map(mark) });
  return { ...plan, sections: plan.sections.map(mark) };
}

describe('appendix items compare with appendix items only', () => {
  const plan = loadPlan('gov-work-report', 2025);
  const chapter = plan.sections.flatMap((s) => s.children).find((s) => s.title.startsWith('加大保障和改善民生力度')) as Section;
  const under = new Set(plan.tasks.filter((t) => t.sectionId === chapter.id).map((t) => t.id));

  it('the same 民生 paragraphs, an appendix on one side only: never linked, added and dropped with role', () => {
    expect(under.size).toBeGreaterThan(3);
    const c = comparePlans(plan, withRole(plan, chapter.id, 'appendix'));
    for (const l of c.links.filter((x) => x.to.some((id) => under.has(id)))) {
      expect(l.kind).toBe('added');
      expect(l.role).toBe('appendix');
    }
    for (const l of c.links.filter((x) => x.from.some((id) => under.has(id)))) expect(l.kind).toBe('dropped');
  });

  it('an appendix on both sides: linked, unchanged, role appendix', () => {
    const a = withRole(plan, chapter.id, 'appendix');
    const c = comparePlans(a, a);
    const links = c.links.filter((x) => x.from.some((id) => under.has(id)));
    expect(links.length).toBe(under.size);
    expect(links.every((l) => l.kind === 'unchanged' && l.role === 'appendix')).toBe(true);
  });
});
