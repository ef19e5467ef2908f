import type { DiffOp, Link, SentencePair } from '@plandiff/model';
import { characterBigrams, diffTexts } from '@plandiff/compare';

/** Similarity (Dice of character bigrams) at or above which two sentences are one sentence changed, not two. */
export const SENTENCE_PAIR_THRESHOLD = 0.35;

/**
 * Splits plan text into sentences: each ends after 。！？； (or ! ? ;) or a line break, delimiter kept; blank pieces
 * dropped. The pieces concatenate back to the text without its blank runs.
 */
export function splitSentences(text: string): string[] {
  return (text.match(/[^。！？；!?;\n]+[。！？；!?;]*|[。！？；!?;]+/g) ?? []).filter((piece) => piece.trim() !== '');
}

/** Dice coefficient of the two texts' character bigram multisets, 0–1 (1 for two equal texts). */
export function sentenceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = characterBigrams(a);
  const right = characterBigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const n = counts.get(gram) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(gram, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * Aligns the sentences of two texts in order (a monotone alignment maximising the summed similarity of the pairs,
 * dynamic programming as in Needleman–Wunsch with zero gap cost; pairs below {@link SENTENCE_PAIR_THRESHOLD} are
 * not allowed). Output: pairs in reading order — `equal` (same sentence), `changed` (with the word diff from
 * @plandiff/compare's diffTexts), `delete` (only in the old text), `insert` (only in the new text). The `from`
 * sentences concatenate to the old text's sentences, the `to` sentences to the new one's.
 * The fallback of the viewer when a comparison carries no `sentences` of its own.
 */
export function alignSentences(before: string, after: string): SentencePair[] {
  const a = splitSentences(before);
  const b = splitSentences(after);
  const n = a.length;
  const m = b.length;
  const sim: number[][] = a.map((left) => b.map((right) => sentenceSimilarity(left, right)));
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      const pair = sim[i][j] >= SENTENCE_PAIR_THRESHOLD ? sim[i][j] + best[i + 1][j + 1] : -1;
      best[i][j] = Math.max(pair, best[i + 1][j], best[i][j + 1]);
    }
  }
  const pairs: SentencePair[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && sim[i][j] >= SENTENCE_PAIR_THRESHOLD && best[i][j] === sim[i][j] + best[i + 1][j + 1]) {
      pairs.push(
        a[i] === b[j]
          ? { op: 'equal', from: a[i], to: b[j] }
          : { op: 'changed', from: a[i], to: b[j], diff: diffTexts(a[i], b[j]) },
      );
      i += 1;
      j += 1;
    } else if (j >= m || (i < n && best[i][j] === best[i + 1][j])) {
      pairs.push({ op: 'delete', from: a[i], to: null });
      i += 1;
    } else {
      pairs.push({ op: 'insert', from: null, to: b[j] });
      j += 1;
    }
  }
  return pairs;
}

/**
 * The sentence pairs of a link with texts on both sides: the comparison's own `sentences` when it has them,
 * else {@link alignSentences} of the two sides' texts (tasks of a group joined by a line break).
 * Output: the pairs and where they came from (`comparison` or `browser`).
 */
export function linkSentencePairs(link: Pick<Link, 'sentences'>, fromText: string, toText: string): { pairs: SentencePair[]; source: 'comparison' | 'browser' } {
  if (link.sentences && link.sentences.length > 0) return { pairs: link.sentences, source: 'comparison' };
  // a row scrolled out of the virtual list and back is drawn again: align each link once
  const cached = aligned.get(link);
  if (cached && cached.fromText === fromText && cached.toText === toText) return { pairs: cached.pairs, source: 'browser' };
  const pairs = alignSentences(fromText, toText);
  aligned.set(link, { fromText, toText, pairs });
  return { pairs, source: 'browser' };
}

const aligned = new WeakMap<object, { fromText: string; toText: string; pairs: SentencePair[] }>();

/** The word diff of a changed sentence pair (its own, or diffTexts of the two sentences). */
export function sentenceDiff(pair: SentencePair): DiffOp[] {
  return pair.diff ?? diffTexts(pair.from ?? '', pair.to ?? '');
}
