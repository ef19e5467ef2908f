import type { Section } from '@plandiff/model';
import type { PlanIndex } from '../plan/plan-index.js';
import type { LinkView } from './link-view.js';

/** One aligned pair of the side-by-side document (a link; a moved link also leaves a `ghost` at its old place). */
export interface PairRow {
  type: 'pair';
  key: string;
  view: LinkView;
  /** `ghost`: the old place of a moved task (year A's side only, pointing to where it went). */
  ghost: boolean;
  /** Id of the year-B (else year-A) top-level section the row belongs to, for the outline. */
  chapter: string;
}

/** A run of rows shown collapsed: unchanged paragraphs, or a whole review chapter (工作回顾). */
export interface RunRow {
  type: 'run';
  key: string;
  reason: 'unchanged' | 'review';
  rows: PairRow[];
  chapter: string;
  /** Title of the review chapter (for `review`). */
  title: string;
  /** True when the reader opened it: its rows follow it. */
  expanded: boolean;
}

/** A section heading across both columns: year A's section left, year B's right (either may be absent). */
export interface HeadingRow {
  type: 'heading';
  key: string;
  from: Section | null;
  to: Section | null;
  level: number;
  chapter: string;
}

export type DocumentRow = PairRow | RunRow | HeadingRow;

/** A top-level section of the document with how much changed in it (for the outline sidebar). */
export interface ChapterDensity {
  id: string;
  label: string;
  title: string;
  review: boolean;
  rows: number;
  changes: number;
}

function firstIndex(ids: readonly string[], positions: Map<string, number>): number | null {
  let min: number | null = null;
  for (const id of ids) {
    const at = positions.get(id);
    if (at !== undefined && (min === null || at < min)) min = at;
  }
  return min;
}

/**
 * Puts the links of a comparison in outline order for the side-by-side document. Input: the link views (any order)
 * and both plan indexes. Output: pair rows ordered by year B's task order; a link with no year-B task (dropped,
 * outside the excerpt) comes right after the year-A task before it; a moved link sits at its year-B place and
 * leaves a ghost row at its year-A place. Each row names its chapter (top-level section id, year B's when it has
 * one).
 */
export function orderDocumentRows(views: readonly LinkView[], from: PlanIndex, to: PlanIndex): PairRow[] {
  const fromPos = new Map(from.plan.tasks.map((task, i) => [task.id, i]));
  const toPos = new Map(to.plan.tasks.map((task, i) => [task.id, i]));
  // anchors: year-A position → year-B position of links that keep their place (not moved)
  const anchors: { a: number; b: number }[] = [];
  for (const view of views) {
    if (view.link.kind === 'moved') continue;
    const a = firstIndex(view.link.from, fromPos);
    const b = firstIndex(view.link.to, toPos);
    if (a !== null && b !== null) anchors.push({ a, b });
  }
  anchors.sort((x, y) => x.a - y.a);
  const anchorFor = (a: number): number => {
    let b = -1;
    for (const anchor of anchors) {
      if (anchor.a > a) break;
      b = anchor.b;
    }
    return b;
  };
  const chapterOf = (view: LinkView, side: 'from' | 'to'): string => {
    const trail = side === 'to' ? view.toTrails[0] : view.fromTrails[0];
    return trail?.[0]?.id ?? '';
  };
  const sortable: { sortKey: [number, number, number]; row: PairRow }[] = [];
  for (const view of views) {
    const a = firstIndex(view.link.from, fromPos);
    const b = firstIndex(view.link.to, toPos);
    if (b !== null) {
      sortable.push({ sortKey: [b, 1, 0], row: { type: 'pair', key: view.key, view, ghost: false, chapter: chapterOf(view, 'to') } });
    }
    if (a !== null && (b === null || view.link.kind === 'moved')) {
      const ghost = b !== null;
      sortable.push({
        sortKey: [anchorFor(a), 2, a],
        row: { type: 'pair', key: ghost ? `${view.key}#was` : view.key, view, ghost, chapter: chapterOf(view, 'from') },
      });
    }
  }
  sortable.sort((x, y) => x.sortKey[0] - y.sortKey[0] || x.sortKey[1] - y.sortKey[1] || x.sortKey[2] - y.sortKey[2]);
  return sortable.map((entry) => entry.row);
}

/** The deepest heading level the document shows as its own row (一、 and （一）). */
const HEADING_DEPTH = 2;

function isReviewRow(row: PairRow): boolean {
  if (row.view.link.role === 'review') return true;
  const trails = row.ghost ? row.view.fromTrails : [...row.view.toTrails, ...row.view.fromTrails];
  return trails.some((trail) => trail.some((section) => section.role === 'review'));
}

/**
 * Builds the rows of the side-by-side document: headings where year B's (else year A's) section changes (levels 1
 * and 2), unchanged pairs gathered into collapsed runs, and every review chapter (工作回顾: results, not plans)
 * gathered into one collapsed run below its heading (opened, its own unchanged runs are collapsed in turn). Input: ordered pair rows ({@link orderDocumentRows}) and the keys of the runs
 * the reader expanded. Output: the rows to draw; an expanded run is followed by its pairs (its own row then offers to
 * collapse it).
 */
export function buildDocumentRows(pairs: readonly PairRow[], expanded: ReadonlySet<string>): DocumentRow[] {
  const out: DocumentRow[] = [];
  let review: RunRow | null = null;
  let same: RunRow | null = null;
  // where the rows go: the document, or the open review chapter's list (whose unchanged runs collapse too)
  let target: DocumentRow[] = out;
  const flushSame = () => {
    if (!same) return;
    const open = expanded.has(same.key);
    target.push({ ...same, expanded: open });
    if (open) target.push(...same.rows);
    same = null;
  };
  const flushReview = () => {
    flushSame();
    if (!review) return;
    const open = expanded.has(review.key);
    out.push({ ...review, expanded: open });
    if (open) out.push(...inner);
    review = null;
    target = out;
  };
  let inner: DocumentRow[] = [];
  let lastHeading: string[] = [];
  for (const row of pairs) {
    const isReview = isReviewRow(row);
    const trail = (row.ghost ? row.view.fromTrails[0] : (row.view.toTrails[0] ?? row.view.fromTrails[0])) ?? [];
    const side: 'from' | 'to' = row.ghost || row.view.toTrails.length === 0 ? 'from' : 'to';
    const headingIds = trail.slice(0, HEADING_DEPTH).map((section) => `${side}:${section.id}`);
    if (!isReview && review) flushReview();
    if (isReview && !review) {
      flushSame();
      review = { type: 'run', key: `review:${row.key}`, reason: 'review', rows: [], chapter: row.chapter, title: trail[0] ? `${trail[0].label}${trail[0].title}` : '', expanded: false };
      inner = [];
      target = inner;
    }
    // a from-only row inside year B's current chapter does not open a heading of its own
    const opens = side === 'to' ? headingIds.some((id, i) => lastHeading[i] !== id) : lastHeading.length === 0 && headingIds.length > 0;
    if (opens) {
      flushSame();
      for (let depth = 0; depth < headingIds.length; depth += 1) {
        if (lastHeading[depth] === headingIds[depth]) continue;
        const section = trail[depth];
        const other = side === 'to' ? (row.view.fromTrails[0]?.[depth] ?? null) : null;
        const heading: HeadingRow = {
          type: 'heading',
          key: `h:${headingIds[depth]}`,
          from: side === 'from' ? section : other,
          to: side === 'to' ? section : null,
          level: depth + 1,
          chapter: row.chapter,
        };
        // the review chapter's own heading stays visible above its collapsed run
        if (isReview && depth === 0) out.push(heading);
        else target.push(heading);
      }
      lastHeading = headingIds;
    }
    if (review) (review as RunRow).rows.push(row);
    if (row.view.link.kind === 'unchanged' && !row.ghost) {
      if (!same) same = { type: 'run', key: `same:${row.key}`, reason: 'unchanged', rows: [], chapter: row.chapter, title: '', expanded: false };
      same.rows.push(row);
      continue;
    }
    flushSame();
    target.push(row);
  }
  flushReview();
  flushSame();
  return out;
}

/**
 * Change density per top-level section of year B (then year A's sections that year B lacks): how many pair rows
 * fall in it and how many of those are changes (any kind but unchanged; ghosts not counted twice).
 */
export function chapterDensities(pairs: readonly PairRow[], from: PlanIndex, to: PlanIndex): ChapterDensity[] {
  const chapters = new Map<string, ChapterDensity>();
  const add = (section: Section) => {
    if (!chapters.has(section.id))
      chapters.set(section.id, { id: section.id, label: section.label, title: section.title, review: section.role === 'review', rows: 0, changes: 0 });
  };
  for (const section of to.plan.sections) add(section);
  for (const section of from.plan.sections) add(section);
  for (const row of pairs) {
    if (row.ghost) continue;
    const chapter = chapters.get(row.chapter);
    if (!chapter) continue;
    chapter.rows += 1;
    if (row.view.link.kind !== 'unchanged') chapter.changes += 1;
  }
  return [...chapters.values()].filter((chapter) => chapter.rows > 0);
}


/**
 * The next (step 1) or previous (step -1) change among the document's rows after / before row `current` (-1 = none
 * yet): a pair row that is not a ghost and not unchanged. Output: its index, or null when there is none that way.
 */
export function stepToDocumentChange(rows: readonly DocumentRow[], current: number, step: 1 | -1): number | null {
  let i = current === -1 ? (step === 1 ? 0 : rows.length - 1) : current + step;
  for (; i >= 0 && i < rows.length; i += step) {
    const row = rows[i];
    if (row.type === 'pair' && !row.ghost && row.view.link.kind !== 'unchanged') return i;
  }
  return null;
}
