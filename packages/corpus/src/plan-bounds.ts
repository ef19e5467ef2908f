import type { Plan } from '@plandiff/model';

/**
 * Bounds that every Plan must keep before anything is computed from it — the same for a stored notice (Corpus)
 * and an uploaded one (the API's worker pool). Comparing costs grow with tasks × tasks and with the characters of
 * each task, so a label-only text (issue 22: 20,000 × `（一）；` read as 19,999 tasks) or one task holding a whole
 * file (1.35 M characters) is refused instead of freezing whoever computes it.
 */
export interface PlanBounds {
  /** most tasks of one plan (the largest real plan in fixtures/ has 183) */
  maxTasks: number;
  /** most targets of one plan */
  maxTargets: number;
  /** most characters of one task's text (the longest real task in fixtures/ has about 1,000) */
  maxTaskChars: number;
}

/** 5,000 tasks, 5,000 targets, 20,000 characters per task: about 25× and 20× the largest real plan and task. */
export const DEFAULT_PLAN_BOUNDS: PlanBounds = { maxTasks: 5_000, maxTargets: 5_000, maxTaskChars: 20_000 };

/** The bound a plan crosses, as a code and an English sentence. */
export interface BoundsBreach {
  code: 'TOO_MANY_TASKS' | 'TOO_MANY_TARGETS' | 'TASK_TOO_LONG';
  message: string;
}

/**
 * The first bound `plan` crosses, or null when it keeps them all. Input: a Plan (only `tasks[].text` and the
 * lengths of `tasks` and `targets` are read) and the bounds. Never throws.
 */
export function planBoundsBreach(plan: Pick<Plan, 'tasks' | 'targets'>, bounds: PlanBounds = DEFAULT_PLAN_BOUNDS): BoundsBreach | null {
  if (plan.tasks.length > bounds.maxTasks) {
    return { code: 'TOO_MANY_TASKS', message: `it reads as ${plan.tasks.length} tasks, over the limit of ${bounds.maxTasks}: one plan, not a list of labels` };
  }
  if (plan.targets.length > bounds.maxTargets) {
    return { code: 'TOO_MANY_TARGETS', message: `it reads as ${plan.targets.length} targets, over the limit of ${bounds.maxTargets}` };
  }
  let longest = 0;
  let at = -1;
  plan.tasks.forEach((task, i) => {
    if (task.text.length > longest) {
      longest = task.text.length;
      at = i;
    }
  });
  if (longest > bounds.maxTaskChars) {
    return { code: 'TASK_TOO_LONG', message: `task ${at + 1} holds ${longest} characters, over the limit of ${bounds.maxTaskChars} per task (a plan whose items were not recognised as tasks)` };
  }
  return null;
}
