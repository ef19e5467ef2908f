import type { Modifier } from '@plandiff/model';

/**
 * Modifier words around a figure. The rule (documented in the design of targets):
 * - the word after the figure decides first: 左右/上下 → about; 以上/及以上 → at_least; 以内/以下 → at_most;
 * - else the word before it: 不低于/不少于/至少/超过/高于/多于/大于 → at_least;
 *   不超过/不高于/不多于/不到/低于/少于/小于/控制在 → at_most (控制在 caps a figure even without 以内);
 *   约/大约/近/接近 → about;
 * - else the figure is `exact`: 达到89.3% states the level to reach, not a floor. Only an explicit 以上
 *   (or a floor word) makes a target `at_least`, so that 达到89.3% → 达到90%以上 shows as a modifier change.
 */

/** Words after a figure, longest first. */
const SUFFIXES: ReadonlyArray<readonly [string, Modifier]> = [
  ['及以上', 'at_least'], ['以上', 'at_least'], ['左右', 'about'], ['上下', 'about'],
  ['以内', 'at_most'], ['以下', 'at_most'],
];

/** Words before a figure (already at the end of the subject), longest first. */
const PREFIXES: ReadonlyArray<readonly [string, Modifier]> = [
  ['不低于', 'at_least'], ['不少于', 'at_least'], ['至少', 'at_least'], ['超过', 'at_least'],
  ['高于', 'at_least'], ['多于', 'at_least'], ['大于', 'at_least'], ['突破', 'at_least'],
  ['不超过', 'at_most'], ['不高于', 'at_most'], ['不多于', 'at_most'], ['低于', 'at_most'],
  ['不到', 'at_most'], ['少于', 'at_most'], ['小于', 'at_most'], ['控制在', 'at_most'], ['控制到', 'at_most'],
  ['大约', 'about'], ['接近', 'about'], ['约', 'about'], ['近', 'about'],
  // comparison symbols (ge-le-symbols case; Recognizers-Text issue 761): ≥ ⩾ 不小于, ≤ ⩽ 不大于
  ['≥', 'at_least'], ['⩾', 'at_least'], ['>=', 'at_least'], ['＞', 'at_least'], ['>', 'at_least'],
  ['≤', 'at_most'], ['⩽', 'at_most'], ['<=', 'at_most'], ['＜', 'at_most'], ['<', 'at_most'],
  ['不小于', 'at_least'], ['不大于', 'at_most'],
  // 培训超20万人次, 逾千家: a floor, and never part of the measure
  ['超', 'at_least'], ['逾', 'at_least'],
];

/**
 * Reads the modifier word right after a figure.
 * Input: the text and the figure's end offset. Output: the modifier and the offset after the word,
 * or null when no modifier word follows.
 */
export function readSuffixModifier(text: string, end: number): { modifier: Modifier; end: number } | null {
  for (const [word, modifier] of SUFFIXES) {
    if (text.startsWith(word, end)) return { modifier, end: end + word.length };
  }
  return null;
}

/**
 * Finds a modifier word among the words that close a subject (`控制在`, `不低于`, `约`).
 * Input: the words stripped from the end of the subject, nearest to the figure last.
 * Output: the modifier they give, or null.
 */
export function prefixModifier(words: readonly string[]): Modifier | null {
  for (let k = words.length - 1; k >= 0; k--) {
    for (const [word, modifier] of PREFIXES) if (words[k] === word) return modifier;
  }
  return null;
}

/** Words that make a target aspirational (力争 / 争取). */
export const ASPIRATIONAL_WORDS = ['力争', '争取'];

/** Words opening a clause with a firm commitment: they end the scope of an earlier 力争 (力争A，确保B). */
const FIRM_WORDS = ['确保', '务必', '必须', '坚决'];

/** Characters that end the scope of 力争/争取: the sentence ends (。；！？, ASCII forms, a line break). */
const SCOPE_ENDS = new Set(['。', '；', ';', '！', '!', '？', '?', '\n', '\r']);

/** Characters after which a clause starts (for {@link FIRM_WORDS}). */
const CLAUSE_OPENERS = new Set(['，', ',', '：', ':', '、', ' ', '　', '\t']);

/**
 * Whether the target whose figure (or rank, or statement) starts at `pos` is aspirational.
 * Scope rule: 力争/争取 governs everything after it up to the end of its sentence (。；！？ or a line
 * break), across commas — `力争年内，旅游接待人数突破600万人次，旅游收入突破60亿元` (海拉尔 2015) makes both
 * figures aspirational, as does `力争年末，完成投资2.5亿元，入园企业达到14家` (2014) — unless a later clause
 * opens with a firm commitment (确保/务必/必须/坚决), which ends the scope: in `力争A，确保B` only A is
 * aspirational. A figure before the word is not governed by it (`确保…完□5%…，力争…前列`).
 * Input: the text, the target's start (UTF-16 offset), how far back to look (characters).
 * Output: true when a governing 力争/争取 is found. O(cap).
 */
export function isAspirationalAt(text: string, pos: number, cap: number): boolean {
  const limit = Math.max(0, pos - cap);
  for (let k = pos - 1; k >= limit; k--) {
    const c = text[k];
    if (SCOPE_ENDS.has(c)) return false;
    if (ASPIRATIONAL_WORDS.some((w) => text.startsWith(w, k) && k + w.length <= pos)) return true;
    if ((k === 0 || CLAUSE_OPENERS.has(text[k - 1])) && FIRM_WORDS.some((w) => text.startsWith(w, k) && k + w.length <= pos)) {
      return false;
    }
  }
  return false;
}
