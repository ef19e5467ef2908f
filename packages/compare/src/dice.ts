/**
 * The one Dice coefficient of the comparison (Dice 1945): 2·|A ∩ B| / (|A| + |B|) over the distinct character bigrams
 * of two texts (tokenise.ts bigramCodes). Sentences (sentences.ts), clauses (diff.ts) and metric names (targets.ts)
 * are all compared with it, so the browser and the server, and one level and another, agree.
 */
import { bigramCodes } from './tokenise.js';

/** Dice of two sets of bigram codes, 0..1; two empty sets are alike (1). */
export function diceOfSets(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size + b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter += 1;
  return (2 * inter) / (a.size + b.size);
}

/** The distinct bigram codes of a text. */
export function bigramSet(text: string): Set<number> {
  return new Set(bigramCodes(text));
}

/** Dice of the distinct character bigrams of two texts, 0..1 (two texts without a bigram: 0 unless both empty). */
export function dice(a: string, b: string): number {
  const x = bigramSet(a);
  const y = bigramSet(b);
  if (x.size === 0 || y.size === 0) return x.size + y.size === 0 && a === b ? 1 : 0;
  return diceOfSets(x, y);
}
