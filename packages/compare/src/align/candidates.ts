/**
 * Pass `candidates`: the best-scoring counterparts considered per task (pass-2 scores replacing pass-1 scores of the
 * same pair), best first, at most CANDIDATES_KEPT: the near misses classification lists.
 */
import type { Candidate } from '../align.js';
import { CANDIDATES_KEPT } from '../align.js';
import type { AlignState, Scored } from './state.js';

export function candidates(s: AlignState): void {
  const { scored, second } = s;
  const keep = (m: Map<number, Candidate[]>, i: number, c: Candidate): void => {
    let l = m.get(i);
    if (!l) m.set(i, (l = []));
    l.push(c);
  };
  const candidatesFrom = s.candidatesFrom;
  const candidatesTo = s.candidatesTo;
  // pass-2 scores (context bonus) replace pass-1 scores of the same pair
  const finalScore = new Map<string, Scored>();
  for (const e of scored) finalScore.set(`${e.a}:${e.b}`, e);
  for (const [k, e] of second) finalScore.set(k, e);
  for (const e of finalScore.values()) {
    keep(candidatesFrom, e.a, { index: e.b, score: e.score });
    keep(candidatesTo, e.b, { index: e.a, score: e.score });
  }
  for (const m of [candidatesFrom, candidatesTo]) for (const [i, l] of m) {
    l.sort((x, y) => y.score - x.score || x.index - y.index);
    m.set(i, l.slice(0, CANDIDATES_KEPT));
  }
}
