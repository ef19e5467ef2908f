/**
 * Section-level links, derived from the task links: a section of A corresponds to the section of B at
 * the same outline level that receives most of its tasks' link mass, helped by title similarity.
 * Matched with the Hungarian algorithm per level (munkres 2.0.4), order-free.
 */
import munkres from 'munkres';
import type { Evidence, Link, LinkKind, Plan, Section } from '@plandiff/model';
import { walkSections } from '@plandiff/model';
import { sectionChains } from './align.js';
import { cosine, fitTfIdf, vectorise } from './similarity.js';
import { bigramCodes } from './tokenise.js';

/** A link between sections (extension of the Comparison contract: `comparison.sections`). */
export interface SectionLink {
  kind: Extract<LinkKind, 'unchanged' | 'changed' | 'moved' | 'added' | 'dropped' | 'outside_excerpt'>;
  from: string | null;
  to: string | null;
  /** labels and titles as written, e.g. "三 （三）" and "着力扩大国内需求，推动经济实现良性循环" */
  fromLabel: string | null;
  toLabel: string | null;
  fromTitle: string | null;
  toTitle: string | null;
  score: number;
  evidence: Evidence[];
}

/** Minimum section score (0..1) for a section link. */
export const SECTION_THRESHOLD = 0.3;

/** Every section of a plan, depth first in document order. */
export function flattenSections(plan: Plan): Section[] {
  const out: Section[] = [];
  walkSections(plan.sections, (s) => out.push(s));
  return out;
}

/**
 * Links the sections of two plans.
 * Input: the plans and the task links already classified. Output: one SectionLink per section pair
 * and per unmatched section. Score = 0.7·share + 0.3·(cosine of the titles' character bigrams), where
 * share = mean of (share of A's tasks linked into B) and (share of B's tasks linked from A),
 * subsections included. A matched pair is `moved`
 * when the label path differs (（三） → （一）), `unchanged` when label and title are equal, else `changed`.
 */
export function linkSections(from: Plan, to: Plan, links: readonly Pick<Link, 'from' | 'to' | 'score'>[]): SectionLink[] {
  const secA = flattenSections(from).filter((s) => s.role !== 'preamble');
  const secB = flattenSections(to).filter((s) => s.role !== 'preamble');
  const chainsA = sectionChains(from);
  const chainsB = sectionChains(to);
  const labelPath = (chains: Map<string, Section[]>, id: string): string => (chains.get(id) ?? []).map((s) => s.label).join(' ');
  // tasks per section, subsections included
  const tasksIn = (plan: Plan, chains: Map<string, Section[]>): Map<string, Set<string>> => {
    const m = new Map<string, Set<string>>();
    for (const t of plan.tasks) for (const s of chains.get(t.sectionId) ?? []) {
      let set = m.get(s.id);
      if (!set) m.set(s.id, (set = new Set()));
      set.add(t.id);
    }
    return m;
  };
  const inA = tasksIn(from, chainsA);
  const inB = tasksIn(to, chainsB);
  const taskSecA = new Map(from.tasks.map((t) => [t.id, chainsA.get(t.sectionId) ?? []]));
  const taskSecB = new Map(to.tasks.map((t) => [t.id, chainsB.get(t.sectionId) ?? []]));
  // For each pair of same-level sections: which of their tasks (subsections included) are linked to each other.
  const linkedA = new Map<string, Set<string>>();
  const linkedB = new Map<string, Set<string>>();
  const scoreSum = new Map<string, number>();
  const addTo = (m: Map<string, Set<string>>, k: string, v: string): void => {
    let set = m.get(k);
    if (!set) m.set(k, (set = new Set()));
    set.add(v);
  };
  for (const l of links) {
    if (l.from.length === 0 || l.to.length === 0) continue;
    for (const a of l.from) for (const b of l.to) {
      for (const sa of taskSecA.get(a) ?? []) for (const sb of taskSecB.get(b) ?? []) {
        if (sa.level !== sb.level) continue;
        const k = `${sa.id}|${sb.id}`;
        addTo(linkedA, k, a);
        addTo(linkedB, k, b);
        scoreSum.set(k, Math.max(scoreSum.get(k) ?? 0, l.score));
      }
    }
  }
  const model = fitTfIdf([...secA, ...secB].map((s) => bigramCodes(s.title)));
  const vecA = new Map(secA.map((s) => [s.id, vectorise(model, bigramCodes(s.title))]));
  const vecB = new Map(secB.map((s) => [s.id, vectorise(model, bigramCodes(s.title))]));

  const out: SectionLink[] = [];
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const levels = [...new Set(secA.map((s) => s.level))];
  for (const level of levels) {
    const rows = secA.filter((s) => s.level === level);
    const cols = secB.filter((s) => s.level === level);
    if (rows.length === 0 || cols.length === 0) continue;
    const score = rows.map((a) => cols.map((b) => {
      const k = `${a.id}|${b.id}`;
      const na = inA.get(a.id)?.size ?? 0;
      const nb = inB.get(b.id)?.size ?? 0;
      const shareA = na === 0 ? 0 : (linkedA.get(k)?.size ?? 0) / na;
      const shareB = nb === 0 ? 0 : (linkedB.get(k)?.size ?? 0) / nb;
      const share = (shareA + shareB) / 2;
      const title = cosine(vecA.get(a.id) as ReturnType<typeof vectorise>, vecB.get(b.id) as ReturnType<typeof vectorise>);
      return { share, title, s: 0.7 * share + 0.3 * title };
    }));
    for (const [r, c] of munkres(score.map((row) => row.map((x) => 1 - x.s)))) {
      const x = score[r][c];
      if (x.s < SECTION_THRESHOLD) continue;
      const a = rows[r];
      const b = cols[c];
      const la = labelPath(chainsA, a.id);
      const lb = labelPath(chainsB, b.id);
      const kind: SectionLink['kind'] = la !== lb ? 'moved' : a.title === b.title ? 'unchanged' : 'changed';
      const evidence: Evidence[] = [
        { code: 'linked_share', values: { share: Math.round(x.share * 100) / 100 } },
        { code: 'title_similarity', values: { similarity: Math.round(x.title * 100) / 100 } },
      ];
      if (kind === 'moved') evidence.unshift({ code: 'moved', values: { from: la, to: lb } });
      out.push({ kind, from: a.id, to: b.id, fromLabel: la, toLabel: lb, fromTitle: a.title, toTitle: b.title,
        score: Math.round(x.s * 1000) / 1000, evidence });
      usedA.add(a.id);
      usedB.add(b.id);
    }
  }
  const excerptA = from.meta.coverage === 'excerpt';
  const excerptB = to.meta.coverage === 'excerpt';
  const lastB = Math.max(-1, ...secB.map((s, i) => (usedB.has(s.id) ? i : -1)));
  const lastA = Math.max(-1, ...secA.map((s, i) => (usedA.has(s.id) ? i : -1)));
  secA.forEach((a, i) => {
    if (usedA.has(a.id)) return;
    const kind = excerptB && i > lastA ? 'outside_excerpt' : 'dropped';
    out.push({ kind, from: a.id, to: null, fromLabel: labelPath(chainsA, a.id), toLabel: null, fromTitle: a.title, toTitle: null, score: 0, evidence: [] });
  });
  secB.forEach((b, i) => {
    if (usedB.has(b.id)) return;
    const kind = excerptA && i > lastB ? 'outside_excerpt' : 'added';
    out.push({ kind, from: null, to: b.id, fromLabel: null, toLabel: labelPath(chainsB, b.id), fromTitle: null, toTitle: b.title, score: 0, evidence: [] });
  });
  return out;
}
