import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexPlan, Plan, walkSections } from '../src/index.js';

const plan = Plan.parse(JSON.parse(readFileSync(new URL('../../../fixtures/gov-work-report/2025/plan.json', import.meta.url), 'utf8')));

describe('PlanIndex: the one walk of the outline (gov-work-report 2025)', () => {
  it('indexes every task and section, a section’s trail from the top down to itself', () => {
    const index = indexPlan(plan);
    expect(index.taskById.size).toBe(plan.tasks.length);
    const demand = [...index.sectionById.values()].find((s) => s.title.endsWith('全方位扩大国内需求'))!;
    const trail = index.trailById.get(demand.id)!;
    expect(trail.at(-1)).toBe(demand);
    expect(trail[0].title).toBe('2025年政府工作任务');
    expect(indexPlan(plan)).toBe(index);
  });

  it('walks depth first in document order, each section once', () => {
    const ids: string[] = [];
    walkSections(plan.sections, (s, trail) => {
      ids.push(s.id);
      expect(trail.at(-1)).toBe(s);
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf('s3')).toBeLessThan(ids.indexOf('s3.1'));
    expect(ids.indexOf('s3.1')).toBeLessThan(ids.indexOf('s3.2'));
  });
});
