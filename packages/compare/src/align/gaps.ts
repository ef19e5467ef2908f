/**
 * Pass `gaps`: a paragraph cut into several is printed as consecutive paragraphs. First, an untaken paragraph lying
 * between two parts of a split (merge), in their section, joins it when it holds ≥ GAP_PART of the whole's wording.
 * Then a task nothing took, and a run of consecutive tasks nothing took either inside the corresponding section of the
 * other plan, form a split (merge) when the run covers ≥ SPLIT_COVERAGE of it (each part needing only GAP_PART).
 */
import type { Evidence } from '@plandiff/model';
import type { RawLink, TaskProfile } from '../align.js';
import { GAP_PART, pairFeatures, round2, sigmoid, SPLIT_COVERAGE, textSimilarity, withOverlap } from '../align.js';
import { containment, type Term } from '../similarity.js';
import type { AlignState } from './state.js';

export function gaps(s: AlignState): void {
  const { A, B, model, links, usedA, usedB, decisions } = s;
  const linkOfA = s.linkOf?.A ?? new Map<number, RawLink>();
  const linkOfB = s.linkOf?.B ?? new Map<number, RawLink>();
  const sectionMap3 = s.sections ?? new Map<string, string>();
  // Split / merge in a gap: a task nothing took, and a run of consecutive tasks nothing took either, inside the
  // corresponding section of the other plan. A paragraph cut into several is printed as consecutive paragraphs, so
  // here a part needs only GAP_PART of the whole's wording (not SPLIT_PART, nor to have the whole as its best match).
  const gapGroup = (side: 'split' | 'merged', whole: TaskProfile, others: TaskProfile[], used: Set<number>, sectionOf: Map<string, string>): void => {
    // the other plan's section where the nearest linked paragraph of the whole's own section went
    const own = side === 'split' ? A : B;
    const linkOf = side === 'split' ? linkOfA : linkOfB;
    let target: string | undefined;
    for (let d = 1; target === undefined && d < own.length; d += 1) {
      for (const k of [whole.index - d, whole.index + d]) {
        const sibling = own[k];
        const l = sibling && sibling.task.sectionId === whole.task.sectionId ? linkOf.get(k) : undefined;
        const partner = l ? (side === 'split' ? l.to[0] : l.from[0]) : undefined;
        if (partner !== undefined) {
          target = others[partner].task.sectionId;
          break;
        }
      }
    }
    target ??= sectionOf.get(whole.task.sectionId);
    if (target === undefined) return;
    const forbidden = (o: TaskProfile): boolean => decisions.forbidden.has(side === 'split' ? `${whole.index}:${o.index}` : `${o.index}:${whole.index}`);
    let best: { members: TaskProfile[]; covered: number } | null = null;
    let run: TaskProfile[] = [];
    const close = (): void => {
      if (run.length >= 2) {
        const union = new Set<Term>(run.flatMap((m) => [...m.termSet]));
        const covered = containment(model, whole.terms, union);
        if (covered >= SPLIT_COVERAGE && (!best || covered > best.covered)) best = { members: run, covered };
      }
      run = [];
    };
    for (const o of others) {
      const eligible = o.task.sectionId === target && !used.has(o.index) && o.role === whole.role && !forbidden(o)
        && containment(model, whole.terms, o.termSet) >= GAP_PART;
      if (eligible) run.push(o);
      else close();
    }
    close();
    const found = best as { members: TaskProfile[]; covered: number } | null;
    if (!found) return;
    const parts = found.members.map((m) => m.index);
    const text = Math.max(...found.members.map((m) => {
      const [a, b] = side === 'split' ? [whole, m] : [m, whole];
      return textSimilarity(withOverlap(model, a, b, pairFeatures(a, b)));
    }));
    const evidence: Evidence = {
      code: 'taken_up',
      values: { whole: side === 'split' ? 'from' : 'to', coverage: round2(found.covered), gap: true },
      taskIds: { whole: whole.task.id, parts: found.members.map((m) => m.task.id) },
    };
    const score = sigmoid(-1 + 5 * found.covered);
    links.push(side === 'split'
      ? { from: [whole.index], to: parts, score, text, evidence: [evidence], pinned: false }
      : { from: parts, to: [whole.index], score, text, evidence: [evidence], pinned: false });
    (side === 'split' ? usedA : usedB).add(whole.index);
    for (const i of parts) used.add(i);
  };
  // A paragraph cut into several is printed as consecutive paragraphs: an untaken paragraph lying between two parts
  // of a split (merge), in their section, joins it when it holds ≥ GAP_PART of the whole's wording.
  for (const l of links) {
    if (l.pinned) continue;
    for (const side of ['split', 'merged'] as const) {
      const partIdx = side === 'split' ? l.to : l.from;
      const wholeIdx = side === 'split' ? l.from : l.to;
      if (wholeIdx.length !== 1 || partIdx.length < 2) continue;
      const whole = side === 'split' ? A[wholeIdx[0]] : B[wholeIdx[0]];
      const others = side === 'split' ? B : A;
      const used = side === 'split' ? usedB : usedA;
      const section = others[partIdx[0]].task.sectionId;
      if (partIdx.some((i) => others[i].task.sectionId !== section)) continue;
      const lo = Math.min(...partIdx);
      const hi = Math.max(...partIdx);
      for (let k = lo + 1; k < hi; k += 1) {
        const q = others[k];
        if (used.has(k) || q.task.sectionId !== section || q.role !== whole.role
          || decisions.forbidden.has(side === 'split' ? `${whole.index}:${k}` : `${k}:${whole.index}`)) continue;
        const cover = containment(model, whole.terms, q.termSet);
        if (cover < GAP_PART) continue;
        partIdx.push(k);
        used.add(k);
        l.evidence.push({
          code: 'between_parts',
          values: { whole: side === 'split' ? 'from' : 'to', coverage: round2(cover) },
          taskIds: { whole: whole.task.id, parts: [q.task.id] },
        });
      }
    }
  }
  const sectionMapBack = new Map<string, string>();
  for (const [a, b] of sectionMap3) if (!sectionMapBack.has(b)) sectionMapBack.set(b, a);
  for (const p of A) if (!usedA.has(p.index)) gapGroup('split', p, B, usedB, sectionMap3);
  for (const p of B) if (!usedB.has(p.index)) gapGroup('merged', p, A, usedA, sectionMapBack);
  for (const l of links) {
    l.from.sort((x, y) => x - y);
    l.to.sort((x, y) => x - y);
  }
}
