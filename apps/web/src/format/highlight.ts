/** A piece of text, marked when it is an occurrence of a searched word. */
export interface TextHit {
  text: string;
  hit: boolean;
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits the words of a free-text filter (`内需 消费` → `['内需', '消费']`): whitespace-separated, blanks
 * dropped, repeats removed.
 */
export function searchWords(query: string): string[] {
  return [...new Set(query.split(/\s+/).filter((word) => word !== ''))];
}

/**
 * Cuts `text` at every case-insensitive occurrence of any of `words` (longer words first where they overlap).
 * Output pieces concatenate to `text`; occurrences have `hit: true`. No words gives one piece.
 */
export function highlightWords(text: string, words: readonly string[]): TextHit[] {
  if (words.length === 0 || text === '') return [{ text, hit: false }];
  const pattern = new RegExp(
    [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'),
    'giu',
  );
  const pieces: TextHit[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (match[0] === '') continue;
    if (start > at) pieces.push({ text: text.slice(at, start), hit: false });
    pieces.push({ text: match[0], hit: true });
    at = start + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces.length > 0 ? pieces : [{ text, hit: false }];
}
