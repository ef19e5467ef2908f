/**
 * Pass `context` (pass 2): sections whose tasks pass 1 linked are corresponding sections; an unlinked task gains
 * CONTEXT_BONUS (in logit units) towards unlinked tasks of the corresponding section, and ORDINAL_BONUS more when both
 * hold the same place in their sections (e.g. both open the section). Pairs then scoring ≥ LINK_THRESHOLD are linked.
 */
import { CONTEXT_BONUS, LINK_THRESHOLD, ORDINAL_BONUS, pairFeatures, scoreFeatures, sigmoid } from '../align.js';
import { linkAssigned } from './assign.js';
import { correspondingSections, ordinals } from './sections.js';
import { allowed, type AlignState, type Scored } from './state.js';

export function context(s: AlignState): void {
  const { A, B } = s;
  const sections = correspondingSections(s.from, s.to, s.links);
  s.sections = sections;
  const ordA = ordinals(s.from);
  const ordB = ordinals(s.to);
  const bySectionB = new Map<string, number[]>();
  for (const p of B) {
    if (s.usedB.has(p.index)) continue;
    let l = bySectionB.get(p.task.sectionId);
    if (!l) bySectionB.set(p.task.sectionId, (l = []));
    l.push(p.index);
  }
  const consider = (ai: number, bi: number, base?: Scored): void => {
    if (s.usedA.has(ai) || s.usedB.has(bi) || !allowed(s, ai, bi)) return;
    if (sections.get(A[ai].task.sectionId) !== B[bi].task.sectionId) return;
    const e = base ?? (() => {
      const f = pairFeatures(A[ai], B[bi], { a: s.bestCosA[ai], b: s.bestCosB[bi] }, { section: s.sectionCosine });
      return { a: ai, b: bi, f, score: scoreFeatures(f) };
    })();
    const sameOrdinal = ordA.get(ai) === ordB.get(bi);
    const logit = Math.log(e.score / (1 - e.score)) + CONTEXT_BONUS + (sameOrdinal ? ORDINAL_BONUS : 0);
    s.second.set(`${ai}:${bi}`, { ...e, score: sigmoid(logit), context: true });
  };
  for (const e of s.scored) consider(e.a, e.b, e);
  for (const p of A) {
    if (s.usedA.has(p.index)) continue;
    const target = sections.get(p.task.sectionId);
    for (const bi of target ? bySectionB.get(target) ?? [] : []) if (!s.second.has(`${p.index}:${bi}`)) consider(p.index, bi);
  }
  linkAssigned(s, [...s.second.values()].filter((e) => e.score >= LINK_THRESHOLD), (e) => [{
    code: 'corresponding_sections',
    values: { from: A[e.a].sectionPath, to: B[e.b].sectionPath, samePlace: ordA.get(e.a) === ordB.get(e.b) },
  }]);
}
