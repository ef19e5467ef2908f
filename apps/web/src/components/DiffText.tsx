import type { DiffRun } from '../format/diff-sides.js';
import { PlanTextRun } from './PlanTextRun.js';

/**
 * One side of a word-level diff: equal runs plain, deleted runs (year A) struck through in red, inserted runs
 * (year B) underlined in green, and changed figures emphasised; lost characters (□) and the words of the text filter are marked.
 */
export function DiffText({ runs, words }: { runs: DiffRun[]; words: readonly string[] }) {
  return (
    <p className="task-text diff-text">
      {runs.map((run, i) => {
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
