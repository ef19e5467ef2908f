/**
 * Assignment changes of a link: which lead units (牵头单位) appear or disappear.
 */
import type { Task } from '@plandiff/model';

/**
 * Lead units added and removed between the tasks of a link.
 * Input: the link's tasks on each side. Output: `leadAdded` = leads of `to` not among the leads of
 * `from`, `leadRemoved` = the reverse; each in order of first appearance, without duplicates.
 * Unit names are compared after removing whitespace.
 */
export function assignmentChanges(from: readonly Task[], to: readonly Task[]): { leadAdded: string[]; leadRemoved: string[] } {
  const leads = (tasks: readonly Task[]): string[] => [
    ...new Set(tasks.flatMap((t) => t.assignments.flatMap((a) => a.lead.map((u) => u.replace(/\s+/gu, ''))))),
  ];
  const a = leads(from);
  const b = leads(to);
  const setA = new Set(a);
  const setB = new Set(b);
  return { leadAdded: b.filter((u) => !setA.has(u)), leadRemoved: a.filter((u) => !setB.has(u)) };
}
