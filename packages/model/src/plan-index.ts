import type { Plan, Section, Task } from './plan.js';

/**
 * The one walk of a plan's outline: depth first, in document order, each section with its trail (the sections from
 * the top down to it, itself last). Input: a plan's `sections`. Never throws.
 */
export function walkSections(sections: readonly Section[], visit: (section: Section, trail: readonly Section[]) => void): void {
  const walk = (list: readonly Section[], above: readonly Section[]): void => {
    for (const section of list) {
      const trail = [...above, section];
      visit(section, trail);
      walk(section.children, trail);
    }
  };
  walk(sections, []);
}

/** Lookup tables over one plan: tasks by id, sections by id, and each section's trail from the top. */
export interface PlanIndex {
  plan: Plan;
  taskById: Map<string, Task>;
  sectionById: Map<string, Section>;
  /** Sections from the outermost down to (and including) the given one, by section id. */
  trailById: Map<string, Section[]>;
}

const indexes = new WeakMap<Plan, PlanIndex>();

/**
 * Indexes a plan (once per Plan object; later calls return the same index), for @plandiff/compare and the viewer.
 * Input: a Plan. Output: maps keyed by task id and section id; a section's trail lists its ancestors first, itself
 * last. Never throws; duplicate ids keep the first occurrence.
 */
export function indexPlan(plan: Plan): PlanIndex {
  const cached = indexes.get(plan);
  if (cached) return cached;
  const taskById = new Map<string, Task>();
  for (const task of plan.tasks) if (!taskById.has(task.id)) taskById.set(task.id, task);
  const sectionById = new Map<string, Section>();
  const trailById = new Map<string, Section[]>();
  walkSections(plan.sections, (section, trail) => {
    if (sectionById.has(section.id)) return;
    sectionById.set(section.id, section);
    trailById.set(section.id, [...trail]);
  });
  const index = { plan, taskById, sectionById, trailById };
  indexes.set(plan, index);
  return index;
}
