/**
 * Pass `openings` (pass 3): the opening paragraphs of corresponding sections, both still unlinked, are each other's
 * counterpart (a chapter's opening statement is rewritten every year); score max(pair score, OPENING_SCORE).
 * Corresponding sections are those the context pass found (computed once, after pass 1: counting pass 2's links too
 * changes no answer of eval/gold).
 */
import { OPENING_SCORE, pairEvidence, pairFeatures, scoreFeatures, textSimilarity, withOverlap } from '../align.js';
import { correspondingSections, firstTasks } from './sections.js';
import { allowed, type AlignState } from './state.js';

export function openings(s: AlignState): void {
  const { A, B, model } = s;
  const firstB = firstTasks(s.to);
  const sections = s.sections ?? correspondingSections(s.from, s.to, s.links);
  for (const [sectionId, ai] of firstTasks(s.from)) {
    const target = sections.get(sectionId);
    const bi = target === undefined ? undefined : firstB.get(target);
    if (bi === undefined || s.usedA.has(ai) || s.usedB.has(bi) || !allowed(s, ai, bi)) continue;
    const f = pairFeatures(A[ai], B[bi], { a: s.bestCosA[ai], b: s.bestCosB[bi] });
    s.links.push({
      from: [ai], to: [bi], score: Math.max(scoreFeatures(f), OPENING_SCORE), text: textSimilarity(withOverlap(model, A[ai], B[bi], f)), pinned: false,
      evidence: [{ code: 'opening_paragraphs', values: { from: A[ai].sectionPath, to: B[bi].sectionPath } }, ...pairEvidence(model, A[ai], B[bi], f)],
    });
    s.usedA.add(ai);
    s.usedB.add(bi);
  }
}
