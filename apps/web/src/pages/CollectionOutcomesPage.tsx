import type { CollectionOutcomes, CollectionSummary, CrossSection } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { getCollection, getCrossSection } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Loading } from '../components/Loading.js';
import { usePageTitle } from '../page-title.js';
import { getCollectionOutcomes } from '../outcomes/api.js';
import { OutcomeExports } from '../outcomes/OutcomeExports.js';
import { collectionMetrics, planCautions, provinceOutcomes, type ProvinceSort } from '../outcomes/outcome-view.js';
import { ProvinceOutcomeTable } from '../outcomes/ProvinceOutcomeTable.js';
import { VerdictLegend } from '../outcomes/VerdictBadge.js';
import '../outcomes/outcomes.css';

/**
 * The years a collection's outcomes can be asked for: each stored year and the year before it (a year's targets are
 * reviewed in the next year's reports, so the 2026 reports give the 2025 outcomes), descending.
 */
function outcomeYearsOf(summary: CollectionSummary): number[] {
  return [...new Set(summary.years.flatMap((y) => [y, y - 1]))].sort((a, b) => b - a);
}

/**
 * Across provinces, targets against outcomes of one year (`?year=`, default the year before the latest stored one):
 * per indicator (`metric=`, default GDP growth) a table of every member sortable by the gap (`sort=gap|province|missed`,
 * `dir=`), each province linking to its scorecard; the verdict legend; CSV and Markdown exports of every row.
 * URL: /collections/:collection/outcomes.
 */
export function CollectionOutcomesPage() {
  const { t, i18n } = useTranslation();
  const collection = useParams().collection ?? '';
  const [params, setParams] = useSearchParams();
  const [info, reloadInfo] = useResource<CollectionSummary>(`collection/${collection}`, (signal) => getCollection(collection, signal));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked > 0 ? asked : info.status === 'ready' && info.data.years.length > 0 ? info.data.years.at(-1)! - 1 : null;
  const [data, reload] = useResource<CollectionOutcomes>(year === null ? null : `collection-outcomes/${collection}/${year}`, (signal) =>
    getCollectionOutcomes(collection, year as number, signal),
  );
  // the quality and coverage of each member's plans of the target year and of the reviewing year, for their cautions
  const [plansOfYear] = useResource<CrossSection>(year === null ? null : `cross-section/${collection}/${year}`, (signal) => getCrossSection(collection, year as number, signal));
  const [plansOfReview] = useResource<CrossSection>(year === null ? null : `cross-section/${collection}/${year + 1}`, (signal) => getCrossSection(collection, (year as number) + 1, signal));
  const cautions = planCautions([plansOfYear, plansOfReview].flatMap((r) => (r.status === 'ready' ? [r.data] : [])));
  const english = i18n.language === 'en';
  const name = info.status === 'ready' ? (english ? info.data.name.en : info.data.name.zh) : collection;
  usePageTitle([year ? t('outcomes.provinces.pageTitle', { name, year }) : name]);
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v === null) next.delete(k); else next.set(k, v);
    setParams(next, { replace: true });
  };
  const by = params.get('sort');
  const sort: ProvinceSort = {
    by: by === 'province' || by === 'missed' ? by : 'gap',
    direction: params.get('dir') === 'desc' ? 'desc' : params.get('dir') === 'asc' ? 'asc' : by === 'province' ? 'asc' : 'asc',
  };
  const onSort = (column: ProvinceSort['by']) => {
    const direction = sort.by === column ? (sort.direction === 'asc' ? 'desc' : 'asc') : column === 'missed' ? 'desc' : 'asc';
    update({ sort: column, dir: direction });
  };
  const metrics = data.status === 'ready' ? collectionMetrics(data.data) : [];
  const metricKey = metrics.find((m) => m.metricKey === params.get('metric'))?.metricKey ?? metrics[0]?.metricKey ?? 'gdp_growth';
  const summary = info.status === 'ready' ? info.data : null;
  const listed = data.status === 'ready' ? provinceOutcomes(data.data, summary, metricKey, english) : [];
  const doubtful = listed
    .filter((p) => (cautions.get(p.series) ?? []).some((c) => c.kind !== 'excerpt'))
    .map((p) => {
      const why = (cautions.get(p.series) ?? []).filter((c) => c.kind !== 'excerpt').map((c) => t(`outcomes.provinces.${c.kind}`, { year: c.year }));
      return english ? `${p.label} (${why.join(', ')})` : `${p.label}（${why.join('，')}）`;
    });
  return (
    <section className="page page-wide oc-page">
      <nav className="crumbs" aria-label={t('outcomes.provinces.title')}>
        <Link to="/">{t('outcomes.crumbHome')}</Link> ›{' '}
        <Link to={`/collections/${encodeURIComponent(collection)}${year ? `?year=${year + 1}` : ''}`}>{t('outcomes.provinces.crossSection')}</Link> ›{' '}
        <span>{t('outcomes.provinces.title')}</span>
      </nav>
      <h1>
        {t('outcomes.provinces.title')} <span className="muted">{name}{year ? ` ${year}` : ''}</span>
      </h1>
      {year ? <p className="lede">{t('outcomes.provinces.lede', { year, next: year + 1 })}</p> : null}
      {info.status === 'error' ? <ErrorNotice what={collection} error={info.error} onRetry={reloadInfo} /> : null}
      {data.status === 'loading' && year !== null ? <Loading what={t('outcomes.loading')} /> : null}
      {data.status === 'error' ? <ErrorNotice what={t('outcomes.loading')} error={data.error} onRetry={reload} /> : null}
      {data.status === 'ready' ? (
        <>
          <div className="oc-toolbar">
            <div className="oc-pickers">
            {info.status === 'ready' ? (
              <label className="oc-select">
                {t('outcomes.yearLabel')}{' '}
                <select value={year ?? ''} onChange={(e) => update({ year: e.target.value })}>
                  {outcomeYearsOf(info.data).map((y) => <option key={y} value={y}>{y}</option>)}
                </select>
              </label>
            ) : null}
            {metrics.length > 0 ? (
              <label className="oc-select">
                {t('outcomes.provinces.metric')}{' '}
                <select value={metricKey} onChange={(e) => update({ metric: e.target.value })} data-testid="outcome-metric">
                  {metrics.map((m) => <option key={m.metricKey} value={m.metricKey}>{m.metric}</option>)}
                </select>
              </label>
            ) : null}
            </div>
            <OutcomeExports outcomes={data.data} fileName={`${collection}-${year}-outcomes`} />
          </div>
          <p className="oc-counts" data-fact="stored">
            {t('outcomes.provinces.stored', { with: listed.filter((p) => p.rows.length > 0).length, listed: listed.length })}
          </p>
          {listed.every((p) => p.rows.length === 0) && year !== null ? (
            <p className="notice" data-testid="outcomes-none">{t('outcomes.provinces.noneYet', { year, next: year + 1 })}</p>
          ) : null}
          {doubtful.length > 0 ? (
            <div className="notice quality-banner quality-doubtful" role="alert" data-testid="quality-banner">
              {t('outcomes.provinces.qualityBanner', { list: doubtful.join(english ? ', ' : '、') })}
            </div>
          ) : null}
          <VerdictLegend />
          <ProvinceOutcomeTable outcomes={data.data} summary={summary} metricKey={metricKey} sort={sort} onSort={onSort} cautions={cautions} />
        </>
      ) : null}
    </section>
  );
}
