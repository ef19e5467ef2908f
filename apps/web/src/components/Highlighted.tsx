import { highlightWords } from '../format/highlight.js';

/** Text with the words of the text filter marked (`<mark class="hit">`); plain text when there are none. */
export function Highlighted({ text, words }: { text: string; words: readonly string[] }) {
  if (words.length === 0) return <>{text}</>;
  return (
    <>
      {highlightWords(text, words).map((piece, i) =>
        piece.hit ? (
          <mark key={i} className="hit">
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
