import type { DiffOp } from '@plandiff/model';
import { tokenise } from '@plandiff/compare';

/** One run of text on one side of a side-by-side diff. */
export interface DiffRun {
  text: string;
  /** equal: in both years; delete: only in year A (left); insert: only in year B (right). */
  op: DiffOp['op'];
  /** True for a changed run that is a figure (number with its unit/modifier, e.g. `3000亿元`), emphasised. */
  figure: boolean;
}

/**
 * Splits a changed run at its figures, using the comparison's own tokeniser (@plandiff/compare `tokenise`:
 * a number with its unit and modifier is one `figure` token), so only the figure itself is emphasised.
 */
function splitFigures(text: string, op: DiffOp['op']): DiffRun[] {
  const runs: DiffRun[] = [];
  for (const token of tokenise(text)) {
    const figure = token.kind === 'figure';
    const last = runs[runs.length - 1];
    if (last && last.figure === figure && !figure) last.text += token.text;
    else runs.push({ text: token.text, op, figure });
  }
  return runs;
}

/**
 * Splits a token-level diff (Comparison contract: equal / delete / insert runs over year A → year B) into
 * the runs each side shows: year A (`from`) gets equal + delete, year B (`to`) gets equal + insert.
 * Adjacent runs of the same op are merged; changed runs are then cut at their figures (`figure: true`).
 * The runs of a side concatenate to that side's text.
 */
export function diffSide(diff: DiffOp[], side: 'from' | 'to'): DiffRun[] {
  const skip = side === 'from' ? 'insert' : 'delete';
  const merged: { text: string; op: DiffOp['op'] }[] = [];
  for (const op of diff) {
    if (op.op === skip || op.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.op === op.op) last.text += op.text;
    else merged.push({ text: op.text, op: op.op });
  }
  return merged.flatMap((run) => (run.op === 'equal' ? [{ ...run, figure: false }] : splitFigures(run.text, run.op)));
}
