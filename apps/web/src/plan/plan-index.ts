import { displayPath } from './display-path.js';
import type { Section, Task } from '@plandiff/model';
import type { PlanIndex } from '@plandiff/model';

/** The one index of a plan (@plandiff/model plan-index.ts), shared with @plandiff/compare. */
export { indexPlan, type PlanIndex } from '@plandiff/model';

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
