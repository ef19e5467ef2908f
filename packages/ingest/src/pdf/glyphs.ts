import type { TextLine } from './lines.js';

/**
 * Glyphs a PDF's fonts give no Unicode for: pdfjs then reports private-use code points (U+E000–U+F8FF, what a
 * font's own encoding maps to), raw codes as control characters, or U+FFFD. Each is kept in the text as □ (the
 * mark parse reads as lost text), so no character vanishes from a figure unseen.
 */
const UNMAPPED = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * Characters a Chinese notice is written in: ASCII and Latin, Greek and Cyrillic letters, punctuation, number forms,
 * arrows, mathematical and technical signs, enclosed numbers (①), box drawing and geometric shapes (□), symbols,
 * CJK (radicals to unified ideographs), compatibility ideographs, CJK forms and full-width forms.
 */
const COMMON = /[\u0000-\u024F\u0370-\u04FF\u2000-\u27BF\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;

/**
 * Fonts whose glyphs pdfjs could map to no Unicode at all give their glyph numbers as code points scattered over
 * unrelated scripts (ᠣଗឱ for 完成3): a font of which more than a fifth of the characters lie outside {@link COMMON}
 * in three or more different 256-code-point blocks is such a font (a real Mongolian or Tibetan text keeps to one
 * block). Its characters outside {@link COMMON} are replaced by □.
 * Input: a page's runs. Output: the runs, with the garbage of such fonts marked. Throws nothing.
 */
export function markGarbledFonts<T extends { text: string; fontName: string }>(runs: T[]): T[] {
  const stats = new Map<string, { total: number; odd: number; blocks: Set<number> }>();
  for (const run of runs) {
    const entry = stats.get(run.fontName) ?? { total: 0, odd: 0, blocks: new Set<number>() };
    for (const char of run.text) {
      if (/\s/.test(char)) continue;
      entry.total += 1;
      if (!COMMON.test(char)) {
        entry.odd += 1;
        entry.blocks.add((char.codePointAt(0) ?? 0) >> 8);
      }
    }
    stats.set(run.fontName, entry);
  }
  const garbled = new Set([...stats].filter(([, s]) => s.odd > s.total / 5 && s.blocks.size >= 3).map(([font]) => font));
  if (garbled.size === 0) return runs;
  return runs.map((run) => (garbled.has(run.fontName) ? { ...run, text: [...run.text].map((char) => (COMMON.test(char) || /\s/.test(char) ? char : '\u25A1')).join('') } : run));
}

/**
 * Kangxi radicals (U+2F00–U+2FD5) and CJK radical supplements (U+2E80–U+2EF3) that a CJK font's ToUnicode map gives
 * for glyphs it shares with ideographs (Noto CJK as Chromium embeds it: ⼀ for 一, ⼯ for 工): read as the ideograph
 * their Unicode compatibility decomposition names (NFKC, Unicode Standard Annex #15). Left as they were, 一、 is not
 * a heading label and a whole report reads as one review chapter with no targets.
 */
export function ideographsForRadicals(text: string): string {
  return text.replace(/[\u2E80-\u2EF3\u2F00-\u2FD5]/g, (radical) => radical.normalize('NFKC'));
}

/** Replaces each unmapped glyph by □ (U+25A1). */
export function markUnmapped(text: string): string {
  return text.replace(UNMAPPED, '\u25A1');
}

/** Counts □ marks and all non-space characters over the lines. */
export function countUnmapped(lines: TextLine[]): { unmapped: number; total: number } {
  let unmapped = 0;
  let total = 0;
  for (const line of lines) {
    for (const char of line.text) {
      if (/\s/.test(char)) continue;
      total += 1;
      if (char === '\u25A1') unmapped += 1;
    }
  }
  return { unmapped, total };
}
