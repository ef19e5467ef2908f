/**
 * Item and heading labels written as single enclosed or parenthesized characters — what Word's list numbering
 * and typeset 公文 use — rewritten to the plain labels the outline reads: ⒈ → `1.`, ⑴ → `（1）`, ㈠ / ㊀ → `（一）`,
 * and every circled-digit family (❶ ➀ ➊ ⓵ ⓫ ㉑ …) → ① … ⑳ (rank 3 items). Source: the Unicode blocks Enclosed
 * Alphanumerics (U+2460–U+24FF), Dingbats (U+2776–U+2793), Enclosed CJK Letters and Months (U+3200–U+32FF).
 */

const HAN_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** What a single enclosed character stands for: its number and the label style it is written in. */
export interface EnclosedNumber {
  value: number;
  /** `dot` ⒈ (like `1.`), `paren` ⑴ (like `（1）`), `circle` ① (rank 3), `han` ㈠ ㊀ (like `（一）`) */
  style: 'dot' | 'paren' | 'circle' | 'han';
}

/** Ranges of enclosed numbers: first code point, value of the first, style. */
const RANGES: [number, number, number, EnclosedNumber['style']][] = [
  // [first, last, value of first, style]
  [0x2460, 0x2473, 1, 'circle'], // ① … ⑳
  [0x2474, 0x2487, 1, 'paren'], // ⑴ … ⒇
  [0x2488, 0x249b, 1, 'dot'], // ⒈ … ⒛
  [0x24eb, 0x24f4, 11, 'circle'], // ⓫ … ⓴
  [0x24f5, 0x24fe, 1, 'circle'], // ⓵ … ⓾
  [0x2776, 0x277f, 1, 'circle'], // ❶ … ❿
  [0x2780, 0x2789, 1, 'circle'], // ➀ … ➉
  [0x278a, 0x2793, 1, 'circle'], // ➊ … ➓
  [0x3220, 0x3229, 1, 'han'], // ㈠ … ㈩
  [0x3251, 0x325f, 21, 'circle'], // ㉑ … ㉟
  [0x3280, 0x3289, 1, 'han'], // ㊀ … ㊉
  [0x32b1, 0x32bf, 36, 'circle'], // ㊱ … ㊿
];

/** The number an enclosed character stands for, or null when `code` is none of them. */
export function enclosedNumber(code: number): EnclosedNumber | null {
  for (const [first, last, value, style] of RANGES) {
    if (code >= first && code <= last) return { value: value + code - first, style };
  }
  return null;
}

/** Any enclosed number character (for splitting run-on text before labels). */
export const ENCLOSED_CLASS = '\\u2460-\\u249b\\u24eb-\\u24fe\\u2776-\\u2793\\u3220-\\u3229\\u3251-\\u325f\\u3280-\\u3289\\u32b1-\\u32bf';

/**
 * The plain label for an enclosed number: `1.`, `（1）`, `（一）`, or the circled digit ①–⑳ (values over 20 keep
 * their own character).
 */
function plainLabel(n: EnclosedNumber, original: string): string {
  switch (n.style) {
    case 'dot': return `${n.value}.`;
    case 'paren': return `（${n.value}）`;
    case 'han': return `（${HAN_DIGITS[n.value - 1]}）`;
    case 'circle': return n.value <= 20 ? String.fromCharCode(0x2460 + n.value - 1) : original;
  }
}

/** Financial (大写) numerals 壹 … 拾 as the plain ones. */
const FORMAL: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十' };
/** Roman numerals Ⅰ … Ⅻ (U+2160–U+216B) as Chinese ones. */
const ROMAN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * Labels written in other ways than the outline reads, rewritten: `一）` / `一)` (no opening bracket) → `（一）`;
 * `壹、` … `拾、` (financial numerals) → `一、` … `十、`; `Ⅰ、` / `Ⅱ.` (Roman numerals) → `一、` / `二、`. Null when the
 * text opens with none of them.
 */
function writtenLabel(text: string): string | null {
  const closeOnly = /^([一二三四五六七八九十]{1,3})[）)](?![）)])/.exec(text);
  if (closeOnly) return `（${closeOnly[1]}）${text.slice(closeOnly[0].length)}`;
  const formal = /^([壹贰叁肆伍陆柒捌玖拾]{1,3})([、.．])/.exec(text);
  if (formal) return `${[...formal[1]].map((c) => FORMAL[c]).join('')}、${text.slice(formal[0].length)}`;
  const roman = /^([\u2160-\u216b])\s*[、.．]/.exec(text);
  if (roman) return `${ROMAN[roman[1].charCodeAt(0) - 0x2160]}、${text.slice(roman[0].length)}`;
  return null;
}

/**
 * A line opening (after any indentation) with an enclosed or parenthesized number has it rewritten as the plain
 * label ({@link plainLabel}), one opening with a label written another way as that label ({@link writtenLabel});
 * other lines come back unchanged. Input and output: one line of text. Throws nothing.
 */
export function plainLeadingLabel(line: string): string {
  const indent = /^[\s\u3000]*/.exec(line)![0].length;
  const code = line.charCodeAt(indent);
  if (Number.isNaN(code)) return line;
  const written = writtenLabel(line.slice(indent));
  if (written !== null) return line.slice(0, indent) + written;
  const n = enclosedNumber(code);
  if (n === null) return line;
  // `⒈` is sometimes followed by its own space or a 、 / . the list style added
  const rest = line.slice(indent + 1).replace(/^[\s\u3000]*[、.．]?[\s\u3000]*/, '');
  return line.slice(0, indent) + plainLabel(n, line[indent]) + rest;
}
