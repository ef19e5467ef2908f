import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionSummary, CrossSection } from '@plandiff/model';
import { crossSectionToCsv } from '@plandiff/compare';
import { Link, useParams, useSearchParams } from 'react-router';
import { getCollection, getCrossSection } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { EmptyNotice } from '../components/EmptyNotice.js';
import { Loading } from '../components/Loading.js';
import { CrossSectionTable, type PickedCell } from '../components/CrossSectionTable.js';
import { RankedBarChart } from '../components/RankedBarChart.js';
import { crossSectionStrings, type CrossSectionStrings } from '../cross-section/strings.js';
import { provinceRows, shownMetrics, sortProvinces, type TableSort } from '../cross-section/view.js';
import { downloadText } from '../export/download.js';
import { formatTarget } from '../format/target-format.js';
import { usePageTitle } from '../page-title.js';
import './cross-section.css';

/**
 * Across provinces: one year of a collection (e.g. provincial-gwr 2026) as a sortable province × indicator table
 * and a ranked bar chart per indicator with the national reference, each figure with its sentence, CSV export.
 * URL: /collections/:collection?year=&sort=<metricKey|province>&dir=asc|desc&chart=<metricKey>&all=1.
 */
export function CrossSectionPage() {
  const collection = useParams().collection ?? '';
  const [params, setParams] = useSearchParams();
  const [info, reloadInfo] = useResource<CollectionSummary>(`collection/${collection}`, (signal) => getCollection(collection, signal));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked > 0 ? asked : info.status === 'ready' ? (info.data.years.at(-1) ?? null) : null;
  const [data, reload] = useResource<CrossSection>(year === null ? null : `cross-section/${collection}/${year}`, (signal) =>
    getCrossSection(collection, year as number, signal),
  );
  const [picked, setPicked] = useState<PickedCell | null>(null);
  const { t, i18n } = useTranslation();
  const S = crossSectionStrings(t);
  const english = i18n.language === 'en';
  const name = info.status === 'ready' ? (english ? info.data.name.en : info.data.name.zh) : collection;
  usePageTitle([year ? S.pageTitle(name, year) : name, S.title]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v === null) next.delete(k); else next.set(k, v);
    setParams(next, { replace: true });
  };
  const sort: TableSort = { by: params.get('sort') ?? 'province', direction: params.get('dir') === 'desc' ? 'desc' : 'asc' };
  const onSort = (by: string) => {
    // an indicator sorts highest first on the first click; the province column starts in collection order
    const direction = sort.by === by ? (sort.direction === 'asc' ? 'desc' : 'asc') : by === 'province' ? 'asc' : 'desc';
    update({ sort: by, dir: direction });
  };
  const all = params.get('all') === '1';

  return (
    <section className="page page-wide xs-page">
      <nav className="crumbs" aria-label={t('crossSection.title')}>
        <Link to="/">{S.crumbHome}</Link> › <span>{S.crumbPage}</span>
      </nav>
      <h1>
        {S.title} <span className="muted">{name}{year ? ` ${year}` : ''}</span>
      </h1>
      {year ? <p className="lede">{S.lede(year)}</p> : null}
      <p><Link to={`/collections/${encodeURIComponent(collection)}/outcomes`} data-link="outcomes">{t('outcomes.provinces.title')} →</Link></p>
      {info.status === 'error' ? <ErrorNotice what={S.loadingCollection} error={info.error} onRetry={reloadInfo} /> : null}
      {info.status === 'ready' && info.data.years.length > 1 ? (
        <label className="xs-year">
          {S.yearLabel}{' '}
          <select value={year ?? ''} onChange={(e) => update({ year: e.target.value })}>
            {info.data.years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
      ) : null}
      {data.status === 'loading' ? <Loading what={S.loadingCrossSection} /> : null}
      {data.status === 'error' ? <ErrorNotice what={S.loadingCrossSection} error={data.error} onRetry={reload} /> : null}
      {data.status === 'ready' ? (
        <CrossSectionBody
          S={S}
          english={english}
          cs={data.data}
          referenceSeries={info.status === 'ready' ? (info.data.reference ?? null) : null}
          all={all}
          sort={sort}
          onSort={onSort}
          onAll={() => update({ all: all ? null : '1' })}
          chartKey={params.get('chart')}
          onChart={(key) => update({ chart: key })}
          picked={picked}
          onPick={setPicked}
        />
      ) : null}
    </section>
  );
}

interface BodyProps {
  S: CrossSectionStrings;
  english: boolean;
  cs: CrossSection;
  referenceSeries: string | null;
  all: boolean;
  sort: TableSort;
  onSort: (by: string) => void;
  onAll: () => void;
  chartKey: string | null;
  onChart: (key: string) => void;
  picked: PickedCell | null;
  onPick: (cell: PickedCell | null) => void;
}

function CrossSectionBody({ S, english, cs, referenceSeries, all, sort, onSort, onAll, chartKey, onChart, picked, onPick }: BodyProps) {
  const members = provinceRows(cs, english);
  const stored = members.filter((m) => m.status === 'ok').length;
  const metrics = shownMetrics(cs, all);
  const rows = sortProvinces(cs, members, sort);
  const chartMetric = cs.metrics.find((m) => m.metricKey === chartKey) ?? metrics[0] ?? null;
  const exportCsv = () => downloadText(`${cs.collection}-${cs.year}.csv`, crossSectionToCsv(cs), 'text/csv;charset=utf-8');
  return (
    <>
      <p className="xs-facts">
        <span data-fact="stored">{S.storedCount(stored, members.length)}</span>
        <span data-fact="reference">
          {cs.reference ? S.referenceShown(cs.reference.series, cs.reference.year) : referenceSeries ? S.referenceNone(referenceSeries, cs.year) : null}
        </span>
        <button type="button" className="button button-quiet" onClick={exportCsv} data-action="export-csv">{S.exportCsv}</button>
      </p>
      <p className="legend">
        <span><span className="xs-not-set xs-legend-mark">{S.notSet}</span> {S.legendNotSet}</span>
        <span><span className="xs-not-found xs-legend-mark">{S.notFound}</span> {S.legendNotFound}</span>
        {members.some((m) => m.coverage === 'excerpt') ? <span><span className="legend-gap">?</span> {S.legendExcerpt}</span> : null}
        <span>{S.legendClick}</span>
      </p>
      {cs.metrics.length === 0 ? <EmptyNotice>{S.noMetrics}</EmptyNotice> : null}
      {chartMetric ? (
        <section className="xs-chart-block" aria-labelledby="xs-chart-heading">
          <h2 id="xs-chart-heading">{S.chartTitle}</h2>
          <label className="xs-chart-pick">
            {S.chartIndicator}{' '}
            <select value={chartMetric.metricKey} onChange={(e) => onChart(e.target.value)} name="chart-metric">
              {cs.metrics.map((m) => <option key={m.metricKey} value={m.metricKey}>{m.metric}</option>)}
            </select>
          </label>
          <RankedBarChart
            S={S}
            english={english}
            cs={cs}
            metricKey={chartMetric.metricKey}
            onPick={(id, target) => {
              const province = members.find((m) => m.id === id);
              if (province) onPick({ province, metric: chartMetric.metric, target });
            }}
          />
        </section>
      ) : null}
      <h2 id="xs-table-heading">{S.tableHeading}</h2>
      <CrossSectionTable
        S={S}
        english={english}
        cs={cs}
        rows={rows}
        metrics={metrics}
        sort={sort}
        onSort={onSort}
        onPick={onPick}
        picked={picked ? { province: picked.province.id, metricKey: cs.metrics.find((m) => m.metric === picked.metric)?.metricKey ?? '' } : null}
      />
      {cs.metrics.length > metrics.length || all ? (
        <p>
          <button type="button" className="button button-quiet" onClick={onAll} data-action="all-metrics">
            {all ? S.showFewerMetrics : S.showAllMetrics(cs.metrics.length)}
          </button>
        </p>
      ) : null}
      {picked ? <SourcePanel S={S} cell={picked} year={cs.year} onClose={() => onPick(null)} /> : null}
    </>
  );
}

/** The sentence a picked figure comes from, with its modifier in words and a link into the report. */
function SourcePanel({ S, cell, year, onClose }: { S: CrossSectionStrings; cell: PickedCell; year: number; onClose: () => void }) {
  const t = cell.target;
  return (
    <aside className="xs-source" aria-label={S.sourceOf(cell.province.name, cell.metric)} role="dialog">
      <div className="xs-source-head">
        <strong>{S.sourceOf(cell.province.name, cell.metric)}</strong>
        <span className="xs-source-figure">{formatTarget(t)}</span>
        <span className="muted">{S.modifier[t.modifier] ?? t.modifier}{t.aspirational ? ` · ${S.aspirational}` : ''}</span>
        <button type="button" className="button button-quiet xs-close" onClick={onClose}>{S.close}</button>
      </div>
      <blockquote className="xs-sentence">{t.text}</blockquote>
      <Link to={`/series/${cell.province.id}/plans/${year}#task-${t.taskId}`}>{S.openPlan}</Link>
    </aside>
  );
}
