import { displayPath } from './display-path.js';
import type { Plan, Section, Task } from '@plandiff/model';

/** Lookup tables over one plan: tasks by id, sections by id, and each section's trail from the top. */
export interface PlanIndex {
  plan: Plan;
  taskById: Map<string, Task>;
  sectionById: Map<string, Section>;
  /** Section ids from the outermost section down to (and including) the given one. */
  trailById: Map<string, Section[]>;
}

/**
 * Indexes a plan for the viewer.
 * Input: a Plan (DESIGN.md contract). Output: maps keyed by task id and section id; a section's trail
 * lists its ancestors first, itself last. Never throws; duplicate ids keep the first occurrence.
 */
export function indexPlan(plan: Plan): PlanIndex {
  const taskById = new Map<string, Task>();
  for (const task of plan.tasks) if (!taskById.has(task.id)) taskById.set(task.id, task);
  const sectionById = new Map<string, Section>();
  const trailById = new Map<string, Section[]>();
  const visit = (sections: Section[], trail: Section[]): void => {
    for (const section of sections) {
      const own = [...trail, section];
      if (!sectionById.has(section.id)) {
        sectionById.set(section.id, section);
        trailById.set(section.id, own);
      }
      visit(section.children, own);
    }
  };
  visit(plan.sections, []);
  return { plan, taskById, sectionById, trailById };
}

/** The section trail of a task (outermost first); empty when the task's section is unknown. */
export function taskTrail(index: PlanIndex, task: Task): Section[] {
  return index.trailById.get(task.sectionId) ?? [];
}

/** Every lead unit (牵头单位) named by a task, in order of first mention, without repeats. */
export function taskLeadUnits(task: Task): string[] {
  const units: string[] = [];
  for (const assignment of task.assignments) for (const unit of assignment.lead) if (!units.includes(unit)) units.push(unit);
  return units;
}

/**
 * How a task is referred to in the viewer: its display path (`二（三）7`, `三（二）第2段`), never its internal id.
 */
export function taskLabel(task: Task): string {
  return displayPath(task.path);
}
