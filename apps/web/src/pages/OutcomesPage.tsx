import type { Outcomes, Plan, SeriesSummary } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { getPlan, getSeries } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Loading } from '../components/Loading.js';
import { QualityBanner } from '../components/QualityBanner.js';
import { usePageTitle } from '../page-title.js';
import { getSeriesOutcomes } from '../outcomes/api.js';
import { OutcomeExports } from '../outcomes/OutcomeExports.js';
import { OutcomeTimeline } from '../outcomes/OutcomeTimeline.js';
import { outcomeYears } from '../outcomes/outcome-view.js';
import { Scorecard } from '../outcomes/Scorecard.js';
import { VerdictLegend } from '../outcomes/VerdictBadge.js';
import '../outcomes/outcomes.css';

/** The plans of the scorecard's year and the next (where its results are reported), for their quality banners. */
function ScorecardBanners({ series, year }: { series: string; year: number }) {
  const [plan] = useResource<Plan>(`${series}/${year}`, (signal) => getPlan(series, year, signal));
  const [next] = useResource<Plan>(`${series}/${year + 1}`, (signal) => getPlan(series, year + 1, signal));
  const plans = [plan, next].flatMap((r) => (r.status === 'ready' ? [r.data] : []));
  return <QualityBanner plans={plans} />;
}

/**
 * Targets and outcomes of a series: the year tabs (each year whose results are reported), the scorecard of the chosen
 * year (`?year=`, default the latest), the timeline of target against outcome for every year, CSV and Markdown
 * exports. URL: /series/:series/outcomes?year=.
 */
export function OutcomesPage() {
  const { t, i18n } = useTranslation();
  const series = useParams().series ?? '';
  const [params, setParams] = useSearchParams();
  const [data, reload] = useResource<Outcomes>(`outcomes/${series}`, (signal) => getSeriesOutcomes(series, signal));
  const [info] = useResource<SeriesSummary>(`series/${series}`, (signal) => getSeries(series, signal));
  const name = info.status === 'ready' ? (i18n.language === 'en' ? info.data.name.en : info.data.name.zh) : series;
  usePageTitle([t('outcomes.pageTitle', { name })]);
  const years = data.status === 'ready' ? outcomeYears(data.data.rows) : [];
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : (years.at(-1) ?? null);
  const rows = data.status === 'ready' && year !== null ? data.data.rows.filter((r) => r.year === year) : [];
  const pick = (y: number) => {
    const next = new URLSearchParams(params);
    next.set('year', String(y));
    setParams(next, { replace: true });
  };
  return (
    <section className="page page-wide oc-page">
      <nav className="crumbs" aria-label={t('outcomes.title')}>
        <Link to="/">{t('outcomes.crumbHome')}</Link> › <Link to={`/series/${encodeURIComponent(series)}/compare`}>{name}</Link> ›{' '}
        <span>{t('outcomes.title')}</span>
      </nav>
      <h1>
        {t('outcomes.title')} <span className="muted">{name}</span>
      </h1>
      <p className="lede">{t('outcomes.lede')}</p>
      {data.status === 'loading' ? <Loading what={t('outcomes.loading')} /> : null}
      {data.status === 'error' ? <ErrorNotice what={t('outcomes.loading')} error={data.error} onRetry={reload} /> : null}
      {data.status === 'ready' && years.length === 0 ? <p className="notice" data-testid="outcomes-none">{t('outcomes.none')}</p> : null}
      {data.status === 'ready' && year !== null ? (
        <>
          <div className="oc-toolbar">
            <div className="oc-years" role="group" aria-label={t('outcomes.yearLabel')}>
              {years.map((y) => (
                <button key={y} type="button" aria-pressed={y === year} className={y === year ? 'is-active' : undefined} onClick={() => pick(y)}>
                  {t('outcomes.yearTab', { year: y })}
                </button>
              ))}
            </div>
            <OutcomeExports outcomes={data.data} fileName={`${series}-outcomes`} />
          </div>
          {Number.isInteger(asked) && asked > 0 && asked !== year ? (
            <p className="notice" data-testid="outcomes-none-year">{t('outcomes.noneYear', { year: asked })}</p>
          ) : null}
          <ScorecardBanners series={series} year={year} />
          <VerdictLegend />
          <Scorecard year={year} rows={rows} />
          <OutcomeTimeline rows={data.data.rows} />
        </>
      ) : null}
    </section>
  );
}
