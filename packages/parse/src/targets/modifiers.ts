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

/** Words in a clause that make its target aspirational (力争 / 争取). */
export const ASPIRATIONAL_WORDS = ['力争', '争取'];

/**
 * Whether the text before a figure (its clause, up to the figure) makes the target aspirational.
 * Input: that text. Output: true when 力争/争取/努力 occurs in it.
 */
export function isAspirational(clausePrefix: string): boolean {
  return ASPIRATIONAL_WORDS.some((w) => clausePrefix.includes(w));
}
