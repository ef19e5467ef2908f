import type { SeriesSummary, Target, Timeline } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { formatTarget, isWordedTarget } from '../format/target-format.js';
import { isMultiYear } from '../targets/chart-series.js';
import { EmptyNotice } from './EmptyNotice.js';

function Cell({ target, excerpt }: { target: Target | null; excerpt: boolean }) {
  const { t } = useTranslation();
  if (target === null && excerpt) {
    // an excerpt cannot speak for the part of the plan it lacks: no target found there is unknown, not "none"
    return (
      <td className="cell-gap cell-outside" title={t('targets.legendUnknown')}>
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('targets.legendUnknown')}</span>
      </td>
    );
  }
  if (target === null) {
    return (
      <td className="cell-gap" title={t('targets.legendGap')}>
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">{t('targets.legendGap')}</span>
      </td>
    );
  }
  if (target.modifier === 'none') {
    return (
      <td className="cell-none-set" title={target.text}>
        {t('change.noTargetSetCell')}
      </td>
    );
  }
  return (
    <td
      className={target.damaged ? 'cell-damaged' : isWordedTarget(target) ? 'cell-text' : undefined}
      title={target.text}
      data-modifier={target.modifier}
    >
      {formatTarget(target, t)}
      {isMultiYear(target) ? <span className="tag">{target.horizon?.endYear ? `→${target.horizon.endYear}` : '多年'}</span> : null}
    </td>
  );
}

/**
 * The metric × year table of a series (the rows given, already searched): one row per metric, one column per year
 * (excerpt years labelled), a gap mark where a plan has no target for the metric (`?` in an excerpt year: unknown),
 * "no target set" where it says so; qualitative targets as their words; each cell's source sentence on hover.
 * Scrolls sideways inside its frame on a narrow screen, the metric column staying in view.
 */
export function TimelineTable({ metrics, timeline, years }: { metrics: Timeline['metrics']; timeline: Timeline; years: SeriesSummary['years'] }) {
  const { t } = useTranslation();
  if (timeline.metrics.length === 0) return <EmptyNotice>{t('targets.noTargets')}</EmptyNotice>;
  if (metrics.length === 0) return <EmptyNotice>{t('targets.noMetric')}</EmptyNotice>;
  const coverage = new Map(years.map((y) => [y.year, y.coverage]));
  return (
    <div className="table-wrap table-scroll" tabIndex={0}>
      <table className="timeline-table">
        <thead>
          <tr>
            <th scope="col" className="sticky-col">
              {t('targets.metric')}
            </th>
            {timeline.years.map((year) => (
              <th scope="col" key={year} className="num">
                {year}
                {coverage.get(year) === 'excerpt' ? <span className="tag tag-excerpt">{t('targets.excerptTag')}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metrics.map((row) => (
            <tr key={row.metric} data-metric={row.metric}>
              <th scope="row" className="metric sticky-col">
                {row.metric}
              </th>
              {timeline.years.map((year) => (
                <Cell key={year} target={row.values[String(year)] ?? null} excerpt={coverage.get(year) === 'excerpt'} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
