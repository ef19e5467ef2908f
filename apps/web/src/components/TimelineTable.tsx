import type { SeriesSummary, Target, Timeline } from '@plandiff/model';
import { formatTarget, isWordedTarget, targetNumber } from '../format/target-format.js';
import { EmptyNotice } from './EmptyNotice.js';
import { MetricChart } from './MetricChart.js';

function Cell({ target, excerpt }: { target: Target | null; excerpt: boolean }) {
  if (target === null && excerpt) {
    // an excerpt cannot speak for the part of the plan it lacks: no target found there is unknown, not "none"
    return (
      <td className="cell-gap cell-outside" title="this year's notice is only an excerpt: a target for this metric may be in the part that is missing">
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">unknown: not in the excerpt</span>
      </td>
    );
  }
  if (target === null) {
    return (
      <td className="cell-gap" title="this year's plan has no target for this metric">
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">no target</span>
      </td>
    );
  }
  if (target.modifier === 'none') {
    return (
      <td className="cell-none-set" title={target.text}>
        no target set
      </td>
    );
  }
  return (
    <td className={target.damaged ? 'cell-damaged' : isWordedTarget(target) ? 'cell-text' : undefined} title={target.text}>
      {formatTarget(target)}
    </td>
  );
}

/**
 * The metric × year table of a series: one row per metric, one column per year (excerpt years labelled),
 * a gap mark where a plan has no target for the metric (a `?` in an excerpt year: unknown, the target may be in the
 * missing part), "no target set" where it says so, and a small line
 * chart for every metric with at least two numeric years.
 */
export function TimelineTable({ timeline, years }: { timeline: Timeline; years: SeriesSummary['years'] }) {
  if (timeline.metrics.length === 0) return <EmptyNotice>No plan of this series states a quantitative target.</EmptyNotice>;
  const coverage = new Map(years.map((y) => [y.year, y.coverage]));
  return (
    <div className="table-wrap">
      <table className="timeline-table">
        <thead>
          <tr>
            <th scope="col">Metric</th>
            {timeline.years.map((year) => (
              <th scope="col" key={year} className="num">
                {year}
                {coverage.get(year) === 'excerpt' ? <span className="tag tag-excerpt">excerpt</span> : null}
              </th>
            ))}
            <th scope="col">Trend</th>
          </tr>
        </thead>
        <tbody>
          {timeline.metrics.map((row) => {
            const numeric = timeline.years.filter((year) => targetNumber(row.values[String(year)] ?? null) !== null).length;
            return (
              <tr key={row.metric} data-metric={row.metric}>
                <th scope="row" className="metric">
                  {row.metric}
                </th>
                {timeline.years.map((year) => (
                  <Cell key={year} target={row.values[String(year)] ?? null} excerpt={coverage.get(year) === 'excerpt'} />
                ))}
                <td className="chart-cell">
                  {numeric >= 2 ? <MetricChart metric={row.metric} years={timeline.years} values={row.values} /> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
