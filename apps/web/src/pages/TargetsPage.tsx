import type { SeriesSummary, Timeline } from '@plandiff/model';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { getSeries, getTimeline } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Loading } from '../components/Loading.js';
import { TimelineTable } from '../components/TimelineTable.js';
import { UnitChart } from '../components/UnitChart.js';
import { formatTarget } from '../format/target-format.js';
import { isApart, searchMetrics, unitCharts } from '../targets/chart-series.js';
import { usePageTitle } from '../page-title.js';
import { SeriesOutcomeTimeline } from '../outcomes/SeriesOutcomeTimeline.js';

/**
 * Targets of a series: a search (kept in the URL as `q`), one chart per unit with labelled figures and modifier
 * marks, the multi-year targets apart, then the metric × year table of the metrics found.
 */
export function TargetsPage() {
  const { t } = useTranslation();
  const series = useParams().series ?? '';
  const [query, setQuery] = useSearchParams();
  const q = query.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(
      () =>
        setQuery(
          (old) => {
            const next = new URLSearchParams(old);
            if (text.trim()) next.set('q', text.trim());
            else next.delete('q');
            return next;
          },
          { replace: true },
        ),
      200,
    );
    return () => clearTimeout(timer);
  }, [text, q, setQuery]);

  const [data, reload] = useResource<{ timeline: Timeline; info: SeriesSummary }>(`targets/${series}`, async (signal) => {
    const [timeline, info] = await Promise.all([getTimeline(series, signal), getSeries(series, signal)]);
    return { timeline, info };
  });
  const name = data.status === 'ready' ? data.data.info.name.zh : series;
  usePageTitle([`${name} ${t('targets.title')}`]);
  const found = useMemo(() => (data.status === 'ready' ? searchMetrics(data.data.timeline.metrics, q) : []), [data, q]);
  const charts = useMemo(() => (data.status === 'ready' ? unitCharts(found, data.data.timeline.years) : []), [data, found]);
  const multiYear = useMemo(
    () => found.flatMap((row) => Object.values(row.values).filter((target) => isApart(target, row)).map((target) => ({ row, target: target! }))),
    [found],
  );

  return (
    <section className="page page-wide">
      <nav className="crumbs" aria-label={t('app.breadcrumb')}>
        <Link to="/">{t('comparison.crumbs')}</Link> › <Link to={`/series/${series}/compare`}>{name}</Link> › <span>{t('targets.crumbs')}</span>
      </nav>
      <h1>
        {t('targets.title')} <span className="muted">{name}</span>
      </h1>
      {data.status === 'loading' ? <Loading what={t('targets.title')} /> : null}
      {data.status === 'error' ? <ErrorNotice what={t('targets.title')} error={data.error} onRetry={reload} /> : null}
      {data.status === 'ready' ? (
        <>
          <form className="filters targets-search" role="search" onSubmit={(event) => event.preventDefault()}>
            <label className="filter-field filter-text">
              <span className="label">{t('targets.search')}</span>
              <input type="search" value={text} placeholder={t('targets.searchPlaceholder')} onChange={(event) => setText(event.target.value)} />
            </label>
            <p className="filter-count" aria-live="polite" data-testid="metric-count">
              {t('targets.shown', { shown: found.length, total: data.data.timeline.metrics.length })}
            </p>
          </form>
          <section className="block" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{t('targets.charts')}</h2>
            <p className="legend chart-legend">{t('targets.chartLegend')}</p>
            {charts.length === 0 ? <p className="muted">{t('targets.noNumeric')}</p> : null}
            <div className="unit-charts">
              {charts.map((chart) => (
                <UnitChart key={chart.unit} chart={chart} />
              ))}
            </div>
            {multiYear.length > 0 ? (
              <>
                <h3>{t('targets.multiYear')}</h3>
                <ul className="multi-year">
                  {multiYear.map(({ row, target }) => (
                    <li key={target.id}>
                      <span className="metric">{row.metric}</span> {formatTarget(target, t)} <span className="muted">{target.text}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <SeriesOutcomeTimeline series={series} />
          <p className="legend table-legend">
            <span>
              <span className="legend-gap">·</span> {t('targets.legendGap')}
            </span>
            {data.data.info.years.some((y) => y.coverage === 'excerpt') ? (
              <span>
                <span className="legend-gap">?</span> {t('targets.legendUnknown')}
              </span>
            ) : null}
            <span>
              <span className="legend-none">{t('change.noTargetSetCell')}</span> {t('targets.legendNone')}
            </span>
            <span>
              <span className="legend-damaged">□</span> {t('targets.legendDamaged')}
            </span>
          </p>
          <TimelineTable metrics={found} timeline={data.data.timeline} years={data.data.info.years} />
        </>
      ) : null}
    </section>
  );
}
