import type { Comparison, Plan, SeriesSummary } from '@plandiff/model';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareNotices, getPlan, listSeries, parseNotice } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { NO_FILTERS, type ComparisonMode, type LinkFilters } from '../comparison/view-state.js';
import { ComparisonView } from '../components/ComparisonView.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Loading } from '../components/Loading.js';
import { NoticeInput } from '../components/NoticeInput.js';
import { PlanHeader } from '../components/PlanHeader.js';
import { PlanOutline } from '../components/PlanOutline.js';
import { QualityBanner } from '../components/QualityBanner.js';
import { WarningList } from '../components/WarningList.js';
import { formatTarget } from '../format/target-format.js';
import { taskLabel } from '../plan/plan-index.js';
import { usePageTitle } from '../page-title.js';
import { checkReadiness, suggestStoredYear } from '../check/check-readiness.js';
import { catalogueText, WARNING_CODES } from '../i18n/catalogue.js';

type Step<T> = { status: 'idle' } | { status: 'busy' } | { status: 'error'; error: Error } | { status: 'done'; data: T };

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Which side a checked notice goes on: the older year left, whatever was uploaded. Input: the notice's year (null
 * when unknown) and the stored year. Output: `left` when the notice is older than the stored year, else `right`
 * (a notice of unknown year is taken as the newer one: it is checked the day it is published).
 */
export function noticeSide(noticeYear: number | null, storedYear: number): 'left' | 'right' {
  return noticeYear !== null && noticeYear < storedYear ? 'left' : 'right';
}

/** The format the server read the notice as (sniffed from its bytes), with the ZIP member or the page count. */
function SourceFormat({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const source = plan.meta.source;
  if (!source) return null;
  return (
    <p className="muted" data-source-format={source.format}>
      {t('check.readAs', { format: t(`check.format.${source.format}`, { defaultValue: source.format }) })}
      {source.pages ? ` · ${t('check.pages', { count: source.pages })}` : ''}
      {source.member ? ` · ${t('check.member', { name: source.member })}` : ''}
    </p>
  );
}

/** The parse verdict in words, large: ok, doubtful (with why), unusable, or not assessed. */
function QualityVerdict({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  if (!plan.quality) return <p className="quality-verdict quality-unknown" data-verdict="unknown">{t('quality.unknown')}</p>;
  if (plan.quality.verdict === 'ok') return <p className="quality-verdict quality-ok" data-verdict="ok">{t('quality.ok')}</p>;
  return <QualityBanner plans={[plan]} />;
}

/** The parsed notice's targets as a table (metric, figure as written, display path, source sentence). */
function ParsedTargets({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const tasks = new Map(plan.tasks.map((task) => [task.id, task]));
  return (
    <section className="block" aria-labelledby="parsed-targets-heading">
      <h3 id="parsed-targets-heading">{t('check.targetsHeading', { count: plan.targets.length })}</h3>
      {plan.targets.length === 0 ? (
        <p className="muted">{t('check.noTargets')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table className="target-table parsed-targets">
            <thead>
              <tr>
                <th scope="col">{t('targetTable.metric')}</th>
                <th scope="col">{plan.year ?? t('common.newNotice')}</th>
                <th scope="col">{t('comparison.inPlan')}</th>
                <th scope="col">{t('targetTable.source')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.targets.map((target) => {
                const task = tasks.get(target.taskId);
                return (
                  <tr key={target.id} data-metric={target.metric}>
                    <th scope="row" className="metric">
                      {target.metric}
                    </th>
                    <td className={target.damaged ? 'cell-damaged' : undefined}>{formatTarget(target, t)}</td>
                    <td>{task ? taskLabel(task) : ''}</td>
                    <td className="source-sentence">{target.text}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * Why a notice is not compared at once: the reasons in words and a button that compares it all the same. Shown
 * instead of the stored-year form until the reader presses it.
 */
function NotReady({ reasons, onOverride }: { reasons: string[]; onOverride: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="notice quality-banner quality-doubtful" data-testid="not-compared" data-reasons={reasons.join(' ')}>
      <p>
        <strong>{t('check.notReady')}</strong>
      </p>
      <ul>
        {reasons.map((code) => (
          <li key={code}>{catalogueText(WARNING_CODES, code, i18n.language) ?? code}</li>
        ))}
      </ul>
      <button type="button" className="button button-quiet" onClick={onOverride}>
        {t('check.compareAnyway')}
      </button>
    </div>
  );
}

/** The label of one side of a checked comparison: a stored year, or the new notice with its year when it names one. */
function sideLabel(plan: Plan, isNotice: boolean, t: TFunction): string {
  if (!isNotice) return t('check.storedSide', { year: plan.year ?? '?' });
  return plan.year === null ? t('check.noticeSideNoYear') : t('check.noticeSide', { year: plan.year });
}

interface Compared {
  comparison: Comparison;
  fromPlan: Plan;
  toPlan: Plan;
}

/**
 * Check a new notice: parse it (quality verdict, targets at once, warnings), then compare it with a stored year —
 * the older of the two always on the left. Nothing is saved.
 */
export function CheckPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<File | string | null>(null);
  const [parsed, setParsed] = useState<Step<Plan>>({ status: 'idle' });
  const [compared, setCompared] = useState<Step<Compared>>({ status: 'idle' });
  const [target, setTarget] = useState<{ series: string; year: number } | null>(null);
  const [filters, setFilters] = useState<LinkFilters>(NO_FILTERS);
  const [focus, setFocus] = useState<string | null>(null);
  const [mode, setMode] = useState<ComparisonMode>('document');
  const [override, setOverride] = useState(false);
  const [series] = useResource<SeriesSummary[]>('series', listSeries);
  usePageTitle([t('check.title')]);
  const parsedRef = useRef<HTMLElement>(null);
  const comparedRef = useRef<HTMLParagraphElement>(null);

  // a fresh parse: the same issuer's previous stored year chosen, the result brought into view
  useEffect(() => {
    if (parsed.status !== 'done') return;
    setOverride(false);
    if (series.status === 'ready') setTarget(suggestStoredYear(parsed.data, series.data));
    parsedRef.current?.scrollIntoView({ block: 'start' });
  }, [parsed, series]);
  useEffect(() => {
    if (compared.status === 'done') comparedRef.current?.scrollIntoView({ block: 'start' });
  }, [compared]);
  const readiness = parsed.status === 'done' ? checkReadiness(parsed.data) : null;

  const parse = useCallback(async (input: File | string) => {
    setNotice(input);
    setCompared({ status: 'idle' });
    setParsed({ status: 'busy' });
    try {
      setParsed({ status: 'done', data: await parseNotice(input) });
    } catch (error) {
      setParsed({ status: 'error', error: asError(error) });
    }
  }, []);

  const compare = async () => {
    if (!notice || !target || parsed.status !== 'done') return;
    setCompared({ status: 'busy' });
    try {
      const storedSide = { stored: `${target.series}/${target.year}` };
      const left = noticeSide(parsed.data.year, target.year) === 'left';
      const [comparison, stored] = await Promise.all([
        left ? compareNotices({ notice }, storedSide) : compareNotices(storedSide, { notice }),
        getPlan(target.series, target.year),
      ]);
      setFilters(NO_FILTERS);
      setFocus(null);
      setCompared({
        status: 'done',
        data: left ? { comparison, fromPlan: parsed.data, toPlan: stored } : { comparison, fromPlan: stored, toPlan: parsed.data },
      });
    } catch (error) {
      setCompared({ status: 'error', error: asError(error) });
    }
  };

  const groups = series.status === 'ready' ? series.data.map((s) => ({ series: s, years: [...s.years].sort((a, b) => b.year - a.year) })) : [];

  return (
    <section className="page page-wide">
      <h1>{t('check.title')}</h1>
      <p className="lede">{t('check.lede')}</p>
      <NoticeInput busy={parsed.status === 'busy'} onSubmit={parse} />
      {parsed.status === 'busy' ? <Loading what={t('check.theParse')} /> : null}
      {parsed.status === 'error' ? <ErrorNotice what={t('check.aPlan')} error={parsed.error} /> : null}
      {parsed.status === 'done' ? (
        <>
          <section className="block" aria-labelledby="parsed-heading" ref={parsedRef}>
            <h2 id="parsed-heading">{t('check.parsed')}</h2>
            <SourceFormat plan={parsed.data} />
            <QualityVerdict plan={parsed.data} />
            <PlanHeader plan={parsed.data} />
            <ParsedTargets plan={parsed.data} />
            <details>
              <summary>{t('check.warnings', { count: parsed.data.warnings.length })}</summary>
              <WarningList plan={parsed.data} />
            </details>
            <details>
              <summary>{t('check.outline', { count: parsed.data.tasks.length })}</summary>
              <PlanOutline plan={parsed.data} />
            </details>
          </section>
          <section className="block" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t('check.compareHeading')}</h2>
            {series.status === 'loading' ? <Loading what={t('check.storedYears')} /> : null}
            {series.status === 'error' ? <ErrorNotice what={t('check.storedYears')} error={series.error} /> : null}
            {readiness && !readiness.ready && !override ? (
              <NotReady reasons={readiness.reasons} onOverride={() => setOverride(true)} />
            ) : null}
            {series.status === 'ready' && (readiness?.ready || override) ? (
              <form
                className="compare-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void compare();
                }}
              >
                <label>
                  <span className="label">{t('check.stored')}</span>
                  <select
                    value={target ? `${target.series}/${target.year}` : ''}
                    onChange={(event) => {
                      const [s, y] = event.target.value.split('/');
                      setTarget(s && y ? { series: s, year: Number(y) } : null);
                    }}
                  >
                    <option value="">{t('check.choose')}</option>
                    {groups.map(({ series: s, years }) => (
                      <optgroup key={s.id} label={s.name.zh}>
                        {years.map((y) => (
                          <option key={`${s.id}/${y.year}`} value={`${s.id}/${y.year}`}>
                            {s.name.zh} {y.year}
                            {y.coverage === 'excerpt' ? `（${t('common.excerpt')}）` : ''}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </label>
                <button type="submit" className="button" disabled={!target || compared.status === 'busy'}>
                  {compared.status === 'busy' ? t('check.comparing') : t('check.compare')}
                </button>
              </form>
            ) : null}
            {compared.status === 'busy' ? <Loading what={t('check.compareHeading')} /> : null}
            {compared.status === 'error' ? <ErrorNotice what={t('check.compareHeading')} error={compared.error} /> : null}
            {compared.status === 'done' ? (
              <p className="order-note" data-testid="order-note" ref={comparedRef}>
                {t('check.orderNote', {
                  from: sideLabel(compared.data.fromPlan, compared.data.fromPlan === parsed.data, t),
                  to: sideLabel(compared.data.toPlan, compared.data.toPlan === parsed.data, t),
                })}
              </p>
            ) : null}
          </section>
          {compared.status === 'done' ? (
            <ComparisonView
              comparison={compared.data.comparison}
              fromPlan={compared.data.fromPlan}
              toPlan={compared.data.toPlan}
              filters={filters}
              focusKey={focus}
              onFiltersChange={setFilters}
              onFocusChange={setFocus}
              mode={mode}
              onModeChange={setMode}
              seriesName={
                (series.status === 'ready' ? series.data.find((s) => s.id === target?.series)?.name.zh : null) ?? target?.series ?? ''
              }
              exportName={`check-${target?.series ?? 'stored'}-${target?.year ?? 'year'}-new-notice`}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
