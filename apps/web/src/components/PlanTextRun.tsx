import { LOST_CHARACTER } from '../format/diff-sides.js';
import { Highlighted } from './Highlighted.js';

const LOST_NOTE = 'A character lost in the source copy (□): the original cannot be recovered, so a figure next to it is unknown.';

/**
 * Plan text shown in a comparison: every lost character (□) marked as damage with its explanation, and the
 * words of the text filter marked.
 */
export function PlanTextRun({ text, words }: { text: string; words: readonly string[] }) {
  if (!text.includes(LOST_CHARACTER)) return <Highlighted text={text} words={words} />;
  return (
    <>
      {text.split(LOST_CHARACTER).map((part, i) => (
        <span key={i}>
          {i > 0 ? (
            <mark className="damage damage-lost" title={LOST_NOTE}>
              {LOST_CHARACTER}
            </mark>
          ) : null}
          <Highlighted text={part} words={words} />
        </span>
      ))}
    </>
  );
}
