import type { DiffOp } from '@plandiff/model';

/** One run of text on one side of a side-by-side diff. */
export interface DiffRun {
  text: string;
  /** equal: in both years; delete: only in year A (left); insert: only in year B (right). */
  op: DiffOp['op'];
  /** True when the run is a changed run holding a figure (a digit), which the viewer emphasises. */
  figure: boolean;
}

const DIGIT = /[0-9０-９]/;

/**
 * Splits a token-level diff (Comparison contract: equal / delete / insert runs over year A → year B) into
 * the runs each side shows: year A (`from`) gets equal + delete, year B (`to`) gets equal + insert.
 * Adjacent runs of the same op are merged. A changed run containing a digit is flagged `figure`.
 */
export function diffSide(diff: DiffOp[], side: 'from' | 'to'): DiffRun[] {
  const skip = side === 'from' ? 'insert' : 'delete';
  const runs: DiffRun[] = [];
  for (const op of diff) {
    if (op.op === skip || op.text === '') continue;
    const last = runs[runs.length - 1];
    if (last && last.op === op.op) last.text += op.text;
    else runs.push({ text: op.text, op: op.op, figure: false });
  }
  for (const run of runs) run.figure = run.op !== 'equal' && DIGIT.test(run.text);
  return runs;
}
