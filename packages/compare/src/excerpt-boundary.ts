/**
 * An excerpt's cut-off end is the excerpt ending, not a deletion: Hubei's 2023 notice survives only as an excerpt
 * whose last paragraph stops mid-sentence ("…全省受污染"). Read against 2024's whole sentence ("全省受污染耕地安全利用率
 * 达□2%以上，…"), the cut-off words are equal and the rest of the sentence lies beyond the excerpt: neither inserted nor
 * deleted. The link says so with an `excerpt_boundary` evidence.
 */
import type { DiffOp, Link, SentencePair, Side } from '@plandiff/model';
import { sentencesToDiff } from './sentences.js';

const squeeze = (s: string): string => s.replace(/\s+/gu, '');

/**
 * The sentences of a link whose `excerpt` side ends at that plan's cut: its last sentence, when the other side's
 * aligned (or next) sentence begins with it, becomes a changed pair of the cut words (equal) and the rest
 * (`beyondExcerpt`). Input: the link's sentence pairs and the excerpt's side. Output: the new pairs, or null when the
 * last sentence of the excerpt is not a beginning of the other side's sentence (nothing was cut inside a sentence).
 */
export function cutAtExcerpt(pairs: readonly SentencePair[], excerpt: Side): SentencePair[] | null {
  const other: Side = excerpt === 'from' ? 'to' : 'from';
  let k = -1;
  for (let i = 0; i < pairs.length; i += 1) if (pairs[i][excerpt] !== null) k = i;
  if (k < 0) return null;
  const cut = pairs[k][excerpt] as string;
  // the whole sentence of the other side: the pair's own, else the next one only the other side has
  const next = pairs[k + 1];
  const joinNext = pairs[k].op !== 'changed' && next !== undefined && next[excerpt] === null && next[other] !== null;
  const whole = pairs[k].op === 'changed' ? pairs[k][other] : joinNext ? next[other] : null;
  if (whole === null || squeeze(cut) === '' || !whole.startsWith(cut.trimEnd())) return null;
  const head = cut.trimEnd();
  const rest = whole.slice(head.length);
  const restOp: DiffOp['op'] = excerpt === 'from' ? 'insert' : 'delete';
  const diff: DiffOp[] = [{ op: 'equal', text: head }];
  if (rest !== '') diff.push({ op: restOp, text: rest, beyondExcerpt: excerpt });
  const pair: SentencePair = excerpt === 'from'
    ? { op: 'changed', from: head, to: whole, diff }
    : { op: 'changed', from: whole, to: head, diff };
  return [...pairs.slice(0, k), pair, ...pairs.slice(k + (joinNext ? 2 : 1))];
}

/**
 * Applies {@link cutAtExcerpt} to a changed or moved link that holds the excerpt's last task: its sentences and diff
 * are rewritten and an `excerpt_boundary` evidence added. Input: the link (changed in place) and the excerpt's side.
 */
export function markExcerptEnd(link: Link, excerpt: Side): void {
  if (!link.sentences) return;
  const pairs = cutAtExcerpt(link.sentences, excerpt);
  if (!pairs) return;
  link.sentences = pairs;
  link.diff = sentencesToDiff(pairs);
  link.evidence.push({ code: 'excerpt_boundary', values: { excerpt } });
}
