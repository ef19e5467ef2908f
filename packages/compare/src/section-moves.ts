/**
 * sectionMoves (DESIGN.md contract): chapters and subsections whose rank among their siblings changed — a change of
 * priorities ("着力扩大国内需求" from third to first place among 2025's tasks), shown once instead of as one "moved"
 * card per task.
 */
import type { Plan, Section, SectionMove } from '@plandiff/model';
import { walkSections } from '@plandiff/model';
import type { SectionLink } from './sections.js';

/** Siblings of every section: parent id ('' for the top level) → children in document order. */
function siblings(plan: Plan): Map<string, { parent: string; rank: number; section: Section }> {
  const out = new Map<string, { parent: string; rank: number; section: Section }>();
  const ranks = new Map<string, number>();
  walkSections(plan.sections, (s, trail) => {
    const parent = trail.length > 1 ? trail[trail.length - 2].id : '';
    const rank = (ranks.get(parent) ?? 0) + (s.role !== 'preamble' ? 1 : 0);
    ranks.set(parent, rank);
    out.set(s.id, { parent, rank, section: s });
  });
  return out;
}

/** Indices (into `xs`) of one longest strictly increasing subsequence, O(n log n) (patience sorting). */
function longestIncreasing(xs: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Int32Array(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i += 1) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

/**
 * The sections whose place among their siblings changed.
 * Input: the two plans and their section links (sections.ts). Output: one SectionMove per linked section whose
 * parents correspond (both top level, or the parents are linked to each other) and that is not among the longest
 * run of siblings keeping their relative order; so a chapter pulled to the front is listed, the chapters it
 * overtook are not, and a chapter that only shifts because another was added or dropped is not. `rankFrom` /
 * `rankTo` are 1-based places among the siblings as written (preamble sections not counted); `title` is the later
 * plan's. Order: the later plan's document order.
 */
export function sectionMoves(from: Plan, to: Plan, links: readonly SectionLink[]): SectionMove[] {
  const sa = siblings(from);
  const sb = siblings(to);
  const linkOf = new Map<string, string>();
  for (const l of links) if (l.from && l.to) linkOf.set(l.from, l.to);
  // linked sections grouped by their parent in `from`, kept only when their parents correspond
  const groups = new Map<string, { a: string; b: string; rankA: number; rankB: number }[]>();
  for (const [a, b] of linkOf) {
    const x = sa.get(a);
    const y = sb.get(b);
    if (!x || !y || x.section.role === 'preamble' || y.section.role === 'preamble') continue;
    const parentsCorrespond = x.parent === '' ? y.parent === '' : linkOf.get(x.parent) === y.parent;
    if (!parentsCorrespond) continue;
    let g = groups.get(x.parent);
    if (!g) groups.set(x.parent, (g = []));
    g.push({ a, b, rankA: x.rank, rankB: y.rank });
  }
  const out: SectionMove[] = [];
  for (const g of groups.values()) {
    g.sort((x, y) => x.rankA - y.rankA);
    const keep = longestIncreasing(g.map((m) => m.rankB));
    g.forEach((m, i) => {
      if (keep.has(i) || m.rankA === m.rankB) return;
      const b = sb.get(m.b) as { section: Section };
      out.push({ from: m.a, to: m.b, title: b.section.title, rankFrom: m.rankA, rankTo: m.rankB });
    });
  }
  const docOrder = new Map([...sb.keys()].map((id, i) => [id, i]));
  return out
    .sort((x, y) => (docOrder.get(x.to) ?? 0) - (docOrder.get(y.to) ?? 0));
}
