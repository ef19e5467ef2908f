import type { Comparison, Plan, SeriesSummary } from '@plandiff/model';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getComparison, getPlan, getSeries } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { useComparisonViewState } from '../comparison/use-view-state.js';
import { completeYearPair } from '../comparison/view-state.js';
import { ComparisonView } from '../components/ComparisonView.js';
import { EmptyNotice } from '../components/EmptyNotice.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Loading } from '../components/Loading.js';
import { YearPicker } from '../components/YearPicker.js';
import { usePageTitle } from '../page-title.js';

interface Loaded {
  comparison: Comparison;
  fromPlan: Plan;
  toPlan: Plan;
}

/**
 * Comparison of any two years of a series (default: the latest two). Everything the reader sets (years,
 * filters, focused link) lives in the URL query.
 */
export function ComparisonPage() {
  const series = useParams().series ?? '';
  const { t } = useTranslation();
  const { state, setYears, setFilters, setFocus, setMode } = useComparisonViewState();
  const [info, reloadInfo] = useResource<SeriesSummary>(`series/${series}`, (signal) => getSeries(series, signal));
  const { from, to } = state;
  const pairKey = from !== null && to !== null && from !== to ? `${series}/${from}/${to}` : null;
  const [loaded, reload] = useResource<Loaded>(pairKey, async (signal) => {
    const [comparison, fromPlan, toPlan] = await Promise.all([
      getComparison(series, from!, to!, signal),
      getPlan(series, from!, signal),
      getPlan(series, to!, signal),
    ]);
    return { comparison, fromPlan, toPlan };
  });

  // A year missing from the URL: complete the pair (the latest two, or the neighbour of the one year given) and write
  // it into the URL, so the address always names what is shown.
  const years = info.status === 'ready' ? info.data.years.map((y) => y.year).join(',') : null;
  useEffect(() => {
    if (years === null || (from !== null && to !== null)) return;
    const pair = completeYearPair(years.split(',').map(Number), from, to);
    if (pair) setYears(pair[0], pair[1], true);
  }, [years, from, to, setYears]);

  const name = info.status === 'ready' ? info.data.name.zh : series;
  // years named in the URL that the series does not have: said plainly, instead of the API's 404
  const storedYears = info.status === 'ready' ? info.data.years.map((y) => y.year) : null;
  const unknownYears = storedYears ? [from, to].filter((y): y is number => y !== null && !storedYears.includes(y)) : [];
  usePageTitle([from !== null && to !== null ? `${name} ${from} → ${to}` : name]);

  return (
    <section className="page page-wide">
      <nav className="crumbs" aria-label={t('app.breadcrumb')}>
        <Link to="/">{t('comparison.crumbs')}</Link> › <span>{name}</span>
      </nav>
      <div className="page-head">
        <h1>
          {name}{' '}
          {from !== null && to !== null ? (
            <span className="years">
              {from} → {to}
            </span>
          ) : null}
        </h1>
        {info.status === 'ready' && from !== null && to !== null ? (
          <YearPicker years={info.data.years} from={from} to={to} onChange={(a, b) => setYears(a, b)} />
        ) : null}
        <div className="page-links">
          {from !== null ? <Link to={`/series/${series}/plans/${from}`}>{t('comparison.plan', { year: from })}</Link> : null}
          {to !== null ? <Link to={`/series/${series}/plans/${to}`}>{t('comparison.plan', { year: to })}</Link> : null}
          <Link to={`/series/${series}/targets`}>{t('comparison.targetsByYear')}</Link>
        </div>
      </div>
      {info.status === 'error' ? <ErrorNotice what={t('comparison.theSeries', { series })} error={info.error} onRetry={reloadInfo} /> : null}
      {info.status === 'ready' && info.data.years.length < 2 ? (
        <EmptyNotice>{t('comparison.onlyOneYear')}</EmptyNotice>
      ) : null}
      {from !== null && to !== null && from === to ? (
        <EmptyNotice>{t('comparison.sameYears')}</EmptyNotice>
      ) : null}
      {pairKey !== null && loaded.status === 'loading' && unknownYears.length === 0 ? <Loading what={t('comparison.theComparison', { from, to })} /> : null}
      {unknownYears.length > 0 ? (
        <EmptyNotice>{t('comparison.unknownYears', { years: unknownYears.join(' / '), stored: storedYears!.join(', ') })}</EmptyNotice>
      ) : null}
      {loaded.status === 'error' && unknownYears.length === 0 ? <ErrorNotice what={t('comparison.theComparison', { from, to })} error={loaded.error} onRetry={reload} /> : null}
      {loaded.status === 'ready' ? (
        <ComparisonView
          comparison={loaded.data.comparison}
          fromPlan={loaded.data.fromPlan}
          toPlan={loaded.data.toPlan}
          filters={state.filters}
          focusKey={state.focus}
          onFiltersChange={setFilters}
          onFocusChange={setFocus}
          mode={state.mode}
          onModeChange={setMode}
          seriesName={name}
          exportName={`${series}-${from}-${to}`}
        />
      ) : null}
    </section>
  );
}
