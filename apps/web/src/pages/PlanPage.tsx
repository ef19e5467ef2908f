import type { Plan, SeriesSummary } from '@plandiff/model';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { getPlan, getSeries } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Loading } from '../components/Loading.js';
import { PlanHeader } from '../components/PlanHeader.js';
import { PlanOutline } from '../components/PlanOutline.js';
import { QualityBanner } from '../components/QualityBanner.js';
import { WarningList } from '../components/WarningList.js';
import { usePageTitle } from '../page-title.js';

/** One year's plan: metadata, warnings, and the outline as a tree with tasks, lead units, targets and damage. */
export function PlanPage() {
  const { t } = useTranslation();
  const params = useParams();
  const series = params.series ?? '';
  const year = Number(params.year);
  const valid = Number.isInteger(year) && year > 0;
  const [plan, reload] = useResource<Plan>(valid ? `${series}/${year}` : null, (signal) => getPlan(series, year, signal));
  const [info] = useResource<SeriesSummary>(`series/${series}`, (signal) => getSeries(series, signal));
  const name = info.status === 'ready' ? info.data.name.zh : series;
  usePageTitle([`${name} ${params.year ?? ''}`]);
  // the years before and after this one, for a comparison with its neighbour
  const years = info.status === 'ready' ? info.data.years.map((y) => y.year) : [];
  const previous = years.filter((y) => y < year).at(-1) ?? null;
  const next = years.find((y) => y > year) ?? null;
  // A link from a comparison names a task (#task-t3.1.p2): bring it into view once the plan is shown.
  const { hash } = useLocation();
  useEffect(() => {
    if (plan.status !== 'ready' || !hash) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    element?.scrollIntoView({ block: 'start' });
    element?.classList.add('is-target');
  }, [plan.status, hash]);
  return (
    <section className="page">
      <nav className="crumbs" aria-label={t('app.breadcrumb')}>
        <Link to="/">{t('comparison.crumbs')}</Link> › <Link to={`/series/${series}/compare`}>{name}</Link> › <span>{params.year}</span>
      </nav>
      <div className="page-head">
        <h1>
          {t('plan.title', { year: params.year })} <span className="muted">{name}</span>
        </h1>
        <div className="page-links">
          {previous !== null ? <Link to={`/series/${series}/compare?from=${previous}&to=${year}`}>{t('plan.compare', { from: previous, to: year })}</Link> : null}
          {next !== null ? <Link to={`/series/${series}/compare?from=${year}&to=${next}`}>{t('plan.compare', { from: year, to: next })}</Link> : null}
          <Link to={`/series/${series}/targets`}>{t('comparison.targetsByYear')}</Link>
          <Link to={`/series/${series}/outcomes?year=${year}`}>{t('outcomes.scorecardLink')}</Link>
        </div>
      </div>
      {!valid ? <ErrorNotice what={t('plan.thePlan', { year: params.year })} error={new Error(t('plan.notAYear', { year: params.year }))} /> : null}
      {valid && plan.status === 'loading' ? <Loading what={t('plan.thePlan', { year })} /> : null}
      {plan.status === 'error' ? <ErrorNotice what={t('plan.thePlan', { year })} error={plan.error} onRetry={reload} /> : null}
      {plan.status === 'ready' ? (
        <>
          <QualityBanner plans={[plan.data]} />
          <PlanHeader plan={plan.data} />
          <details className="block">
            <summary>
              <h2 className="inline-heading">{t('plan.warnings', { count: plan.data.warnings.length })}</h2>
            </summary>
            <WarningList plan={plan.data} />
          </details>
          <section className="block" aria-labelledby="outline-heading">
            <h2 id="outline-heading">{t('plan.outline')}</h2>
            <PlanOutline plan={plan.data} />
          </section>
        </>
      ) : null}
    </section>
  );
}
