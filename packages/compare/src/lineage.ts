/**
 * Lineage: one task followed through every year of a series, link by link.
 */
import type { Comparison, Lineage, Plan } from '@plandiff/model';
import { comparePlans } from './compare.js';

/** Where a lineage starts: a task id of the plan of `year`. */
export interface LineageStart {
  year: number;
  taskId: string;
}

export interface LineageOptions {
  /**
   * Returns the comparison of two consecutive plans (e.g. from the corpus cache, with human decisions
   * applied). Default: `comparePlans(from, to)`.
   */
  compare?: (from: Plan, to: Plan) => Comparison;
}

/**
 * Follows one task through the plans of a series.
 * Input: the series id, its plans (any order; plans without a year are ignored), the starting task.
 * Output: `steps` in year order. The start step has kind `start` and score null; each later step holds
 * the task ids of that year linked (directly or through a split) to the previous step, with the link's
 * kind (changed, moved, split, merged, unchanged) and score (the lowest score on the way); each earlier
 * step likewise backwards. A step with no task ids and kind `added` (backwards) or `dropped` (forwards)
 * ends the lineage on that side; `outside_excerpt` says the excerpt cannot tell.
 * Throws an Error when the start year has no plan or the plan has no such task.
 */
export function traceLineage(series: string, plans: readonly Plan[], start: LineageStart, options: LineageOptions = {}): Lineage {
  const compare = options.compare ?? ((a: Plan, b: Plan) => comparePlans(a, b));
  const sorted = plans.filter((p) => p.year !== null).sort((a, b) => (a.year as number) - (b.year as number));
  const at = sorted.findIndex((p) => p.year === start.year);
  if (at < 0) throw new Error(`no plan of ${series} for ${start.year}`);
  if (!sorted[at].tasks.some((t) => t.id === start.taskId)) throw new Error(`${sorted[at].id} has no task ${start.taskId}`);
  const steps: Lineage['steps'] = [{ year: start.year, taskIds: [start.taskId], kind: 'start', score: null }];

  const follow = (dir: 1 | -1): void => {
    let ids = new Set([start.taskId]);
    for (let i = at + dir; i >= 0 && i < sorted.length; i += dir) {
      const [earlier, later] = dir === 1 ? [sorted[i - 1], sorted[i]] : [sorted[i], sorted[i + 1]];
      const c = compare(earlier, later);
      const here = dir === 1 ? 'from' : 'to';
      const there = dir === 1 ? 'to' : 'from';
      const links = c.links.filter((l) => l[here].some((id) => ids.has(id)));
      const next = new Set(links.flatMap((l) => l[there]));
      const year = sorted[i].year as number;
      if (next.size === 0) {
        const outside = links.some((l) => l.kind === 'outside_excerpt');
        const kind = outside ? 'outside_excerpt' : dir === 1 ? 'dropped' : 'added';
        const step = { year, taskIds: [], kind, score: links[0]?.score ?? null };
        if (dir === 1) steps.push(step);
        else steps.unshift(step);
        return;
      }
      const score = Math.min(...links.map((l) => l.score));
      const step = { year, taskIds: [...next], kind: links[0].kind, score };
      if (dir === 1) steps.push(step);
      else steps.unshift(step);
      ids = next;
    }
  };
  follow(1);
  follow(-1);
  return { series, steps };
}
