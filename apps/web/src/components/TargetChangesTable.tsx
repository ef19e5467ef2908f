import type { TargetChange } from '@plandiff/model';
import { Fragment, useState } from 'react';
import { describeTargetChange, formatTarget, isWordedTarget } from '../format/target-format.js';
import { EmptyNotice } from './EmptyNotice.js';

const KIND_RANK: Record<TargetChange['kind'], number> = { changed: 0, added: 1, dropped: 2, unchanged: 3, outside_excerpt: 4 };

/** Rows that are not changes (unchanged, or beyond an excerpt and so not comparable) wait behind a toggle. */
const isQuiet = (change: TargetChange): boolean => change.kind === 'unchanged' || change.kind === 'outside_excerpt';

interface TargetChangesTableProps {
  changes: TargetChange[];
  fromYear: number | null;
  toYear: number | null;
}

/** One year's figure; `data-year` names the year for the phone layout, where the header row is not shown. */
function TargetCell({ change, side, year }: { change: TargetChange; side: 'from' | 'to'; year: string }) {
  const target = change[side];
  if (!target) {
    return (
      <td className="cell-none" data-year={year}>
        —
      </td>
    );
  }
  return (
    <td
      className={target.damaged ? 'cell-damaged' : isWordedTarget(target) ? 'cell-text' : undefined}
      title={target.text}
      data-year={year}
    >
      {formatTarget(target)}
    </td>
  );
}

/**
 * Target changes, first thing on the comparison page: metric, year A, year B and what changed (raised,
 * lowered, modifier, new, dropped, damaged). Changed targets come first, then new, then dropped; unchanged ones
 * and those beyond an excerpt (not comparable) are behind a toggle. Each row's source sentences show on hover (cell title) and in full when expanded.
 */
export function TargetChangesTable({ changes, fromYear, toYear }: TargetChangesTableProps) {
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const [showUnchanged, setShowUnchanged] = useState(false);
  const ordered = changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => KIND_RANK[a.change.kind] - KIND_RANK[b.change.kind] || a.index - b.index);
  const unchangedCount = ordered.filter(({ change }) => change.kind === 'unchanged').length;
  const outsideCount = ordered.filter(({ change }) => change.kind === 'outside_excerpt').length;
  const shown = showUnchanged ? ordered : ordered.filter(({ change }) => !isQuiet(change));
  const toggle = (index: number) =>
    setExpanded((old) => {
      const next = new Set(old);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  if (changes.length === 0) return <EmptyNotice>Neither year states a quantitative target.</EmptyNotice>;
  return (
    <div className="table-wrap">
      <table className="target-table">
        <caption className="visually-hidden">Target changes from {fromYear} to {toYear}</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">{fromYear ?? 'Year A'}</th>
            <th scope="col">{toYear ?? 'Year B'}</th>
            <th scope="col">Change</th>
            <th scope="col">
              <span className="visually-hidden">Source</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={5} className="muted">
                No target changed.
              </td>
            </tr>
          ) : null}
          {shown.map(({ change, index }) => {
            const open = expanded.has(index);
            return (
              <Fragment key={index}>
                <tr className={`target-row target-${change.kind}`} data-metric={change.metric}>
                  <th scope="row" className="metric">
                    {change.metric}
                  </th>
                  <TargetCell change={change} side="from" year={String(fromYear ?? 'Year A')} />
                  <TargetCell change={change} side="to" year={String(toYear ?? 'Year B')} />
                  <td className="change-cell">
                    {describeTargetChange(change, { from: fromYear, to: toYear }).map((label) => (
                      <span key={label.text} className={`change change-${label.tone}`}>
                        {label.text}
                      </span>
                    ))}
                  </td>
                  <td className="expand-cell">
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={open}
                      aria-label={`${open ? 'Hide' : 'Show'} the source sentences for ${change.metric}`}
                      onClick={() => toggle(index)}
                    >
                      {open ? 'hide source' : 'source'}
                    </button>
                  </td>
                </tr>
                {open ? (
                  <tr className="source-row">
                    <td />
                    <td colSpan={2}>
                      <p className="source-sentence">
                        <span className="year-mark">{fromYear}</span> {change.from ? change.from.text : 'no such target'}
                      </p>
                      <p className="source-sentence">
                        <span className="year-mark">{toYear}</span> {change.to ? change.to.text : 'no such target'}
                      </p>
                    </td>
                    <td colSpan={2} />
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {unchangedCount + outsideCount > 0 ? (
        <button type="button" className="link-button" onClick={() => setShowUnchanged((v) => !v)} aria-expanded={showUnchanged}>
          {showUnchanged ? 'Hide' : 'Show'}{' '}
          {[
            unchangedCount > 0 ? `${unchangedCount} unchanged target${unchangedCount === 1 ? '' : 's'}` : '',
            outsideCount > 0 ? `${outsideCount} target${outsideCount === 1 ? '' : 's'} beyond the excerpt` : '',
          ].filter(Boolean).join(' and ')}
        </button>
      ) : null}
    </div>
  );
}
