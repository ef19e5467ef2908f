/**
 * Human decisions on alignment: `fixtures/<series>/links/<from>-<to>.json`.
 *
 * File shape (validated by {@link LinkDecisionsFile}):
 * ```jsonc
 * { "from": 2024, "to": 2025,                       // optional, the years the file speaks for
 *   "pin":    [ { "from": ["t3.3.1"], "to": ["促进消费稳定增长"], "note": "same chapter, renamed" } ],
 *   "forbid": [ { "from": "t3.1.2", "to": "t3.2.2", "note": "look alike, unrelated" } ] }
 * ```
 * A **task reference** is either a task id of that plan (`t3.3.1`) or a distinctive phrase of the
 * task's text (`促进消费稳定增长`) that occurs in exactly one task; phrases survive parser changes that
 * renumber ids. A pin of one task to several makes a split (1:n) or merge (n:1) link; pinned links are
 * marked `pinned: true`. A forbid stops the aligner from linking the two tasks (1:1 or inside split/merge).
 */
import { z } from 'zod';
import type { Plan, Task } from '@plandiff/model';

export const TaskReference = z.string().min(1).describe('a task id, or a phrase occurring in exactly one task');

/** Zod schema of `fixtures/<series>/links/<from>-<to>.json`. */
export const LinkDecisionsFile = z.object({
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  pin: z
    .array(z.object({ from: z.array(TaskReference).min(1), to: z.array(TaskReference).min(1), note: z.string().optional() }))
    .default([]),
  forbid: z.array(z.object({ from: TaskReference, to: TaskReference, note: z.string().optional() })).default([]),
});
export type LinkDecisionsFile = z.infer<typeof LinkDecisionsFile>;

/** The decisions comparePlans takes (`options.decisions`): the file's content, years optional. */
export interface LinkDecisions {
  pin?: { from: string[]; to: string[]; note?: string }[];
  forbid?: { from: string; to: string; note?: string }[];
}

/** Decisions resolved to task indices of the two plans. */
export interface ResolvedDecisions {
  pins: { from: number[]; to: number[]; note?: string }[];
  /** `${fromIndex}:${toIndex}` */
  forbidden: Set<string>;
  /** one message per reference that matched no task or several */
  problems: string[];
}

function squeeze(s: string): string {
  return s.replace(/\s+/gu, '');
}

/**
 * Resolves a task reference in `plan`: the index of the task with that id, else of the only task whose
 * text (whitespace removed) contains the phrase. Output: the index into `plan.tasks`, or an error string
 * saying why not (no task, or several tasks contain the phrase). Never throws.
 */
export function resolveTaskReference(plan: Pick<Plan, 'tasks' | 'id'>, ref: string): number | string {
  const byId = plan.tasks.findIndex((t: Task) => t.id === ref);
  if (byId >= 0) return byId;
  const phrase = squeeze(ref);
  const hits: number[] = [];
  plan.tasks.forEach((t, i) => {
    if (squeeze(t.text).includes(phrase) || squeeze(t.title).includes(phrase)) hits.push(i);
  });
  if (hits.length === 1) return hits[0];
  if (hits.length === 0) return `${plan.id}: no task has id or text "${ref}"`;
  return `${plan.id}: "${ref}" occurs in ${hits.length} tasks (${hits.map((i) => plan.tasks[i].id).join(', ')})`;
}

/**
 * Parses the content of a links file (already JSON-decoded).
 * Throws a ZodError (with the offending path) when the shape is wrong.
 */
export function parseLinkDecisions(json: unknown): LinkDecisionsFile {
  return LinkDecisionsFile.parse(json);
}

/**
 * Resolves decisions against two plans. Unresolvable references are reported in `problems` and the
 * decision holding them is skipped; a task pinned twice keeps its first pin.
 */
export function resolveDecisions(from: Plan, to: Plan, decisions: LinkDecisions | undefined): ResolvedDecisions {
  const out: ResolvedDecisions = { pins: [], forbidden: new Set(), problems: [] };
  if (!decisions) return out;
  const usedFrom = new Set<number>();
  const usedTo = new Set<number>();
  for (const pin of decisions.pin ?? []) {
    const f = pin.from.map((r) => resolveTaskReference(from, r));
    const t = pin.to.map((r) => resolveTaskReference(to, r));
    const bad = [...f, ...t].filter((x): x is string => typeof x === 'string');
    if (bad.length > 0) {
      out.problems.push(...bad.map((b) => `pin skipped: ${b}`));
      continue;
    }
    const fi = f as number[];
    const ti = t as number[];
    if (fi.length > 1 && ti.length > 1) {
      out.problems.push(`pin skipped: ${pin.from.join('+')} → ${pin.to.join('+')} is n:m; pin 1:n or n:1`);
      continue;
    }
    if (fi.some((i) => usedFrom.has(i)) || ti.some((i) => usedTo.has(i))) {
      out.problems.push(`pin skipped: ${pin.from.join('+')} → ${pin.to.join('+')} reuses a pinned task`);
      continue;
    }
    fi.forEach((i) => usedFrom.add(i));
    ti.forEach((i) => usedTo.add(i));
    out.pins.push({ from: fi, to: ti, note: pin.note });
  }
  for (const f of decisions.forbid ?? []) {
    const a = resolveTaskReference(from, f.from);
    const b = resolveTaskReference(to, f.to);
    if (typeof a === 'string' || typeof b === 'string') {
      out.problems.push(...[a, b].filter((x): x is string => typeof x === 'string').map((x) => `forbid skipped: ${x}`));
      continue;
    }
    out.forbidden.add(`${a}:${b}`);
  }
  return out;
}

/**
 * Swaps the sides of human decisions: decisions written for a → b become those for b → a (every pin and forbid
 * with `from` and `to` exchanged, notes kept). Input undefined gives undefined. Never throws.
 */
export function reverseDecisions(d: LinkDecisions | undefined): LinkDecisions | undefined {
  if (!d) return d;
  return {
    pin: (d.pin ?? []).map((p) => ({ from: p.to, to: p.from, note: p.note })),
    forbid: (d.forbid ?? []).map((f) => ({ from: f.to, to: f.from, note: f.note })),
  };
}
