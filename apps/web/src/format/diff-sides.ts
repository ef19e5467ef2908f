import type { DiffOp } from '@plandiff/model';
import { tokenise } from '@plandiff/compare';

/** One run of text on one side of a side-by-side diff. */
export interface DiffRun {
  text: string;
  /** equal: in both years; delete: only in year A (left); insert: only in year B (right). */
  op: DiffOp['op'];
  /** True for a changed run that is a figure (number with its unit/modifier, e.g. `3000亿元`), emphasised. */
  figure: boolean;
  /**
   * What a run that is no edit is: `inferred` — characters this side lost (□), `text` being the other year's there;
   * `moved` — words that only moved inside their sentence; `beyond` — text past the other side's excerpt.
   */
  mark?: 'inferred' | 'moved' | 'beyond';
}

/** The mark the parser leaves for a character lost in the source (Plan contract, damage of kind lost). */
export const LOST_CHARACTER = '□';

/**
 * UTF-16 ranges `[start, end)` of the figures in `text`, as the comparison's own tokeniser finds them
 * (@plandiff/compare `tokenise`: a number with its unit and modifier is one `figure` token). A figure touching
 * a lost character (`达□2%以上`: a digit was lost) is left out: its value is unknown, so it is not emphasised.
 */
export function figureRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const token of tokenise(text)) {
    const start = at;
    at += token.text.length;
    if (token.kind !== 'figure') continue;
    if (text[start - 1] === LOST_CHARACTER || text[at] === LOST_CHARACTER || token.text.includes(LOST_CHARACTER)) continue;
    ranges.push([start, at]);
  }
  return ranges;
}

/**
 * Splits a token-level diff (Comparison contract: equal / delete / insert runs over year A → year B) into
 * the runs each side shows: year A (`from`) gets equal + delete, year B (`to`) gets equal + insert.
 * Adjacent runs of the same op are merged; changed runs are cut at the side's figures (`figure: true`,
 * see {@link figureRanges}). The runs of a side concatenate to that side's text, except that characters the side lost
 * (□) read as the other year's, marked `inferred` (@plandiff/compare lost-characters.ts); moved words and text beyond
 * an excerpt keep their op with a `mark`.
 */
export function diffSide(diff: DiffOp[], side: 'from' | 'to'): DiffRun[] {
  const skip = side === 'from' ? 'insert' : 'delete';
  const merged: { text: string; op: DiffOp['op']; mark?: DiffRun['mark'] }[] = [];
  for (const op of diff) {
    if (op.op === skip || op.text === '') continue;
    // a lost character: the damaged side shows the other year's characters, marked inferred; the other side its own
    const run = op.inferred === undefined ? { text: op.text, op: op.op }
      : op.lost === side ? { text: op.inferred, op: op.op, mark: 'inferred' as const } : { text: op.inferred, op: op.op };
    const mark = 'mark' in run ? run.mark : op.moved ? 'moved' as const : op.beyondExcerpt ? 'beyond' as const : undefined;
    const last = merged[merged.length - 1];
    if (last && last.op === run.op && last.mark === undefined && mark === undefined) last.text += run.text;
    else merged.push(mark ? { text: run.text, op: run.op, mark } : { text: run.text, op: run.op });
  }
  const figures = figureRanges(merged.map((run) => run.text).join(''));
  const runs: DiffRun[] = [];
  let offset = 0;
  for (const run of merged) {
    const start = offset;
    const end = offset + run.text.length;
    offset = end;
    if (run.op === 'equal' || run.mark) {
      runs.push({ ...run, figure: false });
      continue;
    }
    let at = start;
    for (const [figureStart, figureEnd] of figures) {
      const from = Math.max(figureStart, start);
      const to = Math.min(figureEnd, end);
      if (to <= from) continue;
      if (from > at) runs.push({ text: run.text.slice(at - start, from - start), op: run.op, figure: false });
      runs.push({ text: run.text.slice(from - start, to - start), op: run.op, figure: true });
      at = to;
    }
    if (at < end) runs.push({ text: run.text.slice(at - start), op: run.op, figure: false });
  }
  return runs;
}
