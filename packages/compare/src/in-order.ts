/**
 * The one in-order pairing of the comparison: two sequences (sentences of two texts, clauses of two runs) paired by a
 * monotone alignment that maximises the summed similarity of the pairs, gaps free (Needleman–Wunsch 1970 with zero gap
 * cost); a pair below the threshold is never made.
 */

/** One step of an in-order pairing: `i` of the first sequence with `j` of the second, or one left alone. */
export type InOrderStep = { op: 'pair'; i: number; j: number } | { op: 'delete'; i: number } | { op: 'insert'; j: number };

/**
 * Pairs `k` items with `m` items in order. Input: the sizes, the similarity of item i with item j as a row-major
 * `k × m` array, and the least similarity of a pair. Output: steps covering every item once, in order (a tie prefers a
 * pair, then leaving the first sequence's item alone). Cost O(k·m) time and memory.
 */
export function pairInOrder(k: number, m: number, sim: ArrayLike<number>, threshold: number): InOrderStep[] {
  const best = Array.from({ length: k + 1 }, () => new Float64Array(m + 1));
  for (let i = k - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      const s = sim[i * m + j];
      const pair = s >= threshold ? s + best[i + 1][j + 1] : -1;
      best[i][j] = Math.max(pair, best[i + 1][j], best[i][j + 1]);
    }
  }
  const out: InOrderStep[] = [];
  let i = 0;
  let j = 0;
  while (i < k && j < m) {
    const s = sim[i * m + j];
    if (s >= threshold && best[i][j] === s + best[i + 1][j + 1]) {
      out.push({ op: 'pair', i, j });
      i += 1;
      j += 1;
    } else if (best[i][j] === best[i + 1][j]) {
      out.push({ op: 'delete', i });
      i += 1;
    } else {
      out.push({ op: 'insert', j });
      j += 1;
    }
  }
  for (; i < k; i += 1) out.push({ op: 'delete', i });
  for (; j < m; j += 1) out.push({ op: 'insert', j });
  return out;
}
