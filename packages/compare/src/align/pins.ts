/** Pass `pins`: the links a human pinned (decisions.ts) come first; their tasks leave the pool. */
import { pairEvidence, pairFeatures, scoreFeatures, textSimilarity, withOverlap } from '../align.js';
import type { AlignState } from './state.js';

export function pins(s: AlignState): void {
  const { A, B, model } = s;
  for (const pin of s.decisions.pins) {
    const feats = pin.from.flatMap((i) => pin.to.map((j) => pairFeatures(A[i], B[j])));
    const best = feats.reduce((x, y) => (scoreFeatures(y) > scoreFeatures(x) ? y : x), feats[0]);
    const ev = pairEvidence(model, A[pin.from[0]], B[pin.to[0]], best);
    s.links.push({
      from: pin.from, to: pin.to, score: scoreFeatures(best), text: textSimilarity(withOverlap(model, A[pin.from[0]], B[pin.to[0]], best)), pinned: true,
      evidence: [{ code: 'pinned', values: pin.note ? { note: pin.note } : {} }, ...ev],
    });
    pin.from.forEach((i) => s.usedA.add(i));
    pin.to.forEach((j) => s.usedB.add(j));
  }
}
