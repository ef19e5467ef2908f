import type { Damage } from '@plandiff/model';
import type { NormalisedDocument, RepairedDocument, Segment, TextBlock } from './blocks.js';

/** Characters deleted outright: zero-width space/joiners, word joiner, BOM, soft hyphen. */
const DELETED = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
/** Whitespace other than the line end. */
const SPACE = /[\s\u3000\u00a0\u2000-\u200a\u202f\u205f]/;

/** Does this character belong to Chinese running text (Han, CJK punctuation, full-width forms, □)? */
function isCjk(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) ||
    code === 0x25a1 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x2014 || code === 0x2026;
}

/** ASCII punctuation that becomes its full-width form next to Chinese text. */
const FULL_WIDTH_PUNCTUATION: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

/**
 * Maps one character, context-free: full-width digits and Latin letters → ASCII (Unicode "fullwidth
 * forms" FF10–FF19, FF21–FF3A, FF41–FF5A), `％` → `%`, `．` → `.`, `＋` → `+`, `／` → `/`;
 * brackets → full-width `（）`; hyphen-like dashes (‐ ‑ ‒ – − ﹣ －) → `-`; long dashes (— ― ─) → `—`;
 * whitespace → ' '; zero-width characters → ''.
 */
function mapChar(c: string): string {
  const code = c.charCodeAt(0);
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  switch (c) {
    case '％': return '%';
    case '．': return '.';
    case '＋': return '+';
    case '／': return '/';
    case '(': case '﹙': return '（';
    case ')': case '﹚': return '）';
    case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2212': case '\ufe63': case '\uff0d': return '-';
    case '\u2015': case '\u2500': return '—';
    default:
      if (DELETED.test(c)) return '';
      if (SPACE.test(c)) return ' ';
      return c;
  }
}

/**
 * Stage 4: repaired lines → the plan text that every span indexes.
 * Per character ({@link mapChar}), then by context: ASCII `, ; : ! ?` next to Chinese text become
 * `， ； ： ！ ？` (Chinese punctuation is kept, never folded to ASCII); runs of whitespace collapse, and a
 * space survives only between two ASCII word characters; lines are trimmed and empty lines dropped.
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
  // pass 1: context-free mapping, remembering each mapped character's segment
  const chars: string[] = [];
  const owner: number[] = [];
  segments.forEach((segment, index) => {
    for (const c of segment.text) {
      const mapped = mapChar(c);
      for (const m of mapped) {
        chars.push(m);
        owner.push(index);
      }
    }
  });
  // pass 2: context — punctuation width and whitespace
  let out = '';
  const ranges: [number, number][] = segments.map(() => [-1, -1]);
  const prevSolid = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (chars[j] !== ' ') return chars[j];
    return undefined;
  };
  let nextSolidIndex = 0;
  const nextSolid = (i: number) => {
    if (nextSolidIndex <= i) {
      nextSolidIndex = i + 1;
      while (nextSolidIndex < chars.length && chars[nextSolidIndex] === ' ') nextSolidIndex++;
    }
    return chars[nextSolidIndex];
  };
  let lastOut: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    let c = chars[i];
    if (c === ' ') {
      if (lastOut === undefined || lastOut === ' ') continue;
      const next = nextSolid(i);
      if (next === undefined || !isAsciiWord(lastOut) || !isAsciiWord(next)) continue;
    } else if (c in FULL_WIDTH_PUNCTUATION) {
      const before = lastOut === ' ' ? prevSolid(i) : lastOut;
      if (isCjk(before) || isCjk(nextSolid(i))) c = FULL_WIDTH_PUNCTUATION[c];
    }
    const range = ranges[owner[i]];
    if (range[0] === -1) range[0] = out.length;
    out += c;
    range[1] = out.length;
    lastOut = c;
  }
  // a trailing space cannot survive (it needs an ASCII word character after it)
  let cursor = 0;
  for (const range of ranges) {
    if (range[0] === -1) range[0] = range[1] = cursor;
    cursor = range[1];
  }
  return { text: out, ranges };
}

function isAsciiWord(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9%.]/.test(c);
}
