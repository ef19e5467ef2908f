import type { Damage } from '@plandiff/model';
import type { NormalisedDocument, RepairedDocument, Segment, TextBlock } from './blocks.js';

/** Code unit meaning "delete this character" in the mapping of pass 1. */
const DELETE = -1;

/** Does this code unit belong to Chinese running text (Han, CJK punctuation, full-width forms, □, “”‘’—…)? */
function isCjk(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) ||
    code === 0x25a1 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x2014 || code === 0x2026;
}

/** ASCII letters, digits, `%` and `.`: a space between two of them is kept. */
function isAsciiWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x25 || code === 0x2e;
}

/** ASCII `, ; : ! ?` → `， ； ： ！ ？` (next to Chinese text). */
function fullWidthPunctuation(code: number): number {
  switch (code) {
    case 0x2c: return 0xff0c;
    case 0x3b: return 0xff1b;
    case 0x3a: return 0xff1a;
    case 0x21: return 0xff01;
    case 0x3f: return 0xff1f;
    default: return 0;
  }
}

const SPACE = 0x20;
const PERCENT = 0x25;

/**
 * Maps one UTF-16 code unit, context-free: full-width digits and Latin letters → ASCII (Unicode
 * "fullwidth forms" FF10–FF19, FF21–FF3A, FF41–FF5A), `％` → `%`, `．` → `.`, `＋` → `+`, `／` → `/`;
 * brackets → full-width `（）`; hyphen-like dashes (‐ ‑ ‒ – − ﹣ －) → `-`; long dashes (— ― ─) → `—`;
 * whitespace (incl. U+3000, NBSP) → ' '; zero-width characters (U+200B–U+200D, U+2060, BOM, soft
 * hyphen) → {@link DELETE}. Surrogates pass unchanged.
 */
function mapCode(code: number): number {
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return code - 0xfee0;
  switch (code) {
    case 0xff05: return 0x25; // ％
    case 0xff0e: return 0x2e; // ．
    case 0xff0b: return 0x2b; // ＋
    case 0xff0f: return 0x2f; // ／
    case 0x28: case 0xfe59: return 0xff08; // ( ﹙ → （
    case 0x29: case 0xfe5a: return 0xff09; // ) ﹚ → ）
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xfe63: case 0xff0d: return 0x2d;
    case 0x2015: case 0x2500: return 0x2014;
    case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff: case 0xad: return DELETE;
    case 0x09: case 0x0b: case 0x0c: case 0x0d: case 0xa0: case 0x3000: case 0x202f: case 0x205f: case 0x1680: case 0x85: return SPACE;
    default:
      return code >= 0x2000 && code <= 0x200a ? SPACE : code;
  }
}

/**
 * Stage 4: repaired lines → the plan text that every span indexes.
 * Per character ({@link mapChar}), then by context: ASCII `, ; : ! ?` next to Chinese text become
 * `， ； ： ！ ？` (Chinese punctuation is kept, never folded to ASCII); runs of whitespace collapse, and a
 * space survives only between two ASCII word characters, never before `%` (`5 %` → `5%`); lines are
 * trimmed and empty lines dropped.
 * Lines are joined with `\n`. Damage spans are computed here from the repaired segments.
 * Input: {@link RepairedDocument}. Output: {@link NormalisedDocument} (UTF-16 offsets). Throws nothing.
 */
export function normalise(doc: RepairedDocument): NormalisedDocument {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  const damage: Damage[] = [];
  let offset = 0;
  for (const segments of doc.lines) {
    const { text, ranges } = normaliseLine(segments);
    if (text === '') continue;
    if (parts.length > 0) {
      parts.push('\n');
      offset += 1;
    }
    parts.push(text);
    blocks.push({ text, start: offset, end: offset + text.length });
    segments.forEach((segment, i) => {
      if (!segment.damage) return;
      const [start, end] = ranges[i];
      const entry: Damage = { span: [offset + start, offset + end], kind: segment.damage.kind, original: segment.damage.original };
      if (segment.damage.kind === 'repaired') entry.repairedTo = text.slice(start, end);
      damage.push(entry);
    });
    offset += text.length;
  }
  return { text: parts.join(''), blocks, damage, siteMeta: doc.siteMeta, warnings: doc.warnings };
}

/**
 * Normalises one line given as segments. Output: the line's text and, per segment, the `[start, end)`
 * range its characters occupy in that text (empty when all of them were removed).
 */
export function normaliseLine(segments: Segment[]): { text: string; ranges: [number, number][] } {
  // pass 1: context-free mapping, remembering each mapped code unit's segment
  let total = 0;
  for (const segment of segments) total += segment.text.length;
  const codes = new Int32Array(total);
  const owner = new Int32Array(total);
  let n = 0;
  segments.forEach((segment, index) => {
    const text = segment.text;
    for (let i = 0; i < text.length; i++) {
      const mapped = mapCode(text.charCodeAt(i));
      if (mapped === DELETE) continue;
      codes[n] = mapped;
      owner[n++] = index;
    }
  });
  // pass 2: context — punctuation width and whitespace
  const out: number[] = [];
  const ranges: [number, number][] = segments.map(() => [-1, -1]);
  let nextSolid = -1; // index of the next non-space code unit after the current one (cached)
  const nextSolidCode = (i: number) => {
    if (nextSolid <= i) {
      nextSolid = i + 1;
      while (nextSolid < n && codes[nextSolid] === SPACE) nextSolid++;
    }
    return nextSolid < n ? codes[nextSolid] : -1;
  };
  let lastOut = -1;
  let lastSolid = -1;
  for (let i = 0; i < n; i++) {
    let c = codes[i];
    if (c === SPACE) {
      if (lastOut === -1 || lastOut === SPACE) continue;
      // `5 %` / `5&nbsp;%` (Word, padded web pages) is `5%`: a percent sign never opens a word
      const next = nextSolidCode(i);
      if (!isAsciiWord(lastOut) || !isAsciiWord(next) || next === PERCENT) continue;
    } else {
      const wide = fullWidthPunctuation(c);
      if (wide !== 0 && (isCjk(lastSolid) || isCjk(nextSolidCode(i)))) c = wide;
    }
    const range = ranges[owner[i]];
    if (range[0] === -1) range[0] = out.length;
    out.push(c);
    range[1] = out.length;
    lastOut = c;
    if (c !== SPACE) lastSolid = c;
  }
  // an empty segment sits where the text around it meets
  let cursor = 0;
  for (const range of ranges) {
    if (range[0] === -1) range[0] = range[1] = cursor;
    cursor = range[1];
  }
  let text = '';
  for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode(...out.slice(i, i + 8192));
  return { text, ranges };
}
