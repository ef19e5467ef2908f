import type { Plan, TargetChange } from '@plandiff/model';
import { Fragment, useState } from 'react';
import { distinctMetricNames } from '../targets/metric-purpose.js';
import { useTranslation } from 'react-i18next';
import { describeTargetChange, formatTarget, isWordedTarget } from '../format/target-format.js';
import { EmptyNotice } from './EmptyNotice.js';

const KIND_RANK: Record<TargetChange['kind'], number> = { changed: 0, added: 1, dropped: 2, outside_excerpt: 3, unchanged: 4 };

/**
 * Rows that are not changes wait behind a toggle: the unchanged ones. Targets beyond an excerpt are always listed
 * (under a line saying the excerpt cannot speak for them): they are often the very targets a reader came for.
 */
const isQuiet = (change: TargetChange): boolean => change.kind === 'unchanged';

interface TargetChangesTableProps {
  changes: TargetChange[];
  fromYear: number | null;
  toYear: number | null;
  /** the compared plans, to name apart two items of one metric name by their sentence (metric-purpose.ts) */
  plans?: { from: Plan; to: Plan };
}

/** One year's figure; `data-year` names the year for the phone layout, where the header row is not shown. */
function TargetCell({ change, side, year }: { change: TargetChange; side: 'from' | 'to'; year: string }) {
  const { t } = useTranslation();
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
      {formatTarget(target, t)}
    </td>
  );
}

/**
 * Target changes, first thing on the comparison page: metric, year A, year B and what changed (raised,
 * lowered, modifier, new, dropped, damaged). Changed targets come first, then new, then dropped, then those beyond
 * an excerpt (listed under a line that says the excerpt cannot speak for them); unchanged ones are behind a toggle. Each row's source sentences show on hover (cell title) and in full when expanded.
 */
export function TargetChangesTable({ changes, fromYear, toYear, plans }: TargetChangesTableProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const [showUnchanged, setShowUnchanged] = useState(false);
  const names = plans ? distinctMetricNames(changes, plans.from, plans.to) : new Map<number, string>();
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

  if (changes.length === 0) return <EmptyNotice>{t('targetTable.noTargets')}</EmptyNotice>;
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="target-table">
        <caption className="visually-hidden">{t('targetTable.caption', { from: fromYear, to: toYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('targetTable.metric')}</th>
            <th scope="col">{fromYear ?? t('common.yearA')}</th>
            <th scope="col">{toYear ?? t('common.yearB')}</th>
            <th scope="col">{t('targetTable.change')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('targetTable.source')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={5} className="muted">
                {t('targetTable.noChange')}
              </td>
            </tr>
          ) : null}
          {shown.map(({ change, index }, position) => {
            const open = expanded.has(index);
            const firstOutside = change.kind === 'outside_excerpt' && shown[position - 1]?.change.kind !== 'outside_excerpt';
            return (
              <Fragment key={index}>
                {firstOutside ? (
                  <tr className="group-row" data-group="outside_excerpt">
                    <th colSpan={5} scope="rowgroup">
                      {t('targetTable.outsideGroup', { count: outsideCount, from: fromYear ?? t('common.yearA') })}
                    </th>
                  </tr>
                ) : null}
                <tr className={`target-row target-${change.kind}`} data-metric={change.metric}>
                  <th scope="row" className="metric">
                    {names.get(index) ?? change.metric}
                  </th>
                  <TargetCell change={change} side="from" year={String(fromYear ?? t('common.yearA'))} />
                  <TargetCell change={change} side="to" year={String(toYear ?? t('common.yearB'))} />
                  <td className="change-cell">
                    {describeTargetChange(change, { from: fromYear, to: toYear }, t).map((label) => (
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
                      aria-label={t('targetTable.sourceAria', { action: t(open ? 'targetTable.hide' : 'targetTable.show'), metric: change.metric })}
                      onClick={() => toggle(index)}
                    >
                      {t(open ? 'targetTable.hideSource' : 'targetTable.source')}
                    </button>
                  </td>
                </tr>
                {open ? (
                  <tr className="source-row">
                    <td />
                    <td colSpan={2}>
                      <p className="source-sentence">
                        <span className="year-mark">{fromYear}</span> {change.from ? change.from.text : t('targetTable.noSuchTarget')}
                      </p>
                      <p className="source-sentence">
                        <span className="year-mark">{toYear}</span> {change.to ? change.to.text : t('targetTable.noSuchTarget')}
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
      {unchangedCount > 0 ? (
        <button type="button" className="link-button" onClick={() => setShowUnchanged((v) => !v)} aria-expanded={showUnchanged}>
          {t(showUnchanged ? 'targetTable.hide' : 'targetTable.show')} {t('targetTable.unchangedCount', { count: unchangedCount })}
        </button>
      ) : null}
    </div>
  );
}
