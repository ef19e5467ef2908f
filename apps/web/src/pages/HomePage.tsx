import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { markReadyOnce, READY_MARK } from '../performance-marks.js';
import type { SeriesSummary } from '@plandiff/model';
import { listCollections, listSeries } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { latestTwoYears, yearOnYearPairs } from '../comparison/view-state.js';
import { EmptyNotice } from '../components/EmptyNotice.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Loading } from '../components/Loading.js';
import { CoverageTag } from '../components/CoverageTag.js';
import { CollectionLinks } from '../components/CollectionLinks.js';
import { BrokenFixtures } from '../components/BrokenFixtures.js';
import { groupSeries, type CollectionBlock } from '../home/series-groups.js';
import { usePageTitle } from '../page-title.js';

/** Home: every series with its issuer, its years and each year's coverage, and ways into it. */
export function HomePage() {
  const { t } = useTranslation();
  const [series, reload] = useResource('series', listSeries);
  const [collections] = useResource('collections', listCollections);
  usePageTitle([]);
  useEffect(() => {
    if (series.status === 'ready' && collections.status !== 'loading') markReadyOnce(READY_MARK.home);
  }, [series.status, collections.status]);
  // the series are grouped with the collections: wait for them (an error leaves every series a card of its own)
  const settled = series.status === 'ready' && collections.status !== 'loading';
  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      <p className="lede">{t('home.lede')}</p>
      {series.status === 'loading' || (series.status === 'ready' && !settled) ? <Loading what={t('home.title')} /> : null}
      {series.status === 'error' ? <ErrorNotice what={t('home.title')} error={series.error} onRetry={reload} /> : null}
      {series.status === 'ready' && series.data.length === 0 ? (
        <EmptyNotice>{t('home.none')}</EmptyNotice>
      ) : null}
      {settled && series.data.length > 0
        ? groupSeries(series.data, collections.status === 'ready' ? collections.data : []).map((group) => (
            <section key={group.documentKind} className="series-group" data-kind={group.documentKind}>
              <h2 className="series-group-title">
                {group.documentKind || t('home.otherKind')}{' '}
                <span className="muted">{t('home.groupCount', { count: group.series.length + group.collections.reduce((n, c) => n + c.members.filter((m) => m.series).length, 0) })}</span>
              </h2>
              {group.series.length > 0 ? (
                <ul className="series-list">
                  {group.series.map((entry) => <SeriesCard key={entry.id} entry={entry} />)}
                </ul>
              ) : null}
              {group.collections.map((block) => <CollectionBlockCard key={block.collection.id} block={block} />)}
            </section>
          ))
        : null}
    </section>
  );
}

/** One series as a card: its names, issuer and kind, its years (excerpts marked), the latest comparison and the earlier pairs. */
function SeriesCard({ entry }: { entry: SeriesSummary }) {
  const { t, i18n } = useTranslation();
  // the English name is a translation: shown beside the Chinese one to an English reader only
  const english = i18n.language === 'en';
  const pair = latestTwoYears(entry.years.map((y) => y.year));
  const years = [...entry.years].sort((a, b) => a.year - b.year);
  const excerpt = new Set(years.filter((y) => y.coverage === 'excerpt').map((y) => y.year));
  // the latest pair is the button; the earlier ones are listed beside it
  const earlier = yearOnYearPairs(years.map((y) => y.year)).slice(0, -1).reverse();
  return (
    <li className="series-card" data-series={entry.id}>
      <div className="series-head">
        <h3>
          {entry.name.zh}{english ? <> <span className="muted" lang="en">{entry.name.en}</span></> : null}
        </h3>
        <p className="series-issuer">
          <span className="label">{t('home.issuer')}</span> {entry.issuer} · {entry.documentKind}
        </p>
      </div>
      <div className="series-years" aria-label={t('home.years')}>
        {years.map((year) => (
          <Link key={year.year} to={`/series/${entry.id}/plans/${year.year}`} className="year-chip" title={year.title ?? undefined}>
            {year.year}
            {year.coverage === 'excerpt' ? <CoverageTag coverage="excerpt" /> : null}
          </Link>
        ))}
      </div>
      <BrokenFixtures broken={entry.broken} />
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
}

/**
 * A collection (e.g. the provincial reports of 2026) as one block: the way into its cross-section page, then one chip
 * per member (short name, linked to its latest stored year; a member not stored is greyed and says 未收录).
 */
function CollectionBlockCard({ block }: { block: CollectionBlock }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <div className="collection-block" data-collection-block={block.collection.id}>
      <CollectionLinks collections={[block.collection]} />
      <ul className="member-chips" aria-label={english ? block.collection.name.en : block.collection.name.zh}>
        {block.members.map((m) => {
          const label = (english ? m.label?.en : m.label?.zh) ?? m.series?.name.zh ?? m.id;
          const years = m.series ? [...m.series.years].sort((a, b) => a.year - b.year) : [];
          const latest = years.at(-1);
          if (!m.series || !latest) {
            return (
              <li key={m.id} className="member-chip member-missing" data-member={m.id}>
                {label}
                <span className="member-missing-word">{t('home.memberMissing')}</span>
              </li>
            );
          }
          const pair = latestTwoYears(years.map((y) => y.year));
          return (
            <li key={m.id} className="member-chip" data-member={m.id}>
              <Link to={`/series/${m.id}/plans/${latest.year}`} title={`${m.series.name.zh} · ${m.series.issuer}${latest.title ? ` · ${latest.title}` : ''}`}>
                {label}
                {latest.coverage === 'excerpt' ? <CoverageTag coverage="excerpt" /> : null}
              </Link>
              {pair ? (
                <Link className="member-compare" to={`/series/${m.id}/compare?from=${pair[0]}&to=${pair[1]}`}>
                  {pair[0]}→{pair[1]}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
