/** Pass `score`: every retrieved pair scored by the logistic model (align.ts SCORE_WEIGHTS); best score per task. */
import { pairFeatures, scoreFeatures } from '../align.js';
import type { AlignState } from './state.js';

export function score(s: AlignState): void {
  s.scored = s.retrieved.map((e) => {
    const f = pairFeatures(s.A[e.a], s.B[e.b], { a: s.bestCosA[e.a], b: s.bestCosB[e.b] }, { text: e.cos, section: s.sectionCosine });
    return { a: e.a, b: e.b, f, score: scoreFeatures(f) };
  });
  for (const e of s.scored) {
    s.bestFrom[e.a] = Math.max(s.bestFrom[e.a], e.score);
    s.bestTo[e.b] = Math.max(s.bestTo[e.b], e.score);
  }
}
