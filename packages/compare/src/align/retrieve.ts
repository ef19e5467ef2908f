/**
 * Pass `retrieve`: candidate pairs by TF-IDF retrieval in both directions (the top {@link CANDIDATES_PER_TASK} of each
 * unpinned task, terms in too many tasks not used to retrieve), each with its text cosine.
 */
import { CANDIDATES_PER_TASK, RETRIEVAL_MAX_DF, RETRIEVAL_MAX_DF_SHARE } from '../align.js';
import { buildIndex, cosine, topK } from '../similarity.js';
import { allowed, type AlignState } from './state.js';

export function retrieve(s: AlignState): void {
  const { A, B } = s;
  const freeA = A.filter((p) => !s.usedA.has(p.index));
  const freeB = B.filter((p) => !s.usedB.has(p.index));
  const indexB = buildIndex(freeB.map((p) => p.vector));
  const indexA = buildIndex(freeA.map((p) => p.vector));
  const pairs = new Map<string, { a: number; b: number }>();
  const addPair = (a: number, b: number): void => {
    if (allowed(s, a, b)) pairs.set(`${a}:${b}`, { a, b });
  };
  const maxDf = Math.max(RETRIEVAL_MAX_DF, Math.ceil(RETRIEVAL_MAX_DF_SHARE * (A.length + B.length)));
  for (const p of freeA) for (const h of topK(indexB, p.vector, CANDIDATES_PER_TASK, maxDf)) addPair(p.index, freeB[h.doc].index);
  for (const p of freeB) for (const h of topK(indexA, p.vector, CANDIDATES_PER_TASK, maxDf)) addPair(freeA[h.doc].index, p.index);
  s.retrieved = [...pairs.values()].map((e) => ({ ...e, cos: cosine(A[e.a].vector, B[e.b].vector) }));
  for (const e of s.retrieved) {
    s.bestCosA[e.a] = Math.max(s.bestCosA[e.a], e.cos);
    s.bestCosB[e.b] = Math.max(s.bestCosB[e.b], e.cos);
  }
}
