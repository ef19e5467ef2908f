import { useTranslation } from 'react-i18next';
import type { DiffRun } from '../format/diff-sides.js';
import { PlanTextRun } from './PlanTextRun.js';

/**
 * One side of a word-level diff: equal runs plain, deleted runs (year A) struck through in red, inserted runs
 * (year B) underlined in green, and changed figures emphasised; lost characters (□) and the words of the text filter are marked.
 * Runs that are no edit (mark) are set apart: characters the side lost shown as the other year's (`otherYear`), marked
 * 据…年文本推断; words moved inside their sentence; text past an excerpt's end.
 */
export function DiffText({ runs, words, otherYear }: { runs: DiffRun[]; words: readonly string[]; otherYear?: number | string | null }) {
  const { t } = useTranslation();
  const year = otherYear ?? t('common.yearA');
  return (
    <p className="task-text diff-text">
      {runs.map((run, i) => {
        if (run.mark) {
          // no edit: characters inferred from the other year, words moved inside the sentence, text past an excerpt
          const title = t(`diff.${run.mark}`, { year });
          return (
            <span key={i} className={`diff-${run.mark}`} title={title}>
              <PlanTextRun text={run.text} words={words} />
              <span className="visually-hidden">（{title}）</span>
            </span>
          );
        }
        if (run.op === 'equal') return <PlanTextRun key={i} text={run.text} words={words} />;
        const className = `${run.op === 'delete' ? 'diff-del' : 'diff-ins'}${run.figure ? ' diff-figure' : ''}`;
        return run.op === 'delete' ? (
          <del key={i} className={className}>
            <PlanTextRun text={run.text} words={words} />
          </del>
        ) : (
          <ins key={i} className={className}>
            <PlanTextRun text={run.text} words={words} />
          </ins>
        );
      })}
    </p>
  );
}
