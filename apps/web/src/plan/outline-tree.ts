import type { Plan, Section, Task } from '@plandiff/model';

/** One node of the plan tree: a section with the tasks placed directly under it and its sub-sections. */
export interface OutlineNode {
  section: Section;
  tasks: Task[];
  children: OutlineNode[];
  /**
   * Text of the section that is neither its heading line nor in one of its tasks or sub-sections (UTF-16 spans into
   * `plan.text`, in order, whitespace-only runs left out): e.g. the covering notice before the plan (the preamble of the
   * Hubei 2024 scrape: 湖北省生态环境厅关于印发…的通知), or a paragraph a plan states as prose rather than as a task. Without it such text would not be shown at all.
   */
  prose: [number, number][];
}

/** Where the heading line of a section ends: after its first line break, or at its start for an untitled section. */
function headingEnd(text: string, section: Section): number {
  const [start, end] = section.span;
  if (section.label === '' && section.title === '') return start;
  const lineBreak = text.indexOf('\n', start);
  return lineBreak === -1 || lineBreak >= end ? end : lineBreak + 1;
}

/** Text made only of numbering: digits, Chinese numerals, brackets and the marks that follow a number. */
const ITEM_NUMBER_ONLY = /^[\s\d０-９一二三四五六七八九十百（）()．.、:：]*$/;

/**
 * The parts of `span` not covered by any of `covered` (spans, any order), trimmed of white space; runs that are empty
 * or only an item number (`1.`, `（三）`) are dropped.
 * Input and output are UTF-16 `[start, end)` spans into `text`.
 */
export function uncoveredRuns(text: string, span: [number, number], covered: readonly [number, number][]): [number, number][] {
  const runs: [number, number][] = [];
  let at = span[0];
  const push = (start: number, end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    // a bare item number left before a task (`1.`, `（三）`) is not prose, alone or on the run's last line
    const lastLine = text.lastIndexOf('\n', b - 1);
    if (lastLine >= a && ITEM_NUMBER_ONLY.test(text.slice(lastLine, b))) {
      b = lastLine;
      while (b > a && /\s/.test(text[b - 1])) b--;
    }
    if (b > a && !ITEM_NUMBER_ONLY.test(text.slice(a, b))) runs.push([a, b]);
  };
  for (const [start, end] of [...covered].sort((x, y) => x[0] - y[0])) {
    if (end <= at || start >= span[1]) continue;
    if (start > at) push(at, start);
    at = Math.max(at, end);
  }
  if (at < span[1]) push(at, span[1]);
  return runs;
}

/**
 * Builds the tree the plan page shows.
 * Input: a Plan. Output: `nodes` mirrors `plan.sections` with each task under the section named by its
 * `sectionId` (in plan order) and the section's prose outside tasks; `unplaced` holds tasks whose section is not in
 * the outline.
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
      const tasks = bySection.get(section.id) ?? [];
      const covered: [number, number][] = [...tasks.map((task) => task.span), ...section.children.map((child) => child.span)];
      const prose = uncoveredRuns(plan.text, [headingEnd(plan.text, section), section.span[1]], covered);
      return { section, tasks, children: build(section.children), prose };
    });
  const nodes = build(plan.sections);
  const unplaced = plan.tasks.filter((task) => !placed.has(task.sectionId));
  return { nodes, unplaced };
}
