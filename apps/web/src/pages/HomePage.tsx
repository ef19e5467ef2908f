import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { markReadyOnce, READY_MARK } from '../performance-marks.js';
import { listSeries } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { latestTwoYears, yearOnYearPairs } from '../comparison/view-state.js';
import { EmptyNotice } from '../components/EmptyNotice.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Loading } from '../components/Loading.js';
import { CoverageTag } from '../components/CoverageTag.js';
import { CollectionLinks } from '../components/CollectionLinks.js';
import { usePageTitle } from '../page-title.js';

/** Home: every series with its issuer, its years and each year's coverage, and ways into it. */
export function HomePage() {
  const { t } = useTranslation();
  const [series, reload] = useResource('series', listSeries);
  usePageTitle([]);
  useEffect(() => {
    if (series.status === 'ready') markReadyOnce(READY_MARK.home);
  }, [series.status]);
  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      <p className="lede">{t('home.lede')}</p>
      <CollectionLinks />
      {series.status === 'loading' ? <Loading what={t('home.title')} /> : null}
      {series.status === 'error' ? <ErrorNotice what={t('home.title')} error={series.error} onRetry={reload} /> : null}
      {series.status === 'ready' && series.data.length === 0 ? (
        <EmptyNotice>{t('home.none')}</EmptyNotice>
      ) : null}
      {series.status === 'ready' && series.data.length > 0 ? (
        <ul className="series-list">
          {series.data.map((entry) => {
            const pair = latestTwoYears(entry.years.map((y) => y.year));
            const years = [...entry.years].sort((a, b) => a.year - b.year);
            const excerpt = new Set(years.filter((y) => y.coverage === 'excerpt').map((y) => y.year));
            // the latest pair is the button; the earlier ones are listed beside it
            const earlier = yearOnYearPairs(years.map((y) => y.year)).slice(0, -1).reverse();
            return (
              <li key={entry.id} className="series-card" data-series={entry.id}>
                <div className="series-head">
                  <h2>
                    {entry.name.zh} <span className="muted">{entry.name.en}</span>
                  </h2>
                  <p className="series-issuer">
                    <span className="label">{t('home.issuer')}</span> {entry.issuer} · {entry.documentKind}
                  </p>
                </div>
                <div className="series-years" aria-label={t('home.years')}>
                  {years.map((year) => (
                    <Link
                      key={year.year}
                      to={`/series/${entry.id}/plans/${year.year}`}
                      className="year-chip"
                      title={year.title ?? undefined}
                    >
                      {year.year}
                      {year.coverage === 'excerpt' ? <CoverageTag coverage="excerpt" /> : null}
                    </Link>
                  ))}
                </div>
                <div className="series-actions">
                  {pair ? (
                    <Link className="button" to={`/series/${entry.id}/compare?from=${pair[0]}&to=${pair[1]}`}>
                      {t('home.compare', { from: pair[0], to: pair[1] })}
                    </Link>
                  ) : (
                    <span className="muted">{t('home.oneYear')}</span>
                  )}
                  <Link className="button button-quiet" to={`/series/${entry.id}/targets`}>
                    {t('home.targets')}
                  </Link>
                </div>
                {earlier.length > 0 ? (
                  <p className="series-pairs">
                    <span className="label">{t('home.earlier')}</span>
                    {earlier.map(([from, to]) => (
                      <Link key={from} to={`/series/${entry.id}/compare?from=${from}&to=${to}`} data-pair={`${from}-${to}`}>
                        {from} → {to}
                        {excerpt.has(from) || excerpt.has(to) ? <CoverageTag coverage="excerpt" /> : null}
                      </Link>
                    ))}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
