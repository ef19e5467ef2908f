/**
 * Sentences first: the two texts of a changed link are cut into sentences, the sentences aligned, and words diffed
 * only inside aligned sentences. An unchanged sentence stays whole, a new sentence is one insert, a sentence gone is
 * one delete, so a rewritten paragraph reads as "this sentence is new, that one reworded" instead of confetti.
 */
import type { DiffOp, SentencePair } from '@plandiff/model';
import { bigramCodes } from './tokenise.js';
import { diceOfSets } from './dice.js';
import { pairInOrder } from './in-order.js';
import { diffTexts } from './diff.js';
import { isPlain, markMovesWithin } from './moves-within.js';

/**
 * Sentence ends: 。；！？ (full- or half-width ! ? ;) with any closing quote or bracket after them, and list breaks
 * (a newline). Each sentence keeps its end mark; whitespace between sentences stays with the sentence before.
 */
const SENTENCE_END = /(?:[。；！？!?;]+[”’」』）)]*|\n)\s*/gu;

/**
 * Splits text into sentences. Input: any string. Output: pieces that concatenate back to the input exactly
 * (UTF-16), each ending at a sentence end or list break (the last one possibly without). Never throws.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (end > at) out.push(text.slice(at, end));
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Minimum bigram Dice of two sentences for them to count as one sentence reworded. */
export const SENTENCE_PAIRING = 0.3;

const squeeze = (s: string): string => s.replace(/\s+/gu, '');

/**
 * Aligns the sentences of `a` (earlier) and `b` (later): a monotone alignment maximising the summed bigram Dice of
 * paired sentences (bigram-set Dice; Needleman–Wunsch with free gaps; identical sentences score 2 so they always anchor), pairs below
 * {@link SENTENCE_PAIRING} left unpaired. Output, in text order: `equal` (same sentence, whitespace aside), `changed`
 * (with the word diff of the two sentences, diff.ts), `delete` (only in `a`), `insert` (only in `b`). The `from`
 * texts concatenate to `a`, the `to` texts to `b`. Cost O(k·m) for k and m sentences.
 */
export function alignSentences(a: string, b: string): SentencePair[] {
  const sa = splitSentences(a);
  const sb = splitSentences(b);
  const k = sa.length;
  const m = sb.length;
  const codesA = sa.map((x) => new Set(bigramCodes(x)));
  const codesB = sb.map((x) => new Set(bigramCodes(x)));
  const keyA = sa.map(squeeze);
  const keyB = sb.map(squeeze);
  const sim = (i: number, j: number): number => (keyA[i] === keyB[j] ? 2 : diceOfSets(codesA[i], codesB[j]));
  const s = new Float64Array(k * m);
  for (let i = 0; i < k; i += 1) for (let j = 0; j < m; j += 1) s[i * m + j] = sim(i, j);
  return pairInOrder(k, m, s, SENTENCE_PAIRING).map((step): SentencePair => {
    if (step.op === 'delete') return { op: 'delete', from: sa[step.i], to: null };
    if (step.op === 'insert') return { op: 'insert', from: null, to: sb[step.j] };
    const [x, y] = [sa[step.i], sb[step.j]];
    return x === y ? { op: 'equal', from: x, to: y } : { op: 'changed', from: x, to: y, diff: markMovesWithin(diffTexts(x, y)) };
  });
}

/**
 * The link diff of aligned sentences: equal sentences one `equal` op, a deleted or inserted sentence one op, a
 * changed sentence its word diff; consecutive ops of one kind merged. `equal`+`delete` texts concatenate to the
 * earlier text, `equal`+`insert` to the later one.
 */
export function sentencesToDiff(pairs: readonly SentencePair[]): DiffOp[] {
  const out: DiffOp[] = [];
  const push = (o: DiffOp): void => {
    if (!o.text) return;
    const last = out[out.length - 1];
    if (last && last.op === o.op && isPlain(last) && isPlain(o)) last.text += o.text;
    else out.push({ ...o });
  };
  for (const p of pairs) {
    if (p.op === 'equal') push({ op: 'equal', text: p.from ?? '' });
    else if (p.op === 'delete') push({ op: 'delete', text: p.from ?? '' });
    else if (p.op === 'insert') push({ op: 'insert', text: p.to ?? '' });
    else for (const o of p.diff ?? []) push(o);
  }
  return out;
}
