import type { Plan, Section, Task } from '@plandiff/model';

/** One node of the plan tree: a section with the tasks placed directly under it and its sub-sections. */
export interface OutlineNode {
  section: Section;
  tasks: Task[];
  children: OutlineNode[];
}

/**
 * Builds the tree the plan page shows.
 * Input: a Plan. Output: `nodes` mirrors `plan.sections` with each task under the section named by its
 * `sectionId` (in plan order); `unplaced` holds tasks whose section is not in the outline.
 */
export function buildOutline(plan: Plan): { nodes: OutlineNode[]; unplaced: Task[] } {
  const bySection = new Map<string, Task[]>();
  for (const task of plan.tasks) {
    const list = bySection.get(task.sectionId) ?? [];
    list.push(task);
    bySection.set(task.sectionId, list);
  }
  const placed = new Set<string>();
  const build = (sections: Section[]): OutlineNode[] =>
    sections.map((section) => {
      placed.add(section.id);
      return { section, tasks: bySection.get(section.id) ?? [], children: build(section.children) };
    });
  const nodes = build(plan.sections);
  const unplaced = plan.tasks.filter((task) => !placed.has(task.sectionId));
  return { nodes, unplaced };
}
