import type { Link, LinkKind, Section, Task } from '@plandiff/model';
import { taskLeadUnits, taskTrail, type PlanIndex } from '../plan/plan-index.js';
import type { LinkFilters } from './view-state.js';
import { searchWords } from '../format/highlight.js';
import { evidenceWords } from './evidence-text.js';

/** One link of a comparison with its tasks resolved against the two plans. */
export interface LinkView {
  /** Stable key of the link within the comparison, also used in the URL (`at=`). */
  key: string;
  /** Position of the link in `comparison.links`. */
  index: number;
  link: Link;
  /** Tasks of year A (from) and year B (to); ids that a plan does not know are left out. */
  fromTasks: Task[];
  toTasks: Task[];
  /** Section trail of each task, same order as the tasks. */
  fromTrails: Section[][];
  toTrails: Section[][];
  /** Lead units of all tasks on either side. */
  leadUnits: string[];
  /** Lower-cased text that the free-text filter searches. */
  searchText: string;
}

/**
 * Key of a link: its task ids, `from` ids then `to` ids (`t2.1+t2.2>t3.1`; `>t1.4` for an added task).
 * Output is unique within one comparison because every task belongs to at most one link.
 */
export function linkKey(link: Pick<Link, 'from' | 'to'>): string {
  return `${link.from.join('+')}>${link.to.join('+')}`;
}

/** True for every kind a reader steps through with n / p: everything but unchanged. */
export function isChange(kind: LinkKind): boolean {
  return kind !== 'unchanged';
}

/**
 * Resolves every link of a comparison against the two plans.
 * Input: the links and an index of each plan. Output: one LinkView per link, in the comparison's order.
 */
export function buildLinkViews(links: Link[], from: PlanIndex, to: PlanIndex): LinkView[] {
  return links.map((link, index) => {
    const fromTasks = link.from.map((id) => from.taskById.get(id)).filter((task): task is Task => task !== undefined);
    const toTasks = link.to.map((id) => to.taskById.get(id)).filter((task): task is Task => task !== undefined);
    const leadUnits = [...new Set([...fromTasks, ...toTasks].flatMap(taskLeadUnits))];
    const searchText = [
      ...fromTasks.map((task) => task.text),
      ...toTasks.map((task) => task.text),
      ...link.evidence.flatMap(evidenceWords),
      ...link.targetChanges.map((change) => change.metric),
    ]
      .join('\n')
      .toLowerCase();
    return {
      key: linkKey(link),
      index,
      link,
      fromTasks,
      toTasks,
      fromTrails: fromTasks.map((task) => taskTrail(from, task)),
      toTrails: toTasks.map((task) => taskTrail(to, task)),
      leadUnits,
      searchText,
    };
  });
}

/**
 * Applies the filters to the link views.
 * Kind: the link's kind is one of `filters.kinds`. Section: a task of either side lies in (or under) a section
 * with that title. Lead unit: a task of either side names it as lead. Text: every whitespace-separated word
 * occurs (case-insensitive) in the task texts, evidence or target metrics. Output keeps the input order.
 */
export function filterLinkViews(views: LinkView[], filters: LinkFilters): LinkView[] {
  const words = searchWords(filters.text.toLowerCase());
  return views.filter((view) => {
    if (filters.kinds.length > 0 && !filters.kinds.includes(view.link.kind)) return false;
    if (filters.section !== null) {
      const trails = [...view.fromTrails, ...view.toTrails];
      if (!trails.some((trail) => trail.some((section) => section.title === filters.section))) return false;
    }
    if (filters.lead !== null && !view.leadUnits.includes(filters.lead)) return false;
    return words.every((word) => view.searchText.includes(word));
  });
}

/**
 * Finds the next (step 1) or previous (step -1) change in the shown list, starting after/before `currentKey`.
 * Output: the index in `views` of that link, or null when there is none in that direction. With no current
 * key, n goes to the first change and p to the last.
 */
export function stepToChange(views: LinkView[], currentKey: string | null, step: 1 | -1): number | null {
  const current = currentKey === null ? -1 : views.findIndex((view) => view.key === currentKey);
  let i = current === -1 ? (step === 1 ? 0 : views.length - 1) : current + step;
  for (; i >= 0 && i < views.length; i += step) if (isChange(views[i].link.kind)) return i;
  return null;
}

/** One choice in the section filter: a section title with its depth, from either year. */
export interface SectionOption {
  title: string;
  label: string;
  level: number;
}

/**
 * Lists the sections a reader can filter by: every titled section of year A, then those of year B not
 * already listed (same title), each once, in outline order.
 */
export function sectionOptions(from: PlanIndex, to: PlanIndex): SectionOption[] {
  const seen = new Set<string>();
  const options: SectionOption[] = [];
  for (const index of [from, to]) {
    for (const section of index.sectionById.values()) {
      if (section.title.trim() === '' || seen.has(section.title)) continue;
      seen.add(section.title);
      options.push({ title: section.title, label: section.label, level: section.level });
    }
  }
  return options;
}

/** Lists every lead unit named in the link views, sorted by how many links name it (most first). */
export function leadUnitOptions(views: LinkView[]): string[] {
  const counts = new Map<string, number>();
  for (const view of views) for (const unit of view.leadUnits) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([unit]) => unit);
}
