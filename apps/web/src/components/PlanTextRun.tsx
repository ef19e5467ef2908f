import { useTranslation } from 'react-i18next';
import { LOST_CHARACTER } from '../format/diff-sides.js';
import { Highlighted } from './Highlighted.js';


/**
 * Plan text shown in a comparison: every lost character (□) marked as damage with its explanation, and the
 * words of the text filter marked.
 */
export function PlanTextRun({ text, words }: { text: string; words: readonly string[] }) {
  const { t } = useTranslation();
  if (!text.includes(LOST_CHARACTER)) return <Highlighted text={text} words={words} />;
  return (
    <>
      {text.split(LOST_CHARACTER).map((part, i) => (
        <span key={i}>
          {i > 0 ? (
            <mark className="damage damage-lost" title={t('damage.lostCharacter')}>
              {LOST_CHARACTER}
            </mark>
          ) : null}
          <Highlighted text={part} words={words} />
        </span>
      ))}
    </>
  );
}
