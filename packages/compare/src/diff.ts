/**
 * Word-level diff inside a link. Both texts are tokenised (tokenise.ts: Chinese words, whole figures,
 * policy terms) and compared by Myers' O(ND) algorithm (Myers 1986; edit-script.ts, a port of
 * `diffArrays` of the `diff` package), never a character diff of the whole document.
 *
 * A lost character '□' (the parser's mark for a character the source lost) stands for any one character
 * of the other side: pieces and tokens equal up to such characters are compared as equal, and only the
 * lost character itself comes out as a one-character delete/insert pair, so a damaged copy does not make
 * every clause look rewritten.
 */
import type { DiffOp } from '@plandiff/model';
import { bigramCodes, tokenTexts } from './tokenise.js';
import { editScript } from './edit-script.js';
import { inferLostCharacters, LOST } from './lost-characters.js';
import { pairInOrder } from './in-order.js';

/** Splits text into pieces, each keeping its closing punctuation (one of `marks`, or a newline). */
function pieces(text: string, marks: RegExp): string[] {
  const out: string[] = [];
  let at = 0;
  marks.lastIndex = 0;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    out.push(text.slice(at, m.index + m[0].length));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

const SENTENCE_END = /[。；！？\n]+/gu;
/** Clause ends; a comma between a digit and three digits is a thousands separator (12,000), not a clause end. */
const CLAUSE_END = /(?:[，、：:]|(?<![0-9]),|,(?![0-9]{3}(?![0-9])))+/gu;


/** True when `x` and `y` are equal, a '□' on either side standing for any one character. */
function sameWithLost(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length !== y.length || (!x.includes(LOST) && !y.includes(LOST))) return false;
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i] && x[i] !== LOST && y[i] !== LOST) return false;
  return true;
}

const SINGLE_HAN = /^\p{Script=Han}$/u;

/**
 * Word tokens with each '□' glued to a neighbouring one-character word (the previous one first), so
 * that 2024's 指|□ is one token 指□ that {@link sameWithLost} matches with 2023's 指导.
 */
function diffTokens(text: string): string[] {
  const tokens = tokenTexts(text);
  if (!text.includes(LOST)) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t !== LOST) out.push(t);
    else if (out.length > 0 && SINGLE_HAN.test(out[out.length - 1])) out[out.length - 1] += t;
    else if (i + 1 < tokens.length && SINGLE_HAN.test(tokens[i + 1])) {
      out.push(t + tokens[i + 1]);
      i += 1;
    } else out.push(t);
  }
  return out;
}

function push(out: DiffOp[], op: DiffOp['op'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Two texts that {@link sameWithLost} calls equal: equal runs, and a delete/insert pair per lost character. */
function pushEqual(out: DiffOp[], a: string, b: string): void {
  if (a === b) {
    push(out, 'equal', a);
    return;
  }
  let run = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    push(out, 'equal', a.slice(run, i));
    push(out, 'delete', a[i]);
    push(out, 'insert', b[i]);
    run = i + 1;
  }
  push(out, 'equal', a.slice(run));
}

/**
 * The edit script of two piece arrays (edit-script.ts), lost characters as wildcards; calls `each` with the op and the pieces of `a`
 * (equal, removed) or `b` (added) and, for equal runs, the matching pieces of `b`.
 */
function diffPieces(a: string[], b: string[], each: (op: DiffOp['op'], pa: string[], pb: string[]) => void): void {
  const lossy = a.some((x) => x.includes(LOST)) || b.some((x) => x.includes(LOST));
  let i = 0;
  let j = 0;
  for (const c of editScript(a, b, lossy ? sameWithLost : undefined)) {
    const n = c.count;
    if (c.op === 'insert') {
      each('insert', [], b.slice(j, j + n));
      j += n;
    } else if (c.op === 'delete') {
      each('delete', a.slice(i, i + n), []);
      i += n;
    } else {
      each('equal', a.slice(i, i + n), b.slice(j, j + n));
      i += n;
      j += n;
    }
  }
}

/**
 * Diff at one level of granularity (0 = sentences, 1 = clauses, 2 = word tokens); runs of changed
 * pieces are diffed again one level finer.
 */
function diffLevel(out: DiffOp[], a: string, b: string, level: number): void {
  if (level === 2) {
    diffPieces(diffTokens(a), diffTokens(b), (op, pa, pb) => {
      if (op === 'equal') pushEqual(out, pa.join(''), pb.join(''));
      else push(out, op, (op === 'delete' ? pa : pb).join(''));
    });
    return;
  }
  const marks = level === 0 ? SENTENCE_END : CLAUSE_END;
  let del: string[] = [];
  let ins: string[] = [];
  const flush = (): void => {
    if (del.length > 0 && ins.length > 0) {
      // a lost character often takes the punctuation after it (精神， → 精□): clause pieces no longer
      // correspond, so a damaged run is word-diffed whole
      const lossy = del.some((x) => x.includes(LOST)) || ins.some((x) => x.includes(LOST));
      if (level === 1 && !lossy) pairClauses(out, del, ins);
      else if (level === 1) diffLevel(out, del.join(''), ins.join(''), 2);
      else diffLevel(out, del.join(''), ins.join(''), level + 1);
    } else {
      push(out, 'delete', del.join(''));
      push(out, 'insert', ins.join(''));
    }
    del = [];
    ins = [];
  };
  diffPieces(pieces(a, marks), pieces(b, marks), (op, pa, pb) => {
    if (op === 'delete') del.push(...pa);
    else if (op === 'insert') ins.push(...pb);
    else {
      flush();
      for (let i = 0; i < pa.length; i += 1) pushEqual(out, pa[i], pb[i]);
    }
  });
  flush();
}

/** Minimum bigram Dice of two clauses for them to be word-diffed against each other. */
const CLAUSE_PAIRING = 0.3;

/**
 * Bigram Dice of every deleted clause with every inserted one, row-major (`k × m`), computed through an
 * inverted index of the inserted clauses' distinct bigrams, so only pairs sharing a bigram cost anything.
 */
function clauseDice(del: readonly string[], ins: readonly string[]): Float64Array {
  const m = ins.length;
  const sizeA = new Int32Array(del.length);
  const sizeB = new Int32Array(m);
  const clausesOf = new Map<number, number[]>();
  ins.forEach((c, j) => {
    const codes = new Set(bigramCodes(c));
    sizeB[j] = codes.size;
    for (const t of codes) {
      const at = clausesOf.get(t);
      if (at) at.push(j);
      else clausesOf.set(t, [j]);
    }
  });
  const sim = new Float64Array(del.length * m);
  del.forEach((c, i) => {
    const codes = new Set(bigramCodes(c));
    sizeA[i] = codes.size;
    for (const t of codes) for (const j of clausesOf.get(t) ?? []) sim[i * m + j] += 1;
    for (let j = 0; j < m; j += 1) {
      const total = sizeA[i] + sizeB[j];
      sim[i * m + j] = total === 0 ? 0 : (2 * sim[i * m + j]) / total;
    }
  });
  return sim;
}

/**
 * A run of deleted clauses against a run of inserted ones: clauses are paired in order by a monotone
 * alignment maximising summed bigram Dice (Needleman–Wunsch style DP, gaps free); paired clauses are
 * word-diffed, the others are whole deletions/insertions. Runs too long for the DP (k·m > 2500) are
 * word-diffed whole.
 */
function pairClauses(out: DiffOp[], del: string[], ins: string[]): void {
  const k = del.length;
  const m = ins.length;
  if (k * m > 2500) {
    diffLevel(out, del.join(''), ins.join(''), 2);
    return;
  }
  for (const step of pairInOrder(k, m, clauseDice(del, ins), CLAUSE_PAIRING)) {
    if (step.op === 'pair') diffLevel(out, del[step.i], ins[step.j], 2);
    else if (step.op === 'delete') push(out, 'delete', del[step.i]);
    else push(out, 'insert', ins[step.j]);
  }
}

/**
 * Token diff of two texts.
 * Sentences are compared first, then clauses, then the words (tokenise.ts) of each changed run.
 * Input: the old and new text (for a split/merge link, the linked tasks' texts joined with a newline).
 * Output: DiffOps whose `equal`+`delete` texts concatenate to `a` and `equal`+`insert` texts to `b` (an equal op
 * with `inferred` reads `text` on its `lost` side and `inferred` on the other: lost-characters.ts);
 * consecutive tokens of one op are merged. Identical texts give one `equal` op
 * (no ops for two empty texts).
 */
export function diffTexts(a: string, b: string): DiffOp[] {
  if (a === b) return a === '' ? [] : [{ op: 'equal', text: a }];
  // Sentences, then clauses, then words (the line-mode speedup of Google's diff-match-patch, applied
  // twice): the O(ND) word diff only sees the runs that changed.
  const out: DiffOp[] = [];
  diffLevel(out, a, b, 0);
  return inferLostCharacters(out);
}

/** Share of characters of `a` and `b` that the diff keeps equal: 2·equal / (|a| + |b|), 0..1. */
export function diffSimilarity(ops: readonly DiffOp[]): number {
  let eq = 0;
  let total = 0;
  for (const o of ops) {
    total += o.op === 'equal' ? 2 * o.text.length : o.text.length;
    if (o.op === 'equal') eq += 2 * o.text.length;
  }
  return total === 0 ? 1 : eq / total;
}
