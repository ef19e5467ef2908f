/**
 * Words that only moved inside their sentence are not an edit: 2024's 城镇新增就业1200万人以上，城镇调查失业率5.5%左右；
 * became 2025's 城镇调查失业率5.5%左右，城镇新增就业1200万人以上； — the same target, in another place of the same
 * sentence. A linear word diff can only say "deleted here, inserted there"; both ops are flagged `moved` so that a
 * reader sees the words moved, not struck and re-added.
 */
import type { DiffOp } from '@plandiff/model';

/** Punctuation at either end of a moved run (the clause's comma travels with it or stays). */
const EDGE_PUNCTUATION = /^[\s，、。；：,;:]+|[\s，、。；：,;:]+$/gu;
/** Runs shorter than this (after trimming punctuation) are too common to call a move. */
const MIN_MOVED_CHARS = 4;

const core = (text: string): string => text.replace(EDGE_PUNCTUATION, '');

/** True for an op without any flag (inferred, moved, beyondExcerpt …): one that may be joined with its neighbour. */
export function isPlain(o: DiffOp): boolean {
  return o.inferred === undefined && o.moved === undefined && o.beyondExcerpt === undefined && o.lost === undefined;
}

/**
 * The diff of one sentence with moves flagged: each delete whose words (edge punctuation aside, at least
 * {@link MIN_MOVED_CHARS} characters) are the words of an insert of the same sentence, and that insert, get
 * `moved: true`; each op pairs at most once, in order. Input and output: DiffOps of one aligned sentence pair.
 */
export function markMovesWithin(ops: readonly DiffOp[]): DiffOp[] {
  const out = ops.map((o) => ({ ...o }));
  const taken = new Set<number>();
  out.forEach((d) => {
    if (d.op !== 'delete') return;
    const words = core(d.text);
    if ([...words].length < MIN_MOVED_CHARS) return;
    const j = out.findIndex((o, k) => o.op === 'insert' && !taken.has(k) && core(o.text) === words);
    if (j < 0) return;
    taken.add(j);
    d.moved = true;
    out[j].moved = true;
  });
  return out;
}
