import { expect } from 'vitest';
import { Plan } from '@plandiff/model';
import type { Section, Span } from '@plandiff/model';

/** Asserts what every Plan must satisfy: the zod contract, all spans inside `plan.text`, texts equal to the slices their spans name. */
export function expectPlanInvariants(plan: Plan): void {
  expect(Plan.safeParse(plan).success).toBe(true);
  const length = plan.text.length;
  const inside = (span: Span | null | undefined, what: string) => {
    if (span === null || span === undefined) return;
    expect(span[0], what).toBeGreaterThanOrEqual(0);
    expect(span[0], what).toBeLessThanOrEqual(span[1]);
    expect(span[1], what).toBeLessThanOrEqual(length);
  };
  const visit = (sections: Section[], parent: Span | null) => {
    for (const s of sections) {
      inside(s.span, `section ${s.id}`);
      if (parent) {
        expect(s.span[0]).toBeGreaterThanOrEqual(parent[0]);
        expect(s.span[1]).toBeLessThanOrEqual(parent[1]);
      }
      visit(s.children, s.span);
    }
  };
  visit(plan.sections, null);
  const ids = new Set<string>();
  for (const task of plan.tasks) {
    expect(ids.has(task.id), `duplicate task id ${task.id}`).toBe(false);
    ids.add(task.id);
    inside(task.span, `task ${task.id}`);
    expect(plan.text.slice(task.span[0], task.span[1])).toBe(task.text);
    for (const a of task.assignments) {
      inside(a.span, `assignment of ${task.id}`);
      expect(a.span[0]).toBeGreaterThanOrEqual(task.span[0]);
      expect(a.span[1]).toBeLessThanOrEqual(task.span[1]);
    }
    for (const t of task.targets) inside(t.span, `target ${t.id}`);
  }
  expect(plan.targets.length).toBe(plan.tasks.reduce((n, t) => n + t.targets.length, 0));
  for (const d of plan.damage) {
    inside(d.span, 'damage');
    if (d.kind === 'lost') expect(plan.text.slice(d.span[0], d.span[1])).toMatch(/^□*$/);
  }
  for (const w of plan.warnings) inside(w.span, `warning ${w.code}`);
}
