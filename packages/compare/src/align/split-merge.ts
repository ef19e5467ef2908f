/**
 * Pass `split-merge`: one task whose content the other plan spreads over several tasks. A part must cover ≥ SPLIT_PART
 * of the whole task's IDF mass, add ≥ SPLIT_GAIN of it not covered yet, and be closest to the whole by text cosine; the
 * parts together cover ≥ SPLIT_COVERAGE; all come from one section. 1 of A over n of B is a split, the reverse a merge.
 */
import type { Evidence } from '@plandiff/model';
import type { RawLink, TaskProfile } from '../align.js';
import { round2, sigmoid, SPLIT_COVERAGE, SPLIT_GAIN, SPLIT_PART, textSimilarity, withOverlap } from '../align.js';
import { containment, type Term } from '../similarity.js';
import type { AlignState, Scored } from './state.js';

export function splitMerge(s: AlignState): void {
  const { A, B, model, scored, links, usedA, usedB, from, to } = s;
  const bestTextA = new Float64Array(A.length);
  const bestTextB = new Float64Array(B.length);
  for (const e of scored) {
    bestTextA[e.a] = Math.max(bestTextA[e.a], e.f.text);
    bestTextB[e.b] = Math.max(bestTextB[e.b], e.f.text);
  }
  const linkOfA = new Map<number, RawLink>();
  const linkOfB = new Map<number, RawLink>();
  for (const l of links) {
    l.from.forEach((i) => linkOfA.set(i, l));
    l.to.forEach((j) => linkOfB.set(j, l));
  }
  const pairsOfA = new Map<number, Scored[]>();
  const pairsOfB = new Map<number, Scored[]>();
  for (const e of scored) {
    if (!pairsOfA.has(e.a)) pairsOfA.set(e.a, []);
    if (!pairsOfB.has(e.b)) pairsOfB.set(e.b, []);
    (pairsOfA.get(e.a) as Scored[]).push(e);
    (pairsOfB.get(e.b) as Scored[]).push(e);
  }
  const group = (
    side: 'split' | 'merged',
    whole: TaskProfile,
    pairs: Scored[],
    partOf: (e: Scored) => TaskProfile,
    used: Set<number>,
    bestOfPart: Float64Array,
    linkOf: Map<number, RawLink>,
  ): void => {
    const existing = linkOf.get(whole.index);
    if (existing && (existing.pinned || existing.from.length > 1 || existing.to.length > 1)) return;
    const partner = existing ? (side === 'split' ? existing.to[0] : existing.from[0]) : null;
    const candidates = pairs
      .map((e) => ({ e, part: partOf(e) }))
      .filter(({ e, part }) => !used.has(part.index) && e.f.text >= bestOfPart[part.index] - 1e-9)
      .map(({ e, part }) => ({ e, part, cover: containment(model, whole.terms, part.termSet) }))
      .filter((x) => x.cover >= SPLIT_PART)
      .sort((x, y) => y.cover - x.cover);
    if (candidates.length === 0) return;
    const members: TaskProfile[] = partner === null ? [] : [side === 'split' ? B[partner] : A[partner]];
    // All parts come from one section: the partner's, else the one whose candidates cover most.
    const coverBySection = new Map<string, number>();
    for (const c of candidates) coverBySection.set(c.part.task.sectionId, (coverBySection.get(c.part.task.sectionId) ?? 0) + c.cover);
    const home = members[0]?.task.sectionId
      ?? [...coverBySection.entries()].reduce((x, y) => (y[1] > x[1] ? y : x))[0];
    const sameSection = candidates.filter((c) => c.part.task.sectionId === home);
    candidates.length = 0;
    candidates.push(...sameSection);
    const union = new Set<Term>(members.flatMap((m) => [...m.termSet]));
    let covered = members.length > 0 ? containment(model, whole.terms, union) : 0;
    for (const c of candidates) {
      for (const t of c.part.termSet) union.add(t);
      const next = containment(model, whole.terms, union);
      if (next - covered < SPLIT_GAIN) {
        for (const t of c.part.termSet) if (!members.some((m) => m.termSet.has(t))) union.delete(t);
        continue;
      }
      members.push(c.part);
      covered = next;
    }
    if (members.length < 2 || covered < SPLIT_COVERAGE) return;
    // A task that is a whole section of its plan, spread over a section of the other plan, also takes
    // that section's opening paragraph when nothing else did.
    const otherPlan = side === 'split' ? to : from;
    const ownPlan = side === 'split' ? from : to;
    const wholeIsSection = ownPlan.tasks.filter((t) => t.sectionId === whole.task.sectionId).length === 1;
    const opening = otherPlan.tasks.findIndex((t) => t.sectionId === home);
    const openingProfile = opening < 0 ? undefined : side === 'split' ? B[opening] : A[opening];
    if (wholeIsSection && openingProfile && !used.has(opening) && !members.includes(openingProfile)
      && openingProfile.role === whole.role) members.push(openingProfile);
    members.sort((x, y) => x.index - y.index);
    const parts = members.map((m) => m.index).filter((i) => i !== partner);
    const evidence: Evidence = {
      code: 'taken_up',
      values: { whole: side === 'split' ? 'from' : 'to', coverage: round2(covered) },
      taskIds: { whole: whole.task.id, parts: members.map((m) => m.task.id) },
    };
    const score = Math.max(existing?.score ?? 0, sigmoid(-1 + 5 * covered));
    const text = Math.max(existing?.text ?? 0, ...candidates.filter((c) => members.includes(c.part)).map((c) => textSimilarity(withOverlap(model, A[c.e.a], B[c.e.b], c.e.f))));
    if (existing) {
      existing.text = text;
      (side === 'split' ? existing.to : existing.from).push(...parts);
      existing.evidence.unshift(evidence);
      existing.score = score;
    } else {
      const l: RawLink = side === 'split'
        ? { from: [whole.index], to: parts, score, text, evidence: [evidence], pinned: false }
        : { from: parts, to: [whole.index], score, text, evidence: [evidence], pinned: false };
      links.push(l);
      linkOf.set(whole.index, l);
      if (side === 'split') usedA.add(whole.index);
      else usedB.add(whole.index);
    }
    for (const i of parts) used.add(i);
  };
  for (const p of A) group('split', p, pairsOfA.get(p.index) ?? [], (e) => B[e.b], usedB, bestTextB, linkOfA);
  for (const p of B) {
    if (linkOfB.get(p.index)?.from.length === 1 && (linkOfB.get(p.index)?.to.length ?? 0) > 1) continue;
    group('merged', p, pairsOfB.get(p.index) ?? [], (e) => A[e.a], usedA, bestTextA, linkOfB);
  }

  s.linkOf = { A: linkOfA, B: linkOfB };
}
