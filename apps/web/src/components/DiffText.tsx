import type { DiffRun } from '../format/diff-sides.js';

/**
 * One side of a word-level diff: equal runs plain, deleted runs (year A) struck through in red, inserted runs
 * (year B) underlined in green, and changed figures emphasised. Screen readers hear "deleted:"/"inserted:".
 */
export function DiffText({ runs }: { runs: DiffRun[] }) {
  return (
    <p className="task-text diff-text">
      {runs.map((run, i) => {
        if (run.op === 'equal') return <span key={i}>{run.text}</span>;
        const className = `${run.op === 'delete' ? 'diff-del' : 'diff-ins'}${run.figure ? ' diff-figure' : ''}`;
        return run.op === 'delete' ? (
          <del key={i} className={className}>
            {run.text}
          </del>
        ) : (
          <ins key={i} className={className}>
            {run.text}
          </ins>
        );
      })}
    </p>
  );
}
