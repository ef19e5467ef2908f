import type { TextLine } from './lines.js';

/**
 * Glyphs a PDF's fonts give no Unicode for: pdfjs then reports private-use code points (U+E000–U+F8FF, what a
 * font's own encoding maps to), raw codes as control characters, or U+FFFD. Each is kept in the text as □ (the
 * mark parse reads as lost text), so no character vanishes from a figure unseen.
 */
const UNMAPPED = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

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
