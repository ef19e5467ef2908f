/**
 * Pass `assign` (pass 1): an order-free optimal 1:1 assignment of the pairs scoring at least LINK_THRESHOLD — the
 * Hungarian algorithm (Kuhn 1955, Munkres 1957; package munkres 2.0.4) per connected component of the candidate graph,
 * maximising the summed score. {@link linkAssigned} is also how pass 2 links its pairs.
 */
import munkres from 'munkres';
import type { Evidence } from '@plandiff/model';
import { LINK_THRESHOLD, pairEvidence, textSimilarity, withOverlap } from '../align.js';
import type { AlignState, Scored } from './state.js';

export function assign(s: AlignState): void {
  linkAssigned(s, s.scored.filter((e) => e.score >= LINK_THRESHOLD), () => []);
}

/** Links the Hungarian choice among `pool` (1:1), each with `extraEvidence` before the pair's own evidence. */
export function linkAssigned(s: AlignState, pool: Scored[], extraEvidence: (e: Scored) => Evidence[]): void {
  const { A, B, model } = s;
  for (const e of hungarian(pool)) {
    s.links.push({
      from: [e.a], to: [e.b], score: e.score, text: textSimilarity(withOverlap(model, A[e.a], B[e.b], e.f)), pinned: false,
      evidence: [...extraEvidence(e), ...pairEvidence(model, A[e.a], B[e.b], e.f)],
    });
    s.usedA.add(e.a);
    s.usedB.add(e.b);
  }
}

/**
 * Maximum-score 1:1 matching of scored pairs: the Hungarian algorithm (munkres) on each connected
 * component, cost 1 − score, absent pairs cost 1 (never chosen over a real pair).
 */
export function hungarian(pool: Scored[]): Scored[] {
  const chosen: Scored[] = [];
  for (const comp of components(pool)) {
    const edges = comp.map((i) => pool[i]);
    const rows = [...new Set(edges.map((e) => e.a))];
    const cols = [...new Set(edges.map((e) => e.b))];
    const rowAt = new Map(rows.map((r, i) => [r, i]));
    const colAt = new Map(cols.map((c, i) => [c, i]));
    const cost = rows.map(() => cols.map(() => 1));
    const byCell = new Map<string, Scored>();
    for (const e of edges) {
      const r = rowAt.get(e.a) as number;
      const c = colAt.get(e.b) as number;
      cost[r][c] = 1 - e.score;
      byCell.set(`${r}:${c}`, e);
    }
    for (const [r, c] of munkres(cost)) {
      const e = byCell.get(`${r}:${c}`);
      if (e) chosen.push(e);
    }
  }
  return chosen.sort((x, y) => x.a - y.a);
}

/** Connected components of a bipartite edge list; returns lists of edge indices. */
export function components(edges: { a: number; b: number }[]): number[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    let y = x;
    while (parent.get(y) !== r) {
      const next = parent.get(y) as string;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const e of edges) {
    const x = `a${e.a}`;
    const y = `b${e.b}`;
    add(x);
    add(y);
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx, ry);
  }
  const groups = new Map<string, number[]>();
  edges.forEach((e, i) => {
    const r = find(`a${e.a}`);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(i);
  });
  return [...groups.values()];
}
