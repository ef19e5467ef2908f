/**
 * Damage is not change (the `equals` override point of the word diff, as jsdiff has one): where one side lost
 * characters (the parser's □) and the other side has the same context around them, the lost characters are unknown,
 * not an edit. Such a place becomes one `equal` op whose `text` is what the damaged side prints (□) and whose
 * `inferred` is what the other side has there, with `lost` naming the damaged side; the viewer can show the other
 * year's characters as inferred ("据2023年文本推断"). A lost character often takes the punctuation after it
 * (2023 指导， → 2024 指□): that punctuation is inferred with it. Digits are never inferred: a lost figure stays an
 * edit (its value is unknown, and an inferred digit must never reach a figure).
 */
import type { DiffOp, Side } from '@plandiff/model';
import { editScript } from './edit-script.js';

export const LOST = '□';

/** Punctuation a lost character may have swallowed on the damaged side. */
const SWALLOWED = /^[，、。；：！？,.;:（）()“”"'‘’《》]+$/u;
/** Characters never inferred: digits and the marks of a figure. */
const FIGURE_CHAR = /[0-9０-９.%％]/u;

const sameOrLost = (x: string, y: string): boolean => x === y || x === LOST || y === LOST;

/**
 * The ops of one run of deletes and inserts that contains a lost character, re-diffed character by character with □
 * matching any one character. Input: the deleted text `del` (earlier side) and the inserted text `ins`. Output: ops
 * in order; `null` when the run has no lost character to infer (the caller keeps its ops).
 */
function inferRun(del: string, ins: string): DiffOp[] | null {
  const a = [...del];
  const b = [...ins];
  const out: DiffOp[] = [];
  let inferredAny = false;
  const push = (op: DiffOp['op'], text: string): void => {
    const last = out[out.length - 1];
    if (last && last.op === op && !last.inferred) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  for (const c of editScript(a, b, sameOrLost)) {
    if (c.op === 'delete' || c.op === 'insert') {
      const text = (c.op === 'delete' ? a.slice(i, i + c.count) : b.slice(j, j + c.count)).join('');
      const last = out[out.length - 1];
      // punctuation the damaged side lost with its character: part of what is inferred there
      const lostSide: Side = c.op === 'delete' ? 'to' : 'from';
      if (last?.inferred !== undefined && last.lost === lostSide && SWALLOWED.test(text)) last.inferred += text;
      else push(c.op, text);
      if (c.op === 'delete') i += c.count;
      else j += c.count;
      continue;
    }
    for (let k = 0; k < c.count; k += 1, i += 1, j += 1) {
      const x = a[i];
      const y = b[j];
      if (x === y) push('equal', x);
      else if (FIGURE_CHAR.test(x === LOST ? y : x)) {
        push('delete', x);
        push('insert', y);
      } else {
        const lost: Side = x === LOST ? 'from' : 'to';
        const last = out[out.length - 1];
        if (last?.inferred !== undefined && last.lost === lost) {
          last.text += LOST;
          last.inferred += lost === 'from' ? y : x;
        } else out.push({ op: 'equal', text: LOST, inferred: lost === 'from' ? y : x, lost });
        inferredAny = true;
      }
    }
  }
  return inferredAny ? out : null;
}

/**
 * A word diff with lost characters read as unknown: every maximal run of deletes and inserts between equal ops that
 * has a □ on one side is re-diffed by {@link inferRun}. Input: DiffOps of diff.ts. Output: the same ops where no □ is
 * involved; equal ops with `inferred`/`lost` where a □ stands for the other side's characters. For such an op the
 * damaged side reads `text`, the other side `inferred`; every other op reads as before.
 */
export function inferLostCharacters(ops: readonly DiffOp[]): DiffOp[] {
  if (!ops.some((o) => o.op !== 'equal' && o.text.includes(LOST))) return [...ops];
  const out: DiffOp[] = [];
  let run: DiffOp[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const del = run.filter((o) => o.op === 'delete').map((o) => o.text).join('');
    const ins = run.filter((o) => o.op === 'insert').map((o) => o.text).join('');
    const inferred = del.includes(LOST) || ins.includes(LOST) ? inferRun(del, ins) : null;
    out.push(...(inferred ?? run));
    run = [];
  };
  for (const o of ops) {
    if (o.op === 'equal') {
      flush();
      out.push(o);
    } else run.push(o);
  }
  flush();
  return withContext(merge(out));
}

/** Consecutive ops of one kind joined (never an op with `inferred`). */
function merge(ops: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const o of ops) {
    const last = out[out.length - 1];
    if (last && last.op === o.op && last.inferred === undefined && o.inferred === undefined) last.text += o.text;
    else out.push({ ...o });
  }
  return out;
}

/** Context an inference needs: a plain equal op of at least this many characters right before or after it. */
const CONTEXT_CHARS = 2;

/**
 * Inferences without context turned back into edits: a □ is read as the other side's character only where the two
 * sides agree on at least {@link CONTEXT_CHARS} characters right before or after it.
 */
function withContext(ops: DiffOp[]): DiffOp[] {
  const plain = (o: DiffOp | undefined): boolean => o !== undefined && o.op === 'equal' && o.inferred === undefined && [...o.text].length >= CONTEXT_CHARS;
  const out: DiffOp[] = [];
  ops.forEach((o, k) => {
    if (o.inferred === undefined || plain(ops[k - 1]) || plain(ops[k + 1])) out.push(o);
    else if (o.lost === 'from') out.push({ op: 'delete', text: o.text }, { op: 'insert', text: o.inferred });
    else out.push({ op: 'delete', text: o.inferred }, { op: 'insert', text: o.text });
  });
  return out.length === ops.length ? out : merge(out);
}
